package io.roadmapgraph.query;

import io.roadmapgraph.model.RequirementGroup;
import io.roadmapgraph.model.Text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A requirement group as the graph holds it: a topic's "any of"/"n of" (scope REQUIRES, nested ones too), a phase's
 * electives (ELECTIVES) or an alternative between tools (TOOLS).
 *
 * @param id        the group's id in its roadmap ({@code vector-database})
 * @param roadmap   the roadmap whose revision holds it (of several: the one loaded first)
 * @param owner     the topic that requires it (for a nested group: the topic of the outermost group), the phase node
 *                  id of electives, the roadmap id of a tool alternative
 * @param options   its options in the group's order
 * @param preferred the option taken when nobody chooses (a tool alternative's default), if any
 */
public record GroupNode(String id, String roadmap, RequirementGroup.Scope scope, RequirementGroup.Kind kind, int n,
                        String owner, List<Option> options, Optional<String> preferred, Optional<Text> reason) {

    public GroupNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roadmap, "roadmap");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        options = List.copyOf(options);
        Objects.requireNonNull(preferred, "preferred");
        Objects.requireNonNull(reason, "reason");
    }

    /** What an option is. */
    public enum OptionKind { TOPIC, TOOL, GROUP }

    /** One option: a topic, a tool or a nested group, by id. */
    public record Option(String id, OptionKind kind) {
        public Option {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** The ids of the options, in order. */
    public List<String> optionIds() {
        return options.stream().map(Option::id).toList();
    }
}
