package io.roadmapgraph.server;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the Roadmap Graph API server: {@code java -jar api-server/target/api-server.jar}. */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        new Micronaut() {
            /** One line saying what is wrong and what to do; the injection trace only at debug level. */
            @Override
            protected void handleStartupException(Environment environment, Throwable exception) {
                System.err.println("Roadmap Graph did not start: " + StartupFailure.describe(exception, property ->
                        environment == null ? null : environment.getProperty(property, String.class).orElse(null)));
                LOG.debug("start-up failed", exception);
                System.exit(1);
            }
        }.args(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }
}
