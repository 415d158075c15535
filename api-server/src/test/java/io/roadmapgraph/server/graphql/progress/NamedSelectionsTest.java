package io.roadmapgraph.server.graphql.progress;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class NamedSelectionsTest {

    private static final Set<String> DERIVED = Set.of("roadmaps", "parents", "readyProjects");

    @Test
    void meSelectingOnlyItsRecordsNamesNoDerivedPart() {
        assertThat(namesDerived("{ me { learner progress { topic hoursSpent } orphaned { topic } } }")).isFalse();
    }

    @Test
    void aDerivedPartNamedDirectlyOrUnderAnAliasIsNamed() {
        assertThat(namesDerived("{ me { progress { topic } roadmaps { roadmap } } }")).isTrue();
        assertThat(namesDerived("{ me { mine: parents { topic } } }")).isTrue();
    }

    @Test
    void anAliasWithADerivedPartsNameOnAnotherFieldIsNotNamed() {
        assertThat(namesDerived("{ me { roadmaps: learner } }")).isFalse();
    }

    @Test
    void aDerivedPartInAnInlineFragmentOrAFragmentSpreadIsNamed() {
        assertThat(namesDerived("{ me { ... on Me { readyProjects { id } } } }")).isTrue();
        assertThat(namesDerived("{ me { ...Parts } } fragment Parts on Me { ... { parents { topic } } }")).isTrue();
        assertThat(namesDerived("{ me { ...Records } } fragment Records on Me { progress { topic } }")).isFalse();
    }

    @Test
    void aSkippedDerivedPartCountsAsNamedForTheSelectionSetToDecide() {
        assertThat(namesDerived("{ me { roadmaps @skip(if: true) { roadmap } } }")).isTrue();
    }

    @Test
    void aDerivedPartNamedDeeperThanMeIsNotMesOwn() {
        assertThat(namesDerived("{ me { progress { topic } } roadmaps { id } }")).isFalse();
    }

    @Test
    void anUnknownFragmentLetsTheSelectionSetDecide() {
        assertThat(namesDerived("{ me { ...Missing } }")).isTrue();
    }

    @Test
    void fragmentsSpreadInACycleEndTheWalk() {
        assertThat(namesDerived("{ me { ...A } } fragment A on Me { learner ...B } fragment B on Me { ...A }"))
                .isFalse();
    }

    @Test
    void everyOccurrenceOfAMergedFieldIsLookedAt() {
        Document document = Parser.parse("{ me { learner } me { parents { topic } } }");
        OperationDefinition operation = (OperationDefinition) document.getDefinitions().get(0);
        List<Field> both = operation.getSelectionSet().getSelectionsOfType(Field.class);

        assertThat(NamedSelections.namesAny(both, Map.of(), DERIVED)).isTrue();
        assertThat(NamedSelections.namesAny(both.subList(0, 1), Map.of(), DERIVED)).isFalse();
    }

    private static boolean namesDerived(String query) {
        Document document = Parser.parse(query);
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        Field me = operation.getSelectionSet().getSelectionsOfType(Field.class).stream()
                .filter(f -> f.getName().equals("me")).findFirst().orElseThrow();
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
        return NamedSelections.namesAny(List.of(me), fragments, DERIVED);
    }
}
