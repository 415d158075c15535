package io.roadmapgraph.model;

/**
 * One option of a {@link RequirementGroup}: a topic or tool by id, or a nested group (NUSMods' {@code PrereqTree}).
 */
public sealed interface GroupOption permits GroupOption.Member, RequirementGroup {

    /** The id that names the option in a choice: the member's id, or the nested group's id. */
    String id();

    /** A topic or tool, by id. */
    record Member(String id) implements GroupOption {
        public Member {
            Ids.require(id, "group option");
        }
    }
}
