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

    @Test
    void anObjectsFieldsAreAdmittedAtOnceOnlyWhereEachWouldBeAdmittedWithoutAClockReadAndElseNotCountedAtAll() {
        ExecutionBudget budget = new ExecutionBudget(System.nanoTime() - 1, 70);

        assertThat(budget.admitAllFromParent(4)).isTrue();
        assertThat(IntStream.range(0, 14).allMatch(i -> budget.admitAllFromParent(4))).isTrue();
        assertThat(budget.values()).isEqualTo(60);
        assertThat(budget.admitAllFromParent(4)).as("61..64 passes a clock read").isFalse();
        assertThat(budget.values()).isEqualTo(60);
        assertThat(budget.stopped()).isEmpty();
        assertThat(budget.admitAllFromParent(3)).isTrue();
        assertThat(budget.admitAllFromParent(1)).as("64 reads the clock").isFalse();

        assertThat(IntStream.range(0, 4).allMatch(i -> budget.admitFromParent())).as("the deadline has passed")
                .isFalse();
        assertThat(budget.values()).isEqualTo(ExecutionBudget.CLOCK_EVERY);
        assertThat(budget.stopped()).contains(ExecutionBudget.Stop.DEADLINE);
        assertThat(budget.admitAllFromParent(1)).isFalse();
    }

    @Test
    void anObjectsFieldsPastTheMaximumValuesAreNotAdmittedAtOnceAndOneByOneStopAtTheSameCount() {
        ExecutionBudget atOnce = new ExecutionBudget(System.nanoTime() + AN_HOUR, 10);
        ExecutionBudget oneByOne = new ExecutionBudget(System.nanoTime() + AN_HOUR, 10);
        assertThat(atOnce.admitAllFromParent(8)).isTrue();
        assertThat(IntStream.range(0, 8).allMatch(i -> oneByOne.admitFromParent())).isTrue();

        assertThat(atOnce.admitAllFromParent(3)).isFalse();
        assertThat(atOnce.stopped()).isEmpty();
        long admitted = IntStream.range(0, 3).takeWhile(i -> atOnce.admitFromParent()).count();

        assertThat(admitted).isEqualTo(IntStream.range(0, 3).takeWhile(i -> oneByOne.admitFromParent()).count())
                .isEqualTo(2);
        assertThat(atOnce.values()).isEqualTo(oneByOne.values()).isEqualTo(11);
        assertThat(atOnce.stopped()).isEqualTo(oneByOne.stopped()).contains(ExecutionBudget.Stop.TOO_MANY_VALUES);
    }
}
