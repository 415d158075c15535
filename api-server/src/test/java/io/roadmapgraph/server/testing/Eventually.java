package io.roadmapgraph.server.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** What a running server does in its own time: an answer asked for again, with a pause, until it is the one awaited. */
public final class Eventually {

    /** Between two asks: the server's own work (a reconnect, a revision check) is not hurried by asking faster. */
    static final Duration PAUSE = Duration.ofMillis(500);

    private Eventually() {
    }

    /**
     * The first answer of {@code action} that {@code done} accepts; after {@code timeout} an {@link AssertionError}
     * that shows the last answer.
     */
    public static <T> T eventually(Supplier<T> action, Predicate<T> done, Duration timeout) {
        Asked<T> asked = ask(action, done, timeout);
        if (!asked.done()) {
            throw new AssertionError("not done after " + timeout + "; last answer: " + asked.last());
        }
        return asked.last();
    }

    /** The first answer of {@code action} that {@code done} accepts, or empty after {@code timeout}. */
    public static <T> Optional<T> within(Supplier<T> action, Predicate<T> done, Duration timeout) {
        Asked<T> asked = ask(action, done, timeout);
        return asked.done() ? Optional.of(asked.last()) : Optional.empty();
    }

    private record Asked<T>(T last, boolean done) {
    }

    private static <T> Asked<T> ask(Supplier<T> action, Predicate<T> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = action.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                return new Asked<>(last, false);
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            last = action.get();
        }
        return new Asked<>(last, true);
    }
}
