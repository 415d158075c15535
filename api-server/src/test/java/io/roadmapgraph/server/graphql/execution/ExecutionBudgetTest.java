package io.roadmapgraph.server.graphql.execution;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExecutionBudgetTest {

    private static final long AN_HOUR = 3_600_000_000_000L;

    @Test
    void fieldsReadFromTheirParentAreCountedAsEveryFieldAndStopAtTheMaximumValues() {
        ExecutionBudget budget = new ExecutionBudget(System.nanoTime() + AN_HOUR, 100);

        assertThat(IntStream.range(0, 60).allMatch(i -> budget.admit())).isTrue();
        assertThat(budget.admitFromParent(ExecutionBudget.CLOCK_EVERY)).isEqualTo(40);

        assertThat(budget.values()).isEqualTo(100);
        assertThat(budget.stopped()).isEmpty();
        assertThat(budget.admitFromParent(1)).isZero();
        assertThat(budget.stopped()).contains(ExecutionBudget.Stop.TOO_MANY_VALUES);
        assertThat(budget.admit()).isFalse();
    }

    @Test
    void aBlockOfFieldsReadFromTheirParentIsCountedAtOnceAndWhatIsGivenBackIsFreeAgain() {
        ExecutionBudget budget = new ExecutionBudget(System.nanoTime() + AN_HOUR, 100);

        assertThat(budget.admitFromParent(ExecutionBudget.CLOCK_EVERY)).isEqualTo(ExecutionBudget.CLOCK_EVERY);
        assertThat(budget.values()).isEqualTo(ExecutionBudget.CLOCK_EVERY);
        budget.refund(ExecutionBudget.CLOCK_EVERY - 4);

        assertThat(budget.values()).isEqualTo(4);
        assertThat(budget.admitFromParent(ExecutionBudget.CLOCK_EVERY)).isEqualTo(ExecutionBudget.CLOCK_EVERY);
        assertThat(budget.admitFromParent(ExecutionBudget.CLOCK_EVERY)).isEqualTo(100 - 4 - ExecutionBudget.CLOCK_EVERY);
    }

    @Test
    void noMoreThanOneClockReadsWorthOfFieldsIsAskedAtOnce() {
        ExecutionBudget budget = new ExecutionBudget(System.nanoTime() + AN_HOUR, 1_000);

        assertThatThrownBy(() -> budget.admitFromParent(ExecutionBudget.CLOCK_EVERY + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> budget.admitFromParent(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(budget.values()).isZero();
    }

    @Test
    void aFieldGraphqlJavaRunsIsStoppedAtOnceByAPassedDeadline() {
        ExecutionBudget budget = new ExecutionBudget(System.nanoTime() - 1, 1_000);

        assertThat(budget.admit()).isFalse();
        assertThat(budget.stopped()).contains(ExecutionBudget.Stop.DEADLINE);
    }

    @Test
    void fieldsReadFromTheirParentAreStoppedByAPassedDeadlineAtTheNextBlock() {
        ExecutionBudget budget = new ExecutionBudget(System.nanoTime() - 1, 1_000);

        assertThat(budget.admitFromParent(ExecutionBudget.CLOCK_EVERY)).isZero();
        assertThat(budget.stopped()).contains(ExecutionBudget.Stop.DEADLINE);
        assertThat(budget.values()).isZero();
    }

    @Test
    void aQueryWhoseClientWentAwayAdmitsNoMoreFieldsReadFromTheirParent() {
        ExecutionBudget budget = new ExecutionBudget(System.nanoTime() + AN_HOUR, 1_000);

        budget.clientGone();

        assertThat(budget.admitFromParent(ExecutionBudget.CLOCK_EVERY)).isZero();
        assertThat(budget.stopped()).contains(ExecutionBudget.Stop.CLIENT_GONE);
    }
}
