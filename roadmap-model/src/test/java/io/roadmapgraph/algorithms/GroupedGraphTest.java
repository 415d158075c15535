package io.roadmapgraph.algorithms;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GroupedGraphTest {

    @Test
    void eachTopicsGroupsAreFoundByItsNumberAndATopicWithoutGroupsHasNone() {
        PrerequisiteGraph plain = PrerequisiteGraph.builder()
                .topic("a", new OrderKey(1, 0), 1, List.of())
                .topic("b", new OrderKey(1, 1), 1, List.of())
                .topic("c", new OrderKey(1, 2), 1, List.of())
                .build();
        Requirement.Group one = new Requirement.Group("c~1", 1,
                List.of(new Requirement.OnTopic("a"), new Requirement.OnTopic("b")));
        Requirement.Group outside = new Requirement.Group("x~1", 1, List.of(new Requirement.OnTopic("a")));

        GroupedGraph graph = GroupedGraph.of(plain, Map.of("c", List.of(one), "x", List.of(outside)));

        List<List<Requirement.Group>> byNumber = graph.groupsByNumber();
        assertThat(byNumber).hasSize(3);
        assertThat(byNumber.get(plain.numbered().number("c"))).containsExactly(one);
        assertThat(byNumber.get(plain.numbered().number("a"))).isEmpty();
        assertThat(byNumber.get(plain.numbered().number("b"))).isEmpty();
        assertThat(graph.groupsByNumber()).as("made once").isSameAs(byNumber);
    }
}
