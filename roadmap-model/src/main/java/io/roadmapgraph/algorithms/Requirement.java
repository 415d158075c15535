package io.roadmapgraph.algorithms;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** What a topic needs besides its plain prerequisites: an option of a group is a topic or a nested group. */
public sealed interface Requirement permits Requirement.OnTopic, Requirement.Group {

    /** The id that names the option in a choice. */
    String id();

    /** A topic as an option. */
    record OnTopic(String id) implements Requirement {
        public OnTopic {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * n of the options, in the group's own order (the order that breaks ties).
     *
     * @param id      names the group in choices
     * @param n       how many options satisfy it, 1..options
     * @param options the options, each once
     */
    record Group(String id, int n, List<Requirement> options) implements Requirement {
        public Group {
            Objects.requireNonNull(id, "id");
            options = List.copyOf(options);
            if (n < 1 || n > options.size()) {
                throw new IllegalArgumentException("group " + id + " needs " + n + " of " + options.size() + " options");
            }
            if (new HashSet<>(options.stream().map(Requirement::id).toList()).size() != options.size()) {
                throw new IllegalArgumentException("group " + id + " lists an option twice");
            }
        }

        /** This group and every group nested in it. */
        public java.util.stream.Stream<Group> withNested() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(this), options.stream()
                    .filter(Group.class::isInstance).map(Group.class::cast).flatMap(Group::withNested));
        }
    }
}
