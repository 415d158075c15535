package io.roadmapgraph.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A choice among options: "any of these" or "n of these", nested to any depth. It is one of a topic's requirements
 * ({@link Scope#REQUIRES}: the topic needs n of the options first), a phase's electives ({@link Scope#ELECTIVES}:
 * specialise in n of these), or an alternative between tools ({@link Scope#TOOLS}: use one of these; no hours).
 *
 * @param id        names the group in choices: written in the file, or derived from its place ({@code rag~1} for
 *                  the first group of topic rag, {@code rag~1.2} for the second option-group inside it,
 *                  {@code phase-4~electives} for a phase's electives)
 * @param scope     what kind of choice it is
 * @param owner     the topic that requires it, the phase ({@code phase-4}) or the roadmap whose alternative it is
 * @param kind      ANY (one option) or N_OF (n options)
 * @param n         how many options satisfy it: 1 for ANY, 1..options for N_OF
 * @param options   the options in the file's order, at least n, each once
 * @param preferred the option picked when nobody chooses (an alternative's {@code default})
 * @param reason    why, in one line, if the file says
 */
public record RequirementGroup(String id, Scope scope, String owner, Kind kind, int n, List<GroupOption> options,
                               Optional<String> preferred, Optional<Text> reason) implements GroupOption {

    static final Pattern ID = Pattern.compile(Ids.KEBAB_CASE.pattern() + "(~[a-z0-9]+(\\.[0-9]+)*)?");

    public RequirementGroup {
        Objects.requireNonNull(id, "group id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("group id '" + id + "' is neither kebab-case nor a derived id");
        }
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
        options = List.copyOf(options);
        if (kind == Kind.ANY && n != 1) {
            throw new IllegalArgumentException("group " + id + " is any-of, so n must be 1, was " + n);
        }
        if (n < 1 || n > options.size()) {
            throw new IllegalArgumentException("group " + id + " needs " + n + " of " + options.size() + " options");
        }
        List<String> ids = options.stream().map(GroupOption::id).toList();
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("group " + id + " lists an option twice: " + options);
        }
        Objects.requireNonNull(preferred, "preferred");
        preferred.ifPresent(p -> {
            if (!ids.contains(p)) {
                throw new IllegalArgumentException("default '" + p + "' of group " + id + " is not one of its options");
            }
        });
        Objects.requireNonNull(reason, "reason");
    }

    /** The ids of the direct options, in order. */
    public List<String> optionIds() {
        return options.stream().map(GroupOption::id).toList();
    }

    /** Every member id at any depth, in order, each once. */
    public List<String> members() {
        List<String> all = new ArrayList<>();
        collect(this, all);
        return all.stream().distinct().toList();
    }

    /** This group and every group nested in it, depth-first in order. */
    public List<RequirementGroup> withNested() {
        List<RequirementGroup> all = new ArrayList<>();
        all.add(this);
        options.forEach(o -> {
            if (o instanceof RequirementGroup g) {
                all.addAll(g.withNested());
            }
        });
        return all;
    }

    private static void collect(RequirementGroup group, List<String> into) {
        group.options.forEach(o -> {
            if (o instanceof RequirementGroup g) {
                collect(g, into);
            } else {
                into.add(o.id());
            }
        });
    }

    public enum Kind { ANY, N_OF }

    public enum Scope {
        /** one of a topic's requirements: the topic needs n of the options first */
        REQUIRES,
        /** a phase's electives: specialise in n of these topics */
        ELECTIVES,
        /** an alternative between tools: use n of these; adds no hours */
        TOOLS
    }
}
