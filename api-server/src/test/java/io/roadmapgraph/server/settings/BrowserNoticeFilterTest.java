package io.roadmapgraph.server.settings;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's own {@code logback.xml} (not the tests' {@code logback-test.xml}) keeps Jetty's two start-up notices
 * out of the log and everything else in it. No server: the configuration is read into a logger context of its own.
 */
class BrowserNoticeFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void readTheServersLogbackConfiguration() throws Exception {
        URL serverLogback = BrowserNoticeFilter.class.getResource("/logback.xml");
        assertThat(serverLogback).as("the server's logback.xml").isNotNull();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(serverLogback);
        logged.setContext(context);
        logged.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(logged);
    }

    @Test
    void theBrowsersTwoStartUpNoticesAreNotLogged() {
        context.getLogger("org.eclipse.jetty.util.thread.QueuedThreadPool").warn("Detected thread pool queue {} bounded"
                + " at {} entries, which can lead to unexpected behavior. Use an unbounded queue instead.",
                "org.eclipse.jetty.util.BlockingArrayQueue", 480_000);
        context.getLogger("org.eclipse.jetty.util.resource.ResourceFactory").warn("Leaked {} for {}",
                "/opt/lib/neo4j-browser-5.24.0.jar", "jar:file:///opt/lib/neo4j-browser-5.24.0.jar!/browser");

        assertThat(logged.list).isEmpty();
    }

    @Test
    void everyOtherWarningOfTheSameLoggersAndTheServersOwnLinesAreLogged() {
        context.getLogger("org.eclipse.jetty.util.thread.QueuedThreadPool").warn("Job failed",
                new IllegalStateException("boom"));
        context.getLogger("org.eclipse.jetty.util.resource.ResourceFactory").error("Leaked {} for {}", "a", "b");
        context.getLogger("io.roadmapgraph.server.StartupBanner").info("Roadmap Graph is ready");

        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Job failed", "Leaked a for b", "Roadmap Graph is ready");
    }
}
