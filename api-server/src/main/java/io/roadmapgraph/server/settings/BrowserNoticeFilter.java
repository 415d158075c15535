package io.roadmapgraph.server.settings;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

import java.util.Map;

/**
 * Drops the two {@code WARN} lines that the embedded Neo4j's web server (Jetty 12, serving Neo4j Browser) logs on every
 * start and that ask nothing of whoever runs Roadmap Graph: Neo4j's choice of a bounded queue for its HTTP thread
 * pool, and the Browser's jar, mounted by Neo4j for as long as it runs, reported as "leaked". Only those two messages
 * of those two loggers are dropped (by logger and message pattern); every other event of Jetty passes. Named in the
 * server's {@code logback.xml}.
 */
public final class BrowserNoticeFilter extends TurboFilter {

    /** The message pattern ({@code {}} for each argument) of each notice, by the logger that logs it. */
    private static final Map<String, String> NOTICES = Map.of(
            "org.eclipse.jetty.util.thread.QueuedThreadPool", "Detected thread pool queue {} bounded at {} entries",
            "org.eclipse.jetty.util.resource.ResourceFactory", "Leaked {} for {}");

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (level != Level.WARN || format == null) {
            return FilterReply.NEUTRAL;
        }
        String notice = NOTICES.get(logger.getName());
        return notice != null && format.startsWith(notice) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
