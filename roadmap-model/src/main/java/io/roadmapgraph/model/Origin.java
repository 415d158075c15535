package io.roadmapgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a text or a value of a roadmap comes from, so that nobody quotes the file's own words as the source's.
 *
 * @param kind where it comes from
 * @param rule for {@link Kind#INFERRED} only: the kebab-case name of the rule that proposed it
 */
public record Origin(Kind kind, Optional<String> rule) {

    /** The three origins, written in lower case in a roadmap file. */
    public enum Kind {
        /** The source document's own words or values. */
        DOCUMENT,
        /** Written for the roadmap file by its authors; the document does not say it. */
        AUTHORED,
        /** Proposed by a rule of the format or a tool; the rule is named. */
        INFERRED
    }

    public static final Origin DOCUMENT = new Origin(Kind.DOCUMENT, Optional.empty());
    public static final Origin AUTHORED = new Origin(Kind.AUTHORED, Optional.empty());

    /** The rule that makes every subtopic require its parent. */
    public static final String SUBTOPIC_RULE = "subtopic-requires-parent";
    /** The reason the reader gives the requirement {@link #SUBTOPIC_RULE} adds, in English. */
    public static final String SUBTOPIC_RULE_REASON = "A subtopic comes after the topic it belongs to.";
    /** The same reason in Dutch. */
    public static final String SUBTOPIC_RULE_REASON_NL = "Een subonderwerp komt na het onderwerp waar het bij hoort.";

    public Origin {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        rule.ifPresent(r -> Ids.require(r, "rule"));
        if ((kind == Kind.INFERRED) != rule.isPresent()) {
            throw new IllegalArgumentException("an inferred origin names its rule, and only an inferred one");
        }
    }

    public static Origin inferred(String rule) {
        return new Origin(Kind.INFERRED, Optional.of(rule));
    }

    /**
     * The origin written in a file: {@code document}, {@code authored} or {@code inferred:<rule>}; empty when the
     * text is none of these.
     */
    public static Optional<Origin> parse(String text) {
        return switch (text) {
            case "document" -> Optional.of(DOCUMENT);
            case "authored" -> Optional.of(AUTHORED);
            default -> text.startsWith("inferred:") && Ids.KEBAB_CASE.matcher(text.substring(9)).matches()
                    ? Optional.of(inferred(text.substring(9))) : Optional.empty();
        };
    }

    /** As written in a file. */
    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + rule.map(r -> ":" + r).orElse("");
    }
}
