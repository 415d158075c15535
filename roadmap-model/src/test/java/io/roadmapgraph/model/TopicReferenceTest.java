package io.roadmapgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A roadmap requires another roadmap's topics as roadmap:topic, listed in uses, without redefining them. */
class TopicReferenceTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/examples/valid/uses-another-roadmap.yaml");

    @Test
    void aQualifiedRequirementIsReadAsATopicReferenceNotAsAPrerequisite() {
        Roadmap roadmap = RoadmapReader.read(EXAMPLE);

        assertThat(roadmap.uses()).containsExactly("ai-engineer");
        assertThat(roadmap.references()).extracting(TopicReference::topic, TopicReference::qualifiedId,
                TopicReference::line).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("faq-answering", "ai-engineer:rag", 17),
                        org.assertj.core.groups.Tuple.tuple("faq-answering", "ai-engineer:python", 18));
        assertThat(roadmap.references().get(0).reason().preferred()).isEqualTo("The answers are retrieved with RAG");
        assertThat(roadmap.references().get(0).origin()).isEqualTo(Origin.AUTHORED);
        assertThat(roadmap.topic("faq-answering").orElseThrow().requires()).isEmpty();
        assertThat(roadmap.topic("escalation").orElseThrow().requiredTopicIds()).containsExactly("faq-answering");
        assertThat(roadmap.topic("rag")).as("the other roadmap's topic is not defined here").isEmpty();
    }

    @Test
    void aRoadmapWithoutUsesHasNoReferences() {
        Roadmap roadmap = RoadmapReader.aiEngineer();

        assertThat(roadmap.uses()).isEmpty();
        assertThat(roadmap.references()).isEmpty();
    }

    @Test
    void aReferenceMustNameAUsedRoadmap() {
        TopicReference reference = new TopicReference("faq", "ai-engineer", "rag", Text.en("RAG first"),
                Origin.AUTHORED, 3);
        Roadmap roadmap = RoadmapReader.read(EXAMPLE);

        assertThatThrownBy(() -> new Roadmap(roadmap.id(), roadmap.title(), roadmap.summary(), roadmap.languages(),
                roadmap.source(), roadmap.studyHoursPerWeek(), roadmap.motto(), roadmap.phases(), roadmap.layers(),
                roadmap.topics(), roadmap.tools(), roadmap.projects(), roadmap.route(), roadmap.principles(),
                roadmap.successCriteriaLeadIn(), roadmap.successCriteria(), roadmap.resources(), roadmap.tips(),
                List.of(), List.of(reference), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topic reference ai-engineer:rag names a roadmap that uses does not list");
    }
}
