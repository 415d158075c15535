package io.roadmapgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.Version;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/** Guards the fixes for the classpath conflicts between embedded Neo4j and Micronaut (shared/TECH-NOTES.md). */
class ClasspathTest {

    @Test
    void everyNettyArtifactIs4Point2() {
        // a 4.1/4.2 mix makes the driver's verifyConnectivity() hang without an error
        assertThat(Version.identify().values())
                .isNotEmpty()
                .allSatisfy(version -> assertThat(version.artifactVersion())
                        .as(version.artifactId()).startsWith("4.2."));
    }

    @Test
    void thereIsOneSlf4jProvider() {
        assertThat(ServiceLoader.load(SLF4JServiceProvider.class))
                .extracting(provider -> provider.getClass().getName())
                .containsExactly("ch.qos.logback.classic.spi.LogbackServiceProvider");
    }

    @Test
    void neo4jsHttpServerGetsTheApisItWasBuiltFor() throws ClassNotFoundException {
        // JAX-RS 2.1 (javax.ws.rs), not 3.x (jakarta.ws.rs), and the javax bean validation API
        assertThat(Class.forName("javax.ws.rs.core.Application")).isNotNull();
        assertThat(Class.forName("javax.validation.Validator")).isNotNull();
        assertThat(Class.forName("org.eclipse.jetty.server.Server").getPackage().getImplementationVersion())
                .startsWith("12.1.11");
    }
}
