package io.roadmapgraph.server;

import io.micronaut.runtime.Micronaut;

/** Starts the Roadmap Graph API server: {@code java -jar api-server/target/api-server.jar}. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }
}
