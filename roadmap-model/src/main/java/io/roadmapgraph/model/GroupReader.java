package io.roadmapgraph.model;

import io.roadmapgraph.model.Fields.Num;
import io.roadmapgraph.model.Fields.Ref;
import io.roadmapgraph.model.Node.Loc;
import io.roadmapgraph.model.RequirementGroup.Kind;
import io.roadmapgraph.model.RequirementGroup.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the choices of a roadmap file: a topic's {@code requires} entries {@code {anyOf: [...]}} and
 * {@code {nOf: {n, of: [...]}}} (options are ids or nested groups), a phase's {@code electives: {n, of}} and the
 * roadmap's tool {@code alternatives: [{id, options, default}]}. Like {@link RoadmapMapper} it reports what is
 * malformed and builds the records only later; it keeps the {@link GroupFacts} that {@link GroupChecks} needs.
 */
final class GroupReader {

    static final List<String> GROUP = List.of("id", "anyOf", "nOf", "reason");
    static final List<String> N_OF = List.of("n", "of");
    static final List<String> ELECTIVES = List.of("id", "n", "of", "reason");
    static final List<String> ALTERNATIVE = List.of("id", "options", "default", "reason");

    /**
     * What the checks need of one group.
     *
     * @param owner   the topic that requires it (empty for electives and alternatives, and when the id is broken)
     * @param options how many options it has (members and nested groups)
     * @param members its direct members (topic or tool ids) with where they stand
     */
    record GroupFacts(String label, Loc at, Scope scope, Optional<String> owner, Optional<Num> n, int options,
                      List<Ref> members) {
    }

    private final Problems problems;
    private final Suggestions suggestions;
    private final FileRules rules;
    private final Facts facts;
    private final List<GroupFacts> groups = new ArrayList<>();
    private final List<Supplier<RequirementGroup>> roots = new ArrayList<>();

    GroupReader(Problems problems, Suggestions suggestions, FileRules rules, Facts facts) {
        this.problems = problems;
        this.suggestions = suggestions;
        this.rules = rules;
        this.facts = facts;
    }

    List<GroupFacts> groups() {
        return groups;
    }

    /** The groups read so far; call only when no problem was found. */
    List<RequirementGroup> all() {
        return roots.stream().map(Supplier::get).toList();
    }

    /** Whether a {@code requires} entry is a group rather than a plain requirement. */
    static boolean isGroup(Node node) {
        return node instanceof Node.MapNode map && (map.entry("anyOf").isPresent() || map.entry("nOf").isPresent());
    }

    /** The {@code index}th group (1-based) in the requires of {@code topic}. */
    void requirement(Node node, Optional<Ref> topic, String topicLabel, int index) {
        String owner = topic.map(Ref::id).orElse("unknown");
        roots.add(group(node, Scope.REQUIRES, topic.map(Ref::id), owner, owner + "~" + index,
                "requirement group #" + index + " of " + topicLabel));
    }

    /** A phase's {@code electives: {n, of: [...]}}, if it has one. */
    void electives(Fields phase, Optional<Num> number) {
        phase.value("electives", false, "").ifPresent(node -> {
            String owner = "phase-" + number.map(Num::value).orElse(0);
            String label = "the electives of " + phase.label();
            Fields f = Fields.of(node, label, ELECTIVES, problems, suggestions, rules);
            Optional<String> id = explicitId(f);
            Optional<Num> n = f.integer("n", true, 1);
            List<Ref> members = new ArrayList<>();
            List<Supplier<GroupOption>> options = options(f, "of", Scope.ELECTIVES, Optional.empty(), owner,
                    id.orElse(owner + "~electives"), label, members);
            Optional<Text> reason = f.text("reason", false, FileRules.Kind.REASONS);
            facts.refer("topic", members, label);
            groups.add(new GroupFacts(label, f.at(), Scope.ELECTIVES, Optional.empty(), n, options.size(), members));
            String groupId = id.orElse(owner + "~electives");
            roots.add(() -> new RequirementGroup(groupId, Scope.ELECTIVES, owner, Kind.N_OF, n.orElseThrow().value(),
                    options.stream().map(Supplier::get).toList(), Optional.empty(), reason));
        });
    }

    /** One of the roadmap's tool {@code alternatives}. */
    void alternative(Node node, int index) {
        String label = Fields.label(node, "alternative", index);
        Fields f = Fields.of(node, label, ALTERNATIVE, problems, suggestions, rules);
        Optional<Ref> id = f.id("id", true);
        List<Ref> options = f.references("options");
        Optional<Ref> preferred = f.reference("default", false);
        Optional<Text> reason = f.text("reason", false, FileRules.Kind.REASONS);
        facts.define("requirement group", id);
        facts.refer("tool", options, "the options of " + label);
        preferred.filter(p -> options.stream().noneMatch(o -> o.id().equals(p.id()))).ifPresent(p ->
                problems.add(p.at(), "default '" + p.id() + "' of " + label + " is not one of its options; pick one"
                        + " of " + options.stream().map(Ref::id).toList()));
        groups.add(new GroupFacts(label, f.at(), Scope.TOOLS, Optional.empty(), Optional.of(new Num(1, f.at())),
                options.size(), options));
        roots.add(() -> new RequirementGroup(id.orElseThrow().id(), Scope.TOOLS, "roadmap", Kind.ANY, 1,
                options.stream().<GroupOption>map(o -> new GroupOption.Member(o.id())).toList(),
                preferred.map(Ref::id), reason));
    }

    private Supplier<RequirementGroup> group(Node node, Scope scope, Optional<String> topic, String owner,
                                             String derivedId, String label) {
        Fields f = Fields.of(node, label, GROUP, problems, suggestions, rules);
        String id = explicitId(f).orElse(derivedId);
        Optional<Text> reason = f.text("reason", false, FileRules.Kind.REASONS);
        boolean any = f.value("anyOf", false, "").isPresent();
        if (any && f.value("nOf", false, "").isPresent()) {
            problems.add(f.at("nOf"), label + " has both anyOf and nOf; a group is one of them, nest the other");
        }
        Optional<Num> n;
        List<Ref> members = new ArrayList<>();
        List<Supplier<GroupOption>> options;
        if (any) {
            n = Optional.of(new Num(1, f.at()));
            options = options(f, "anyOf", scope, topic, owner, id, label, members);
        } else {
            Fields nOf = f.nested("nOf", N_OF, true, "{n: 2, of: [...]}");
            n = nOf.integer("n", true, 1);
            options = options(nOf, "of", scope, topic, owner, id, label, members);
        }
        facts.refer("topic", members, "the options of " + label);
        groups.add(new GroupFacts(label, f.at(), scope, topic, n, options.size(), members));
        Kind kind = any ? Kind.ANY : Kind.N_OF;
        return () -> new RequirementGroup(id, scope, owner, kind, n.orElseThrow().value(),
                options.stream().map(Supplier::get).toList(), Optional.empty(), reason);
    }

    private List<Supplier<GroupOption>> options(Fields f, String key, Scope scope, Optional<String> topic,
                                                String owner, String id, String label, List<Ref> members) {
        List<Supplier<GroupOption>> options = new ArrayList<>();
        if (f.value(key, true, "[<ids or nested groups>]").isEmpty()) {
            return options;
        }
        List<Node> nodes = f.list(key, true);
        for (int i = 0; i < nodes.size(); i++) {
            Node option = nodes.get(i);
            if (option instanceof Node.ScalarNode s && s.kind() == Node.Kind.STRING && !s.text().isBlank()) {
                Ref ref = new Ref(s.text(), s.at());
                members.add(ref);
                options.add(() -> new GroupOption.Member(ref.id()));
            } else if (isGroup(option)) {
                Supplier<RequirementGroup> nested = group(option, scope, topic, owner, id + (id.contains("~") ? "."
                        : "~") + (i + 1), "option #" + (i + 1) + " of " + label);
                options.add(nested::get);
            } else if (!(option instanceof Node.ScalarNode s && s.kind() == Node.Kind.INVALID)) {
                problems.add(option.at(), "option #" + (i + 1) + " of " + label + " must be an id or a nested group"
                        + " ({anyOf: [...]} or {nOf: {n: 2, of: [...]}}), found " + option.describe());
            }
        }
        return options;
    }

    private Optional<String> explicitId(Fields f) {
        Optional<Ref> id = f.id("id", false);
        facts.define("requirement group", id);
        return id.map(Ref::id).filter(s -> Ids.KEBAB_CASE.matcher(s).matches());
    }
}
