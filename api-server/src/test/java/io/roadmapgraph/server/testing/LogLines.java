package io.roadmapgraph.server.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** The lines one logger writes while a test runs (logback's list appender); close it to detach. */
public final class LogLines implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogLines(String loggerName) {
        this.logger = (Logger) LoggerFactory.getLogger(loggerName);
        appender.start();
        logger.addAppender(appender);
    }

    /** Starts collecting what {@code source}'s logger writes. */
    public static LogLines of(Class<?> source) {
        return new LogLines(source.getName());
    }

    /** Starts collecting what the logger of this name writes (for a class this package cannot see). */
    public static LogLines of(String loggerName) {
        return new LogLines(loggerName);
    }

    /** The formatted messages so far, with their level: {@code "WARN Neo4j at ... is not reachable"}. */
    public synchronized List<String> lines() {
        synchronized (appender) {
            return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
        }
    }

    /** Waits up to {@code timeout} for a line that matches, and returns it; fails naming the lines seen. */
    public String await(Predicate<String> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : lines()) {
                if (matching.test(line)) {
                    return line;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new AssertionError("no such log line within " + timeout + "; saw: " + lines());
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
