package io.roadmapgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** What {@code java -jar api-server/target/api-server.jar} runs with: the manifest's class path in target/lib. */
class RunnableJarIT {

    static final Path TARGET = Path.of("target");

    @Test
    void theManifestNamesTheMainClassAndOnlyJarsThatAreInLib() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("api-server.jar").toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();

            assertThat(manifest.getValue(Attributes.Name.MAIN_CLASS)).isEqualTo(Application.class.getName());
            assertThat(classPath()).isNotEmpty()
                    .allSatisfy(entry -> assertThat(TARGET.resolve(entry)).as(entry).isRegularFile());
        }
    }

    @Test
    void shipsLogbackAsTheOneSlf4jProviderAndNoNetty41() throws IOException {
        List<String> jars = classPath().stream().map(entry -> entry.substring("lib/".length())).toList();

        assertThat(jars).anyMatch(jar -> jar.startsWith("logback-classic-"))
                .noneMatch(jar -> jar.startsWith("slf4j-simple-"))
                .noneMatch(jar -> jar.startsWith("neo4j-slf4j-provider-"))
                .noneMatch(jar -> jar.startsWith("log4j-slf4j2-impl-"));
        assertThat(jars).filteredOn(jar -> jar.startsWith("netty-") && !jar.startsWith("netty-tcnative"))
                .isNotEmpty()
                .allSatisfy(jar -> assertThat(jar).contains("-4.2."));
    }

    private static List<String> classPath() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("api-server.jar").toFile())) {
            return Arrays.asList(jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH)
                    .trim().split("\\s+"));
        }
    }
}
