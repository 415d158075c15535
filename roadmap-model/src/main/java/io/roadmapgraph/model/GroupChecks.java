package io.roadmapgraph.model;

import io.roadmapgraph.algorithms.OptionCycles;
import io.roadmapgraph.model.Facts.TopicFacts;
import io.roadmapgraph.model.Fields.Ref;
import io.roadmapgraph.model.GroupReader.GroupFacts;
import io.roadmapgraph.model.RequirementGroup.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of a file's choices: a group can be satisfied (no more options needed than it has, each option once),
 * and no option of a topic's group needs that topic itself, directly or through others (through plain requirements,
 * parents or the options of other groups), which would make every pick a cycle. Unknown options are reported by
 * the reference checks like every other id. The rule for an option that needs its own topic is {@link OptionCycles}'s.
 */
final class GroupChecks {

    private final Facts facts;
    private final List<GroupFacts> groups;
    private final Problems problems;

    GroupChecks(Facts facts, List<GroupFacts> groups, Problems problems) {
        this.facts = facts;
        this.groups = groups;
        this.problems = problems;
    }

    void run() {
        Map<String, List<String>> needs = needs();
        for (GroupFacts group : groups) {
            group.n().filter(n -> n.value() > group.options()).ifPresent(n -> problems.add(n.at(), group.label()
                    + " needs " + n.value() + " options but has only " + group.options() + "; lower n or add options"));
            Map<String, Ref> seen = new HashMap<>();
            for (Ref member : group.members()) {
                Ref earlier = seen.putIfAbsent(member.id(), member);
                if (earlier != null) {
                    problems.add(member.at(), group.label() + " lists '" + member.id() + "' twice (first at line "
                            + earlier.at().line() + "); remove one");
                } else if (group.scope() == Scope.REQUIRES && group.owner().isPresent()) {
                    selfRequiring(group, group.owner().get(), member, needs);
                }
            }
        }
    }

    private void selfRequiring(GroupFacts group, String owner, Ref member, Map<String, List<String>> needs) {
        Optional<List<String>> path = OptionCycles.path(member.id(), owner, t -> needs.getOrDefault(t, List.of()));
        path.ifPresent(p -> problems.add(member.at(), "option '" + member.id() + "' of " + group.label()
                + (p.size() == 1 ? " is the topic itself" : " requires '" + owner + "' itself (" + String.join(" -> ", p)
                + ")") + "; a group cannot be satisfied by an option that needs its own topic: remove the option"));
    }

    /** What each topic needs first: its plain requirements, its parent and every option of its groups. */
    private Map<String, List<String>> needs() {
        Map<String, List<String>> needs = new LinkedHashMap<>();
        for (TopicFacts topic : facts.topics) {
            topic.id().ifPresent(id -> {
                List<String> list = needs.computeIfAbsent(id.id(), k -> new ArrayList<>());
                topic.requires().forEach(r -> list.add(r.id()));
                topic.parent().ifPresent(p -> list.add(p.id()));
            });
        }
        for (GroupFacts group : groups) {
            if (group.scope() == Scope.REQUIRES) {
                group.owner().ifPresent(owner -> group.members().forEach(m ->
                        needs.computeIfAbsent(owner, k -> new ArrayList<>()).add(m.id())));
            }
        }
        return needs;
    }
}
