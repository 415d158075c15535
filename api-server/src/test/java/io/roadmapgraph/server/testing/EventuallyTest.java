package io.roadmapgraph.server.testing;

import static io.roadmapgraph.server.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventuallyTest {

    @Test
    void answersTheFirstAnswerThatIsDoneWithoutAskingAgain() {
        AtomicInteger asked = new AtomicInteger();

        Integer answer = eventually(asked::incrementAndGet, n -> n >= 2, Duration.ofSeconds(5));

        assertThat(answer).isEqualTo(2);
        assertThat(asked).hasValue(2);
    }

    @Test
    void asksAgainAfterAPauseAndFailsAfterItsTimeoutWithTheLastAnswer() {
        AtomicInteger asked = new AtomicInteger();
        Duration timeout = Eventually.PAUSE.plusMillis(200); // one pause fits in it, and the first ask is answered

        assertThatThrownBy(() -> eventually(() -> "answer " + asked.incrementAndGet(), a -> false, timeout))
                .isInstanceOf(AssertionError.class)
                .satisfies(e -> assertThat(e)
                        .hasMessage("not done after " + timeout + "; last answer: answer " + asked.get()));
        assertThat(asked.get()).as("asked again after a pause").isGreaterThanOrEqualTo(2);
    }

    @Test
    void withinAnswersTheFirstAnswerThatIsDoneOrNothingAfterItsTimeout() {
        AtomicInteger asked = new AtomicInteger();

        assertThat(Eventually.within(asked::incrementAndGet, n -> n >= 2, Duration.ofSeconds(5))).contains(2);
        assertThat(Eventually.within(asked::incrementAndGet, n -> false, Eventually.PAUSE.plusMillis(200)))
                .as("not done within the timeout").isEmpty();
    }
}
