package io.roadmapgraph.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.roadmapgraph.server.connections.ConnectionSettings;
import io.roadmapgraph.server.graphql.execution.CostSettings;
import io.roadmapgraph.server.graphql.execution.GraphQLSettings;
import io.roadmapgraph.server.graphql.http.RequestBodySettings;
import io.roadmapgraph.server.graphql.execution.LimitsSettings;
import io.roadmapgraph.server.graphql.progress.ProgressSettings;
import io.roadmapgraph.server.graphql.wiring.QuerySettings;
import io.roadmapgraph.server.browser.BrowserSettings;
import io.roadmapgraph.server.neo4j.BreakerSettings;
import io.roadmapgraph.server.neo4j.EmbeddedSettings;
import io.roadmapgraph.server.neo4j.Neo4jSettings;
import io.roadmapgraph.server.settings.BootstrapSettings;
import io.roadmapgraph.server.settings.HealthSettings;
import io.roadmapgraph.server.settings.LogSettings;
import io.roadmapgraph.server.settings.MetricsSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Locale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/operations.md lists every setting the server reads: each property of application.yml that takes an
 * environment variable (with that variable), and each property a bean reads with {@code @Value} or
 * {@code @Requires(property = ...)}.
 */
class OperationsTableTest {

    static final Path SERVER = MarkdownBlocks.DOCS.resolveSibling("api-server").resolve("src/main");
    static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Z0-9_]+):");
    static final Pattern READ_BY_BEAN =
            Pattern.compile("(?:@Value\\(\"\\$\\{|@Requires\\(property = \")([a-z0-9.-]+)");

    @Test
    void everyPropertyWithAnEnvironmentVariableIsInTheTable() throws IOException {
        Map<String, String> settings = new TreeMap<>();
        flatten("", new ObjectMapper(new YAMLFactory()).readTree(SERVER.resolve("resources/application.yml").toFile()),
                settings);
        assertThat(settings).as("application.yml properties set from environment variables").isNotEmpty();
        String doc = Files.readString(MarkdownBlocks.DOCS.resolve("operations.md"));

        settings.forEach((property, env) -> assertThat(doc)
                .as("operations.md has a row for %s / %s", property, env)
                .containsPattern("\\| `" + Pattern.quote(property) + "` \\| `" + env + "` \\|"));
    }

    @Test
    void everyPropertyABeanReadsIsInTheTable() throws IOException {
        String doc = Files.readString(MarkdownBlocks.DOCS.resolve("operations.md"));
        try (Stream<Path> sources = Files.walk(SERVER.resolve("java"))) {
            sources.filter(f -> f.toString().endsWith(".java")).forEach(source -> {
                Matcher m = READ_BY_BEAN.matcher(read(source));
                while (m.find()) {
                    assertThat(doc).as("%s reads %s: operations.md must list it", source.getFileName(), m.group(1))
                            .contains("| `" + m.group(1) + "` |");
                }
            });
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {LimitsSettings.class, QuerySettings.class, GraphQLSettings.class, HealthSettings.class,
            Neo4jSettings.class, EmbeddedSettings.class, BootstrapSettings.class, BrowserSettings.class,
            MetricsSettings.class, LogSettings.class,
            CostSettings.class, RequestBodySettings.class, BreakerSettings.class, ConnectionSettings.class,
            ProgressSettings.class})
    void everyTypedSettingIsInTheTableWithTheDefaultItsClassDeclares(Class<?> settings) throws Exception {
        String doc = Files.readString(MarkdownBlocks.DOCS.resolve("operations.md"));
        String prefix = settings.getAnnotation(ConfigurationProperties.class).value();
        int defaults = 0;
        for (Field field : settings.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().startsWith("DEFAULT_")) {
                String property = prefix + "." + field.getName().substring("DEFAULT_".length())
                        .toLowerCase(Locale.ROOT).replace('_', '-');
                String env = property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
                assertThat(doc).as("operations.md's row for %s", property).containsPattern("\\| `"
                        + Pattern.quote(property) + "` \\| `" + env + "` \\| `"
                        + Pattern.quote(format(field.get(null))) + "` \\|");
                defaults++;
            }
        }
        assertThat(defaults).as("DEFAULT_* constants of %s", settings.getSimpleName()).isPositive();
    }

    /** A default as the table writes it: 5s, 500ms, 15, true. */
    private static String format(Object value) {
        if (value instanceof Duration d) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
        }
        return String.valueOf(value);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> settings) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(),
                    f.getValue(), settings));
        } else if (node.isTextual()) {
            Matcher m = PLACEHOLDER.matcher(node.asText());
            if (m.find()) {
                settings.put(prefix, m.group(1));
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
