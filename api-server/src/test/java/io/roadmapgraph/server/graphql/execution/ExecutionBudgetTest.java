package io.roadmapgraph.server.graphql.execution;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutionBudgetTest {

    private static final long AN_HOUR = 3_600_000_000_000L;

    @Test
    void fieldsReadFromTheirParentAreCountedAsEveryFieldAndStopAtTheMaximumValues() {
        ExecutionBudget budget = new ExecutionBudget(System.nanoTime() + AN_HOUR, 100);

        assertThat(IntStream.range(0, 60).allMatch(i -> budget.admit())).isTrue();
        assertThat(IntStream.range(0, 40).allMatch(i -> budget.admitFromParent())).isTrue();

        assertThat(budget.values()).isEqualTo(100);
        assertThat(budget.admitFromParent()).isFalse();
        assertThat(budget.stopped()).contains(ExecutionBudget.Stop.TOO_MANY_VALUES);
        assertThat(budget.admit()).isFalse();
    }

    @Test
    void aFieldGraphqlJavaRunsIsStoppedAtOnceByAPassedDeadline() {
        ExecutionBudget budget = new ExecutionBudget(System.nanoTime() - 1, 1_000);

        assertThat(budget.admit()).isFalse();
        assertThat(budget.stopped()).contains(ExecutionBudget.Stop.DEADLINE);
    }

    @Test
    void fieldsReadFromTheirParentAreStoppedByAPassedDeadlineWithinTheValuesBetweenTwoClockReads() {
        ExecutionBudget budget = new ExecutionBudget(System.nanoTime() - 1, 1_000);

        long admitted = IntStream.range(0, ExecutionBudget.CLOCK_EVERY * 2).takeWhile(i -> budget.admitFromParent())
                .count();

        assertThat(admitted).isEqualTo(ExecutionBudget.CLOCK_EVERY - 1);
        assertThat(budget.stopped()).contains(ExecutionBudget.Stop.DEADLINE);
        assertThat(budget.admitFromParent()).isFalse();
    }

    @Test
    void aQueryWhoseClientWentAwayAdmitsNoMoreFieldsOfEitherKind() {
        ExecutionBudget budget = new ExecutionBudget(System.nanoTime() + AN_HOUR, 1_000);

        budget.clientGone();

        assertThat(budget.admitFromParent()).isFalse();
        assertThat(budget.admit()).isFalse();
        assertThat(budget.stopped()).contains(ExecutionBudget.Stop.CLIENT_GONE);
        assertThat(budget.values()).isZero();
    }
}
