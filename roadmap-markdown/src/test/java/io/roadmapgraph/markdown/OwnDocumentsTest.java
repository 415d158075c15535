package io.roadmapgraph.markdown;

import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.Phase;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static io.roadmapgraph.markdown.ImportTest.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What documents written by a new user, not in the family's style, met (docs/markdown-import.md): each case on the
 * smallest document that shows it.
 */
class OwnDocumentsTest {

    private static ImportResult importOf(String name, String markdown) {
        return MarkdownImporter.importText(name, markdown, ImportOptions.defaults());
    }

    @Test
    void aByteOrderMarkWindowsLineEndingsAndTabsLeaveTheTitleAndEveryLineNumber() {
        String unix = """
                # My Cloud Roadmap

                ## Phase 1: Basics (2 months)

                ### Networking
                - subnets
                \t- CIDR notation
                """;
        ImportResult result = importOf("cloud.md", "\uFEFF" + unix.replace("\n", "\r\n"));

        assertThat(result.roadmap().id()).isEqualTo("my-cloud-roadmap");
        assertThat(result.roadmap().title().preferred()).isEqualTo("My Cloud Roadmap");
        assertThat(result.report().lines()).extracting(l -> l.line() + " " + l.use()).containsExactly(
                "1 roadmap title", "3 phase 1", "5 topic 'networking'", "6 subtopic 'subnets' (a bullet)",
                "7 subtopic 'cidr-notation' (a bullet)");
        assertThat(result.report().lines().get(0).text()).as("the report quotes the line without the mark")
                .isEqualTo("# My Cloud Roadmap");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Web (2 months, ~100 hours)              | 2 | 2 | Web (~100 hours)
            Web (6-8 weeks; evenings)               | 2 | 2 | Web (evenings)
            Web — 2-3 months, 120 hours             | 2 | 3 | Web (120 hours)
            Web (1 to 2 months)                     | 1 | 2 | Web
            Web (Ongoing, alongside work)           | - | - | Web (alongside work)
            Web (3 months of 10 hours a week)       | - | - | Web (3 months of 10 hours a week)
            Web (1.5 months)                        | - | - | Web (1.5 months)
            """)
    void aPhaseHeadingsDurationIsReadFromItsRemarkAndWhatTheRemarkSaysBesideItStaysInTheTitle(
            String heading, Integer min, Integer max, String title) {
        Phase phase = importOf("phase.md", "## Phase 1: " + heading + "\n\n### Python\n- Syntax\n")
                .roadmap().phases().get(0);

        assertThat(phase.duration()).isEqualTo(min == null ? Optional.empty() : Optional.of(MonthRange.of(min, max)));
        assertThat(phase.title().preferred()).isEqualTo(title);
    }

    @Test
    void aDurationLabelOrTableCellWithHoursBesideItGivesTheMonthsAndKeepsTheHours() {
        Roadmap roadmap = importOf("labels.md", """
                | Phase | Duration |
                |-------|----------|
                | 2 | 2 months, ~80 hours |

                ## Phase 1: Basics

                **Duration:** 6 weeks (about 60 hours)

                ### Python
                - Syntax

                ## Phase 2: Web

                ### HTML
                - Forms
                """).roadmap();

        assertThat(roadmap.phases()).extracting(p -> p.title().preferred(), Phase::duration).containsExactly(
                tuple("Basics (about 60 hours)", Optional.of(MonthRange.of(2, 2))),
                tuple("Web", Optional.of(MonthRange.of(2, 2))));
        assertThat(roadmap.phases().get(1).notes()).extracting(n -> n.text().preferred()).containsExactly("~80 hours");
    }

    @Test
    void aPhaseHeadingNumberedOtherwiseThanItsPlaceIsNumberedByItsPlaceAndTheReportSaysSo() {
        ImportResult result = importOf("gap.md", """
                ## Phase 1: Basics (1 month)

                ### Python
                - Syntax

                ## Phase 3: Web (1 month)

                ### HTML
                - Forms
                """);

        assertThat(result.roadmap().phases()).extracting(Phase::number, p -> p.title().preferred())
                .containsExactly(tuple(1, "Basics"), tuple(2, "Web"));
        assertThat(result.report().notices()).containsExactly(new ImportReport.Notice(6, "the heading numbers this "
                + "phase 3; it is phase 2, its place among the phase headings (the roadmap numbers its phases 1, 2, "
                + "3 ... in order)"));
        assertThat(result.report().text()).contains("## Notices (what the import decided: check it)\n"
                + "line    6  the heading numbers this phase 3; it is phase 2,");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', useHeadersInDisplayName = true, textBlock = """
            heading (after '## ')                                    | stated     | what the import proposes instead
            Phase 1: Web (2 months, ~100 hours)                      | ~100 hours | 87 hours for the phase (2 months x 52/12 weeks x 10 hours a week), spread over its topics
            Phase 1: Web — 2-3 months, 120 hours                     | 120 hours  | 108 hours for the phase (2-3 months x 52/12 weeks x 10 hours a week), spread over its topics
            Phase 1: Web (3 months of 10 hours a week)               | 10 hours   | 20 hours for each of its topics (ongoingPhaseHoursPerTopic; the phase has no duration)
            Fase 1: Web (ca. 40 uur)                                 | 40 uur     | 20 hours for each of its topics (ongoingPhaseHoursPerTopic; the phase has no duration)
            Phase 1: Web\\n\\n**Duration:** 6 weeks (about 60 hours) | 60 hours   | 87 hours for the phase (2 months x 52/12 weeks x 10 hours a week), spread over its topics
            """)
    void hoursAPhaseStatesStayInItsTitleAndTheReportSaysWhatTheImportProposesInstead(String heading, String stated,
            String proposal) {
        ImportReport report = importOf("hours.md", "## " + heading.replace("\\n", "\n") + "\n\n### Python\n- Syntax\n")
                .report();

        assertThat(report.notices()).containsExactly(new ImportReport.Notice(1, "phase 1 states \"" + stated
                + "\" in its title, which the import keeps as text and does not read as hours: it proposes " + proposal));
    }

    @Test
    void aDashBetweenABoldTopicAndItsRemarkIsNoPartOfTheSummary() {
        Roadmap roadmap = importOf("dash.md", """
                ## Phase 1: The Web Platform (2 months)

                1. **CSS** — *layout is the hard part*
                   - Flexbox and Grid
                2. **JavaScript**: the language of the browser
                   - Closures
                """).roadmap();

        assertThat(roadmap.topics()).extracting(Topic::id, t -> t.summary().preferred()).containsExactly(
                tuple("css", "layout is the hard part"),
                tuple("javascript", "the language of the browser"));
    }

    @Test
    void aPhaseHeadingNestedUnderThePhaseBeforeItIsTheNextPhaseAndClosesIt() {
        ImportResult result = importOf("levels.md", """
                # Cloud

                # Phase 1 - Kubernetes (3 months)

                ### Pods
                - Probes

                ## Phase 2: Certification (4 weeks)

                ### Exam prep
                - Practice exams

                ## Notes
                - add a monitoring phase
                """);
        Roadmap roadmap = result.roadmap();

        assertThat(roadmap.phases()).extracting(p -> p.title().preferred(), Phase::duration).containsExactly(
                tuple("Kubernetes", Optional.of(MonthRange.of(3, 3))),
                tuple("Certification", Optional.of(MonthRange.of(1, 1))));
        assertThat(roadmap.topics()).extracting(Topic::id, Topic::phase).containsExactly(
                tuple("pods", 1), tuple("exam-prep", 2));
        assertThat(result.report().unmapped()).as("a heading after the phases at their level is in none of them")
                .extracting(ImportReport.LineUse::line).containsExactly(13, 14);
    }

    @Test
    void aHeadingWithAnotherPhaseWordOrNumberInAPhaseStaysATopic() {
        Roadmap roadmap = importOf("steps.md", """
                ## Phase 1: Setup (1 month)

                ### Step 1: Install Python
                - The installer

                ### Phase 3: later
                - Not next
                """).roadmap();

        assertThat(roadmap.phases()).hasSize(1);
        assertThat(roadmap.topics()).extracting(Topic::title).extracting(t -> t.preferred())
                .containsExactly("Step 1: Install Python", "Phase 3: later");
    }
    @Test
    void aSetextHeadingsUnderlineIsMappedWithItsHeading() {
        ImportResult result = importOf("setext.md", """
                Learn Go
                ========

                Phase 1: Basics (1 month)
                -------------------------

                ### Syntax
                - Types
                """);

        assertThat(result.roadmap().title().preferred()).isEqualTo("Learn Go");
        assertThat(result.report().lines()).extracting(l -> l.line() + " " + l.use())
                .startsWith("1 roadmap title", "2 roadmap title", "4 phase 1", "5 phase 1");
        assertThat(result.report().unmapped()).isEmpty();
    }

    @Test
    void yamlFrontMatterIsNoTitleAndItsLinesAreListedAsNotUsed() {
        ImportResult result = importOf("go.md", """
                ---
                title: Learn Go
                tags: [go, backend]
                ---

                # Learn Go in 3 months

                ## Phase 1: Basics (1 month)

                ### Syntax
                - Types
                """);

        assertThat(result.roadmap().id()).isEqualTo("learn-go-in-3-months");
        assertThat(result.report().unmapped()).extracting(l -> l.line() + " " + l.text())
                .containsExactly("1 ---", "2 title: Learn Go", "3 tags: [go, backend]", "4 ---");
        assertThat(result.report().lines()).extracting(l -> l.line() + " " + l.use())
                .contains("6 roadmap title", "8 phase 1", "10 topic 'syntax'");
    }

    @Test
    void aHorizontalRuleAtTheStartIsNoFrontMatter() {
        ImportResult result = importOf("rule.md", """
                ---
                # Learn Go

                ## Phase 1: Basics (1 month)

                ### Syntax
                - Types

                ---
                """);

        assertThat(result.roadmap().title().preferred()).isEqualTo("Learn Go");
        assertThat(result.report().unmapped()).isEmpty();
    }

    @Test
    void aLinkInAPointKeepsItsAddress() {
        Roadmap roadmap = importOf("links.md", """
                ## Phase 1: Basics (1 month)

                ### Syntax
                - Take the [Tour of Go](https://go.dev/tour) first
                - **[Effective Go](https://go.dev/doc/effective_go)**
                - <https://gobyexample.com>
                - [Notes](notes.md)
                """).roadmap();

        assertThat(topic(roadmap, "syntax").points()).extracting(p -> p.text().preferred()).containsExactly(
                "Take the Tour of Go (https://go.dev/tour) first", "Effective Go (https://go.dev/doc/effective_go)",
                "https://gobyexample.com", "Notes");
    }

    @Test
    void aLinkInASummaryGoalRouteStepOrTipKeepsItsAddress() {
        Roadmap roadmap = importOf("links.md", """
                # Learn React

                Based on [roadmap.sh](https://roadmap.sh/frontend).

                ## Phase 1: Basics (1 month)

                Work through [The Odin Project](https://www.theodinproject.com) first.

                ### React
                A library; see [the docs](https://react.dev/learn).

                ## Learning route

                ### Month 1: Start
                - Do the [tutorial](https://react.dev/learn/tutorial-tic-tac-toe)

                ## Tips
                - Join [Reactiflux](https://www.reactiflux.com)
                """).roadmap();

        assertThat(roadmap.summary().preferred()).isEqualTo("Based on roadmap.sh (https://roadmap.sh/frontend).");
        assertThat(roadmap.phases().get(0).goal().preferred())
                .isEqualTo("Work through The Odin Project (https://www.theodinproject.com) first.");
        assertThat(topic(roadmap, "react").summary().preferred())
                .isEqualTo("A library; see the docs (https://react.dev/learn).");
        assertThat(roadmap.route().get(0).steps()).extracting(step -> step.text().preferred())
                .containsExactly("Do the tutorial (https://react.dev/learn/tutorial-tic-tac-toe)");
        assertThat(roadmap.tips()).extracting(tip -> tip.text().preferred())
                .containsExactly("Join Reactiflux (https://www.reactiflux.com)");
    }

    @Test
    void aHeadingOrLineThatNamesTopicsOverAPlainListMakesEachItemATopic() {
        ImportResult result = importOf("labels.md", """
                ## Phase 1: Containers (2 months)

                ### Topics to learn:
                - Docker
                - Compose

                ### Onderwerpen
                - Pods

                ## Phase 2: Orchestration (1 month)

                Key topics:
                - Kubernetes
                  - Deployments
                """);
        Roadmap roadmap = result.roadmap();

        assertThat(roadmap.topics()).extracting(Topic::id, Topic::phase).containsExactly(tuple("docker", 1),
                tuple("compose", 1), tuple("pods", 1), tuple("kubernetes", 2));
        assertThat(topic(roadmap, "kubernetes").points()).extracting(p -> p.text().preferred())
                .containsExactly("Deployments");
        assertThat(result.report().lines()).extracting(l -> l.line() + " " + l.use()).contains(
                "3 label of the topics of phase 1 (heading)", "4 topic 'docker' (a list item)",
                "12 label of the topics of phase 2");
        assertThat(result.report().unmapped()).isEmpty();
    }

    @Test
    void aTopicsHeadingOverTopicHeadingsStaysTheirGroup() {
        Roadmap roadmap = importOf("group.md", """
                ## Phase 1: Specialisation (Ongoing)

                ### Advanced topics (by interest)

                #### Computer vision
                - Image models
                """).roadmap();

        assertThat(roadmap.topics()).extracting(Topic::id, Topic::importance)
                .containsExactly(tuple("computer-vision", Importance.ELECTIVE));
    }
}
