package io.roadmapgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StagePeriodTest {

    @ParameterizedTest(name = "weeks {0}-{1} fall in months {2}-{3}")
    @CsvSource(textBlock = """
            1,  2,  1, 1
            3,  4,  1, 1
            5,  8,  2, 2
            1,  13, 1, 3
            49, 52, 12, 12
            """)
    void aWeekStageFallsInTheMonthsOfItsFirstAndLastWeek(int from, int to, int firstMonth, int lastMonth) {
        assertThat(StagePeriod.weeks(from, to).months()).isEqualTo(MonthRange.of(firstMonth, lastMonth));
    }

    @Test
    void everyMonthsWeeksFallInThatMonthAndTheMonthsTileTheWeeks() {
        IntStream.rangeClosed(1, 120).forEach(month -> {
            StagePeriod period = StagePeriod.months(month, month);
            assertThat(StagePeriod.monthOfWeek(period.firstWeek())).as("first week of month %d", month).isEqualTo(month);
            assertThat(StagePeriod.monthOfWeek(period.lastWeek())).as("last week of month %d", month).isEqualTo(month);
            assertThat(StagePeriod.months(month + 1, month + 1).firstWeek()).isEqualTo(period.lastWeek() + 1);
        });
    }

    @Test
    void aMonthStageIsItsOwnMonths() {
        assertThat(StagePeriod.months(4, 6).months()).isEqualTo(MonthRange.of(4, 6));
        assertThat(StagePeriod.months(4, 6)).hasToString("months 4-6");
        assertThat(StagePeriod.weeks(1, 2)).hasToString("weeks 1-2");
    }

    @Test
    void rejectsAnEmptyOrZeroPeriodNamingIt() {
        assertThatThrownBy(() -> StagePeriod.weeks(3, 2)).hasMessage("weeks 3-2 must have 1 <= from <= to");
        assertThatThrownBy(() -> StagePeriod.months(0, 2)).hasMessage("months 0-2 must have 1 <= from <= to");
    }
}
