package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;

import io.roadmapgraph.loader.RoadmapRows.NodeRow;
import io.roadmapgraph.loader.RoadmapRows.NodeSet;
import io.roadmapgraph.loader.RoadmapRows.RelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.roadmapgraph.loader.RoadmapFixture.roadmap;
import static org.assertj.core.api.Assertions.assertThat;

class RoadmapRowsTest {

    private final RoadmapRows graph = RoadmapRows.of(roadmap("demo")
            .topic("python", 1).topic("rag", 2).requires("rag", "python").subtopic("rag", "python")
            .tool("openai", "rag").project("bot", "rag").choices("rag", "python").build());

    private Map<String, NodeSet> nodes() {
        return graph.nodeSets().stream().collect(Collectors.toMap(NodeSet::label, Function.identity()));
    }

    private List<String> ids(String label) {
        return nodes().get(label).rows().stream().map(NodeRow::id).toList();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Revision,         demo
            Phase,            demo/phase-1 demo/phase-2
            Layer,            demo/applications
            Topic,            python rag
            Tool,             openai
            Project,          bot
            RouteStage,       demo/months-1-2 demo/months-3-4
            RouteStep,        demo/months-1-2/1 demo/months-3-4/1
            Principle,        demo/principle-1
            SuccessCriterion, demo/criterion-1
            Resource,         demo/book
            Tip,              demo/tip-1
            RequirementGroup, demo/rag~1 demo/rag~1.1 demo/phase-2~electives demo/tool-choice
            """)
    void givesEveryNodeItsIdSharedOnesTheFilesOwnOnesPrefixedWithTheRoadmap(String label, String expected) {
        assertThat(ids(label)).containsExactly(expected.split(" "));
        boolean shared = RoadmapRows.SHARED_LABELS.contains(label);
        assertThat(nodes().get(label).shared()).isEqualTo(shared);
        nodes().get(label).rows().forEach(row -> {
            if (label.equals("Revision")) {
                assertThat(row.props()).doesNotContainKey("roadmap"); // the writer adds it with the revision's id
            } else {
                assertThat(row.props()).containsEntry("roadmap", "demo");
            }
            if (shared) {
                assertThat(row.props()).as("each roadmap its own copy").containsEntry("roadmaps", List.of("demo"));
            }
        });
        assertThat(ids("Roadmap")).as("the Roadmap node is the writer's, not a row").isEmpty();
    }

    @Test
    void writesEveryRelationshipTypeOfTheGraphModel() {
        assertThat(graph.relSets().stream().filter(set -> !set.rows().isEmpty()).map(set -> set.spec().type()))
                .containsExactlyInAnyOrderElementsOf(GraphModel.RELATIONSHIP_TYPES.stream()
                        .filter(type -> !type.equals("HAS_REVISION")) // the switch writes it, not a row
                        .flatMap(type -> type.equals("USES") || type.equals("NEXT") ? List.of(type, type).stream()
                                : type.equals("OPTION") ? List.of(type, type, type).stream()
                                : List.of(type).stream()).toList());
        RelSet includes = graph.relSets().stream().filter(set -> set.spec().type().equals("INCLUDES")).findFirst()
                .orElseThrow();
        assertThat(includes.rows()).extracting(row -> row.to() + "@" + row.props().get("order"))
                .containsExactly("python@0", "rag@1");
    }

    @Test
    void writesEachRequirementGroupAsANodeLinkedFromItsOwnerToItsOptionsInOrder() {
        assertThat(nodes().get("RequirementGroup").rows()).first().satisfies(row -> assertThat(row.props())
                .containsEntry("key", "rag~1").containsEntry("kind", "ANY").containsEntry("n", 1)
                .containsEntry("scope", "REQUIRES").containsEntry("reason", "Any will do")
                .containsEntry("reasonNl", "Elk volstaat").doesNotContainKey("preferred"));
        assertThat(nodes().get("RequirementGroup").rows()).last().satisfies(row -> assertThat(row.props())
                .containsEntry("scope", "TOOLS").containsEntry("preferred", "openai").doesNotContainKey("reason"));
        assertThat(graph.relSets().stream().filter(set -> set.spec().from().equals("RequirementGroup")
                        || set.spec().to().equals("RequirementGroup")).flatMap(set -> set.rows().stream()
                        .map(row -> set.spec().type() + " " + row.from() + " -> " + row.to()
                                + (row.props().containsKey("order") ? " #" + row.props().get("order") : ""))))
                .containsExactlyInAnyOrder(
                        "REQUIRES_GROUP rag -> demo/rag~1",
                        "HAS_ELECTIVES demo/phase-2 -> demo/phase-2~electives",
                        "HAS_ALTERNATIVE demo -> demo/tool-choice",
                        "OPTION demo/rag~1 -> demo/rag~1.1 #0",
                        "OPTION demo/rag~1.1 -> python #0",
                        "OPTION demo/phase-2~electives -> python #0",
                        "OPTION demo/tool-choice -> openai #0");
    }

    @Test
    void aValidRoadmapHasNoProblems() {
        assertThat(graph.problems()).isEmpty();
    }

    @Test
    void namesADanglingProjectTopicAndATwiceUsedId() {
        RoadmapRows broken = RoadmapRows.of(roadmap("broken").topic("python", 1).topic("python", 1)
                .project("bot", "rag").build());

        assertThat(broken.problems()).containsExactly(
                "roadmap broken: EXERCISES from Project 'bot' to Topic 'rag' refers to Topic 'rag', which it does "
                        + "not have");
    }

    @Test
    void theEmptyGraphHasEveryKindOfRelationshipAndNoRows() {
        RoadmapRows empty = RoadmapRows.empty("gone");

        assertThat(empty.relSets()).hasSameSizeAs(RoadmapRows.REL_SPECS).allMatch(set -> set.rows().isEmpty());
        assertThat(empty.nodeSets()).extracting(NodeSet::label).containsExactlyElementsOf(GraphModel.LABELS);
    }

    @Test
    void theContentHashIsTheSameForTheSameRowsInAnyOrderAndChangesWithAnyProperty() {
        RoadmapRows same = RoadmapRows.of(roadmap("demo")
                .topic("python", 1).topic("rag", 2).requires("rag", "python").subtopic("rag", "python")
                .tool("openai", "rag").project("bot", "rag").choices("rag", "python").build());
        RoadmapRows retitled = RoadmapRows.of(roadmap("demo")
                .topic("python", 1).topic("rag", 2).requires("rag", "python").subtopic("rag", "python")
                .tool("openai", "rag").project("bot", "rag").choices("rag", "python")
                .retitle("rag", "Retrieval").build());
        Map<String, List<NodeRow>> nodes = new java.util.LinkedHashMap<>();
        graph.nodeSets().forEach(set -> {
            List<NodeRow> reversed = new java.util.ArrayList<>(set.rows());
            java.util.Collections.reverse(reversed);
            nodes.put(set.label(), reversed);
        });
        Map<RoadmapRows.RelSpec, List<RoadmapRows.RelRow>> relationships = new java.util.LinkedHashMap<>();
        graph.relSets().forEach(set -> {
            List<RoadmapRows.RelRow> reversed = new java.util.ArrayList<>(set.rows());
            java.util.Collections.reverse(reversed);
            relationships.put(set.spec(), reversed);
        });
        RoadmapRows shuffled = RoadmapRows.of("demo", nodes, relationships);

        assertThat(graph.contentHash()).startsWith(RoadmapRows.HASH_PREFIX).hasSize(RoadmapRows.HASH_PREFIX.length() + 64)
                .isEqualTo(same.contentHash()).isEqualTo(shuffled.contentHash())
                .isNotEqualTo(retitled.contentHash());
        assertThat(graph.legacyHash()).hasSize(64).isEqualTo(shuffled.legacyHash())
                .isNotEqualTo(retitled.legacyHash());
    }

    @Test
    void compactRowsHashAsTheSameRowsInPlainMapsDoSoRevisionsLoadedBeforeStayUnchanged() {
        Map<String, List<NodeRow>> nodes = new java.util.LinkedHashMap<>();
        graph.nodeSets().forEach(set -> nodes.put(set.label(), set.rows().stream()
                .map(row -> new NodeRow(row.id(), new java.util.LinkedHashMap<>(row.props()))).toList()));
        Map<RoadmapRows.RelSpec, List<RoadmapRows.RelRow>> relationships = new java.util.LinkedHashMap<>();
        graph.relSets().forEach(set -> relationships.put(set.spec(), set.rows().stream()
                .map(row -> new RoadmapRows.RelRow(row.from(), row.to(), new java.util.LinkedHashMap<>(row.props())))
                .toList()));
        RoadmapRows plain = RoadmapRows.of("demo", nodes, relationships);

        assertThat(nodes.get(GraphModel.TOPIC).get(0).props()).isNotInstanceOf(RowProps.class);
        assertThat(graph.nodeSets().stream().filter(set -> set.label().equals(GraphModel.TOPIC)).findFirst()
                .orElseThrow().rows().get(0).props()).isInstanceOf(RowProps.class);
        assertThat(graph.contentHash()).isEqualTo(plain.contentHash());
        assertThat(graph.legacyHash()).isEqualTo(plain.legacyHash());
    }
    @Test
    void theContentHashIsTheSumOfEachRowLinesSha256OfItsUtf8Bytes() throws Exception {
        RoadmapRows texts = RoadmapRows.of(roadmap("demo").topic("python", 1).topic("rag", 2).requires("rag", "python")
                .retitle("rag", "Récupération 🔎 \uD800 end").build());
        java.math.BigInteger sum = java.math.BigInteger.ZERO;
        for (NodeSet set : texts.nodeSets()) {
            for (NodeRow row : set.rows()) {
                sum = sum.add(sha256(set.label() + " " + row.id() + " " + new java.util.TreeMap<>(row.props())));
            }
        }
        for (RelSet set : texts.relSets()) {
            for (RoadmapRows.RelRow row : set.rows()) {
                sum = sum.add(sha256(set.spec() + " " + row.from() + " " + row.to() + " "
                        + new java.util.TreeMap<>(row.props())));
            }
        }
        String hex = String.format("%064x", sum.mod(java.math.BigInteger.TWO.pow(256)));

        assertThat(texts.contentHash()).isEqualTo(RoadmapRows.HASH_PREFIX + hex);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            plain ascii
            Récupération
            \u20ac and \uD83D\uDD0E
            a lone \uD800 high and \uDC00 low surrogate
            \uD83D
            """)
    void writesALineAsStringGetBytesDoes(String text) {
        RoadmapRows.Utf8 utf8 = new RoadmapRows.Utf8();
        utf8.encode(new StringBuilder("a longer line before it, which leaves bytes in the buffer: \u20ac\u20ac"));

        java.nio.ByteBuffer line = utf8.encode(new StringBuilder(text));

        byte[] bytes = new byte[line.remaining()];
        line.get(bytes);
        assertThat(bytes).isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void writesALineLongerThanItsBufferAsStringGetBytesDoesAndAShortOneAfterIt() {
        RoadmapRows.Utf8 utf8 = new RoadmapRows.Utf8();
        String longer = "a é € 🔎 \uDC00 ".repeat(100) + "\uD800";
        String shorter = "ok é";

        java.nio.ByteBuffer first = utf8.encode(new StringBuilder(longer));
        byte[] longBytes = new byte[first.remaining()];
        first.get(longBytes);
        java.nio.ByteBuffer second = utf8.encode(new StringBuilder(shorter));
        byte[] shortBytes = new byte[second.remaining()];
        second.get(shortBytes);

        assertThat(longBytes).isEqualTo(longer.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(shortBytes).isEqualTo(shorter.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static java.math.BigInteger sha256(String line) throws Exception {
        return new java.math.BigInteger(1, java.security.MessageDigest.getInstance("SHA-256")
                .digest(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
