package io.roadmapgraph.markdown;

import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.Level;
import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.Project;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RouteStage;
import io.roadmapgraph.model.Topic;
import org.junit.jupiter.api.Test;

import static io.roadmapgraph.markdown.ImportTest.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rules added for the documents of the family (src/test/resources/family): each on the smallest document that
 * needs it (docs/markdown-import.md, "Variations the import reads").
 */
class FamilyRulesTest {

    /** The start of a document with one phase and its topic "Python", for the rules after phases. */
    private static final String ONE_DUTCH_PHASE = """
            ## Fase 1: Basis (2 maanden)

            ### 1. Python
            - Syntax

            """;
    private static final String ONE_ENGLISH_PHASE = ONE_DUTCH_PHASE.replace("Fase 1: Basis (2 maanden)",
            "Phase 1: Python (2 months)");

    private static ImportResult importOf(String name, String markdown) {
        return MarkdownImporter.importText(name, markdown, ImportOptions.defaults());
    }

    @Test
    void aNumberedListOfBoldItemsUnderAPhaseIsAListOfTopics() {
        ImportResult result = importOf("list.md", """
                ## Phase 1: Foundations (2 months)

                1. **Networking** ⭐ (Start here!)
                   - The OSI model
                   - **When:** you debug a connection
                2. **Operating systems** (Highest priority)
                   - Event logs

                When: you investigate a host.
                """);
        Roadmap roadmap = result.roadmap();

        assertThat(roadmap.topics()).extracting(Topic::id, Topic::importance, Topic::startHere)
                .containsExactly(tuple("networking", Importance.KEY, true),
                        tuple("operating-systems", Importance.KEY, false));
        assertThat(topic(roadmap, "networking").whenToUse().orElseThrow().preferred())
                .isEqualTo("you debug a connection");
        assertThat(topic(roadmap, "operating-systems").whenToUse().orElseThrow().preferred())
                .as("a plain 'When:' paragraph after the list belongs to its last topic")
                .isEqualTo("you investigate a host.");
        assertThat(topic(roadmap, "operating-systems").requiredTopicIds())
                .as("list item 2 follows list item 1 as numbered topics do").containsExactly("networking");
        assertThat(result.report().unmapped()).isEmpty();
    }

    @Test
    void aDottedSectionNumberIsNoPartOfTheTitleAndItsLastPartNumbersTheTopic() {
        ImportResult result = importOf("dotted.md", """
                ## Phase 1: Foundations (2 months)

                ### 1.1 Python
                - Syntax

                ### 1.2. NumPy
                - Arrays
                """);
        Roadmap roadmap = result.roadmap();

        assertThat(roadmap.topics()).extracting(Topic::id).containsExactly("python", "numpy");
        assertThat(topic(roadmap, "numpy").requiredTopicIds())
                .as("1.2 follows 1.1 as numbered topics do").containsExactly("python");
        assertThat(result.report().unmapped()).isEmpty();
    }

    @Test
    void aPlainListUnderAPhaseThatNamesNoTopicsIsThePhasesGoal() {
        ImportResult result = importOf("goal.md", """
                ## Fase 1: Basis (2 maanden)

                - Leer de taal
                - Leer de tools

                ### Python
                - Syntax
                """);

        assertThat(result.roadmap().phases().get(0).goal().preferred()).isEqualTo("Leer de taal; Leer de tools");
        assertThat(result.report().unmapped()).isEmpty();
    }

    @Test
    void aPlainWanneerParagraphUnderATopicHeadingIsItsWhenToUse() {
        Roadmap roadmap = importOf("wanneer.md", """
                ## Fase 1: Basis (2 maanden)

                ### **Caching**
                - Invalidatie

                **Wanneer:** dezelfde dure lezing vaak gebeurt.
                """).roadmap();

        assertThat(topic(roadmap, "caching").whenToUse().orElseThrow().preferred())
                .isEqualTo("dezelfde dure lezing vaak gebeurt.");
        assertThat(topic(roadmap, "caching").notes()).isEmpty();
    }

    @Test
    void aNumberedTopicHeadingWithASectionWordInItStaysATopic() {
        Roadmap roadmap = importOf("tooling.md", """
                ## Fase 1: Basis (2 maanden)

                #### 1. Versiebeheer & tooling
                - Git
                - **Tools:** `npm`, `Vite`

                #### 2. Full-stack basics
                - HTTP
                """).roadmap();

        assertThat(roadmap.topics()).extracting(Topic::id).containsExactly("versiebeheer-tooling", "full-stack-basics");
        assertThat(topic(roadmap, "versiebeheer-tooling").tools()).containsExactly("npm", "vite");
    }

    @Test
    void aTrailingColonOfATopicHeadingIsNoPartOfItsTitle() {
        Roadmap roadmap = importOf("colon.md", """
                ## Phase 1: Offence (2 months)

                ### Web application security:
                - The OWASP Top 10
                """).roadmap();

        assertThat(roadmap.topics()).extracting(t -> t.title().preferred()).containsExactly("Web application security");
    }

    @Test
    void threeLevelNamesThatTheProfileMapsToTwoLevelsAreAScaleOfThree() {
        Roadmap roadmap = importOf("niveaus.md", ONE_DUTCH_PHASE + """
                ## Projecten

                ### Beginner
                1. **Rekenmachine** - Python oefenen

                ### Gevorderd
                2. **Webscraper** - Python met requests

                ### Expert
                3. **Zoekmachine** - Python op schaal
                """).roadmap();

        assertThat(roadmap.projects()).extracting(Project::id, Project::level).containsExactly(
                tuple("rekenmachine", Level.BEGINNER), tuple("webscraper", Level.INTERMEDIATE),
                tuple("zoekmachine", Level.ADVANCED));
    }

    @Test
    void gevorderdWithoutExpertStaysAdvanced() {
        Roadmap roadmap = importOf("twee.md", ONE_DUTCH_PHASE + """
                ## Projecten

                **Beginner:**
                1. **Rekenmachine** - Python oefenen

                **Gevorderd:**
                2. **Zoekmachine** - Python op schaal
                """).roadmap();

        assertThat(roadmap.projects()).extracting(Project::level).containsExactly(Level.BEGINNER, Level.ADVANCED);
    }

    @Test
    void aPhasesDurationMayComeFirstOrAfterADash() {
        Roadmap roadmap = importOf("duur.md", """
                ## Fase 1 (maand 1-2): Linux en scripting

                ### 1. Bash
                - Loops

                ## Fase 2: Bouwen en uitrollen — 3 maanden

                ### 2. Containers
                - Images

                ## Phase 3: Operations, 6-8 weeks

                ### 3. Kubernetes
                - Pods
                """).roadmap();

        assertThat(roadmap.phases()).extracting(p -> p.title().preferred() + " " + p.duration().orElseThrow())
                .containsExactly("Linux en scripting " + MonthRange.of(1, 2), "Bouwen en uitrollen " + MonthRange.of(3, 3),
                        "Operations " + MonthRange.of(2, 2));
    }

    @Test
    void aQuoteUnderAPhaseIsANoteOfItAndCodeUnderATopicANoteOfTheTopic() {
        ImportResult result = importOf("code.md", """
                ## Fase 1: Basis (2 maanden)

                > Zonder Linux geen DevOps.

                #### **1. Bash** ⭐
                - Loops

                ```bash
                echo "hallo"
                ```
                """);
        Roadmap roadmap = result.roadmap();

        assertThat(roadmap.phases().get(0).notes()).extracting(n -> n.text().preferred())
                .containsExactly("Zonder Linux geen DevOps.");
        Topic bash = topic(roadmap, "bash");
        assertThat(bash.title().preferred()).as("the number inside the bold is the topic's number").isEqualTo("Bash");
        assertThat(bash.notes()).extracting(n -> n.text().preferred()).containsExactly("echo \"hallo\"");
        assertThat(result.report().unmapped()).isEmpty();
    }

    @Test
    void aHeadingOverRouteStagesIsARouteSectionWhateverItsTitle() {
        ImportResult result = importOf("planning.md", """
                ## Fase 1: Basis (2 maanden)

                ### 1. Bash
                - Loops

                ## 🗓️ Planning

                ### Maand 1-2: Fundament
                1. Leer Bash

                ### Maand 3-4: Verder
                1. Automatiseer alles
                """);

        assertThat(result.roadmap().route()).extracting(RouteStage::id).containsExactly("months-1-2", "months-3-4");
        assertThat(result.roadmap().route().get(0).steps().get(0).topics()).containsExactly("bash");
        assertThat(result.report().unmapped()).isEmpty();
    }

    @Test
    void checklistsCertificationsQuestionsAndNextStepsAreSectionsOfTheProfile() {
        ImportResult result = importOf("secties.md", """
                ## Fase 1: Basis (2 maanden)

                ### 1. Bash
                - Loops

                ## ✅ Checklist

                - Je kunt een script schrijven

                ## 🎓 Certificeringen

                - Linux Foundation Certified System Administrator (LFCS)

                ## ❓ Veelgestelde vragen

                ### Moet ik eerst developer zijn?
                Nee.

                ## Volgende stappen

                Zoek een open-sourceproject.
                """);
        Roadmap roadmap = result.roadmap();

        assertThat(roadmap.successCriteria()).hasSize(1);
        assertThat(roadmap.resources()).extracting(r -> r.title().preferred())
                .containsExactly("Linux Foundation Certified System Administrator (LFCS)");
        assertThat(roadmap.tips()).extracting(t -> t.text().preferred()).containsExactly("Nee.", "Zoek een open-sourceproject.");
        assertThat(result.report().unmapped()).isEmpty();
    }

    @Test
    void aToolLineUnderATopicGivesItsToolsAndALabelOverBulletsIsNoSummary() {
        ImportResult result = importOf("tools.md", """
                ## Step 1: Python (4-6 weeks)

                ### Python for data
                Tools: `pandas`, `numpy`

                **Key concepts:**
                - DataFrames

                ### Machine learning
                **Libraries:** scikit-learn, XGBoost
                """);
        Roadmap roadmap = result.roadmap();

        assertThat(topic(roadmap, "python-for-data").tools()).containsExactly("pandas", "numpy");
        assertThat(topic(roadmap, "python-for-data").summary().origin().toString()).contains("summary-from-points");
        assertThat(topic(roadmap, "machine-learning").tools()).containsExactly("scikit-learn", "xgboost");
        assertThat(result.report().unmapped()).isEmpty();
    }

    @Test
    void aLevelAsTheLabelOfAProjectBulletIsItsLevel() {
        Roadmap roadmap = importOf("levels.md", ONE_ENGLISH_PHASE + """
                ## Projects

                - **Beginner:** Titanic survival prediction with Python
                - **Advanced:** A recommender system
                """).roadmap();

        assertThat(roadmap.projects()).extracting(p -> p.title().preferred(), Project::level).containsExactly(
                tuple("Titanic survival prediction with Python", Level.BEGINNER),
                tuple("A recommender system", Level.ADVANCED));
    }

    @Test
    void aSingleMonthOrWeekIsAStageFromItToIt() {
        Roadmap roadmap = importOf("single.md", ONE_ENGLISH_PHASE + """
                ## Timeline

                ### Week 1: Setup
                - Install Python

                | Month | Focus |
                | --- | --- |
                | 2 | Evaluation |
                """).roadmap();

        assertThat(roadmap.route()).extracting(RouteStage::id).containsExactly("weeks-1-1", "months-2-2");
    }

    @Test
    void aQuoteUnderTheTitleIsTheRoadmapsSummary() {
        ImportResult result = importOf("quote.md", """
                # Stappenplan: Tester

                > Een stappenplan voor wie software wil leren testen.

                ## Fase 1: Basis (2 maanden)

                ### 1. Unit tests
                - Asserties
                """);

        assertThat(result.roadmap().summary().preferred()).isEqualTo("Een stappenplan voor wie software wil leren testen.");
        assertThat(result.report().unmapped()).isEmpty();
    }
}
