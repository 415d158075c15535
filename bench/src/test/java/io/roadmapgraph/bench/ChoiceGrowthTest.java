package io.roadmapgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChoiceGrowthTest {

    @Test
    void measuresBothPlannersToTheSameGoalsAndTheGroupedPathIsProvenCheapest() {
        Roadmap roadmap = SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(300, Bench.SEED));

        ChoiceGrowth.Timing t = ChoiceGrowth.measure(roadmap, SyntheticRoadmap.sampleTopics(roadmap, 3, Bench.SEED));

        assertThat(t.plainTopics()).isPositive();
        assertThat(t.groupedTopics()).isGreaterThanOrEqualTo(t.plainTopics());
        assertThat(t.groups()).isPositive();
        assertThat(t.exact()).isTrue();
    }

    @Test
    void printsTheInMemoryRatiosByWallClockAndByCpuTimeWhichNoTargetChecks() {
        Figures figures = new Figures(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        ChoiceGrowth.report(figures, "10k", new ChoiceGrowth.Timing(100, 300, 80, 120, 10, 12, 3, true));

        assertThat(figures.lines()).filteredOn(l -> l.kind().equals("ratio"))
                .extracting(Figures.Line::name, Figures.Line::value).containsExactly(
                        tuple("memory.10k.learning-path-with-groups.wall-over-plain", 3.0),
                        tuple("memory.10k.learning-path-with-groups.cpu-over-plain", 1.5));
        assertThat(figures.lines()).filteredOn(l -> l.kind().equals("ratio")).noneMatch(l -> Report.TARGETS.stream()
                .anyMatch(target -> l.name().endsWith(target.suffix())));
    }

    @Test
    void theApiRatioOfGroupedOverPlainIsTheOneTheReportChecksAgainstTheIssuesTarget() {
        Figures figures = new Figures(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        ChoiceApiGrowth.report(figures, "10k", new ChoiceApiGrowth.Timing(40, 60, 200, 150,
                new ChoiceApiGrowth.Settling(2, 8.1, java.util.Map.of()), 0.031));

        assertThat(figures.lines()).filteredOn(l -> l.kind().equals("ratio")).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("api.10k.learning-path-with-groups.over-plain");
            assertThat(line.value()).isEqualTo(1.5);
            assertThat(Report.TARGETS).filteredOn(target -> line.name().endsWith(target.suffix())).singleElement()
                    .satisfies(target -> assertThat(target.met(line.value())).isTrue());
        });
        assertThat(figures.lines()).filteredOn(l -> l.name().endsWith(".server-jit-share")).singleElement()
                .satisfies(line -> {
                    assertThat(line.name()).isEqualTo("api.10k.learning-path-with-groups.server-jit-share");
                    assertThat(line.value()).isCloseTo(3.1, org.assertj.core.data.Offset.offset(1e-9));
                });
    }
}
