package io.roadmapgraph.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.roadmapgraph.server.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/operations.md's "Metrics": the Prometheus scrape configuration points at what the server serves (its
 * {@code metrics_path}, the server's default port, the bearer token Prometheus sends from {@code credentials_file}),
 * the answer is Prometheus' text format, and every metric and label of the page's table is in a real scrape.
 */
class PrometheusExampleIT {

    private static final Path OPERATIONS = MarkdownBlocks.DOCS.resolve("operations.md");
    private static final String TOKEN = "a-token-for-the-scrape-example";
    /** One sample line of the text format: a name, labels in braces, a value. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? \\S+$");
    /** A row of the table of metrics: its first cell (the names) and its labels cell. */
    private static final Pattern ROW = Pattern.compile("^\\| (`[a-z0-9_*]+`.*?) \\|[^|]+\\|([^|]*)\\|.*\\|$");

    private static TestServer api;
    private static JsonNode job;

    @BeforeAll
    static void startAServerWithMetricsAndItsToken() throws IOException {
        MarkdownBlocks.Block scrapeConfig = MarkdownBlocks.of(OPERATIONS).stream()
                .filter(block -> block.code().contains("scrape_configs:")).findFirst().orElseThrow();
        job = new YAMLMapper().readTree(scrapeConfig.code()).at("/scrape_configs/0");
        DocsServer.shared();   // the shared Neo4j holds the AI Engineer roadmap
        api = DocsServer.start(Map.of("roadmap.metrics.enabled", true, "roadmap.metrics.token", TOKEN));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void theScrapeConfigurationNamesTheServersDefaultPortAndATokenFile() throws IOException {
        URI target = URI.create("http://" + job.at("/static_configs/0/targets/0").asText());

        assertThat(target.getPort()).isEqualTo(DocsServer.defaultPort());
        assertThat(job.at("/authorization/credentials_file").asText()).as("Prometheus sends the file's token as "
                + "'Authorization: Bearer', its default type").isNotEmpty();
        assertThat(job.at("/authorization/type").isMissingNode()).isTrue();
    }

    @Test
    void aScrapeOfTheDocumentedPathWithTheTokenIsPrometheusTextWithEveryDocumentedMetricAndLabel() throws IOException {
        api.query("query Topic { topic(id: \"rag\") { id } }", Map.of()).assertNoErrors();
        api.query("{ topic(id: \"rag\") { noSuchField } }", Map.of());   // an error, for graphql_errors_total
        System.gc();   // a collection, for jvm_gc_pause_seconds
        List<Row> rows = documentedRows();
        String path = job.at("/metrics_path").asText();

        GraphQLResponse scrape = eventually(() -> api.get(path, Map.of("Authorization", "Bearer " + TOKEN)),
                answer -> answer.status() == 200 && rows.stream().allMatch(row -> row.isIn(samples(answer.body()))),
                Duration.ofSeconds(10));

        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain").contains("version=0.0.4"));
        assertThat(scrape.body().lines().filter(line -> !line.isEmpty() && !line.startsWith("# ")))
                .as("every line a comment or a sample").allMatch(line -> SAMPLE.matcher(line).matches());
        List<String> samples = samples(scrape.body());
        assertThat(rows).as("the rows of the table").hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(row -> assertThat(row.isIn(samples)).as("%s in the scrape", row).isTrue());
        assertThat(api.get(path, Map.of()).status()).as("without the token").isEqualTo(401);
    }

    /**
     * A row of the table: its metric names (a name with suffixes after it in parentheses, {@code
     * `graphql_request_seconds` (`_bucket`, `_count`)}, stands for the suffixed names; {@code executor_*} for any
     * name it starts) and its labels (the names in backticks outside parentheses).
     */
    record Row(List<String> names, List<String> labels) {

        /** Whether each name has a sample, and each label is on a sample of one of the names. */
        boolean isIn(List<String> samples) {
            List<String> ours = samples.stream().filter(sample -> names.stream().anyMatch(name -> isOf(sample, name)))
                    .toList();
            return names.stream().allMatch(name -> ours.stream().anyMatch(sample -> isOf(sample, name)))
                    && labels.stream().allMatch(label -> ours.stream().anyMatch(sample ->
                    sample.contains("{" + label + "=") || sample.contains("," + label + "=")));
        }

        /** Whether a sample is of the metric: its name, or a timer's or histogram's parts of it. */
        private static boolean isOf(String sample, String name) {
            Matcher parsed = SAMPLE.matcher(sample);
            if (!parsed.matches()) {
                return false;
            }
            String sampleName = parsed.group(1);
            return name.endsWith("*") ? sampleName.startsWith(name.substring(0, name.length() - 1))
                    : sampleName.equals(name) || List.of("_count", "_sum", "_max", "_bucket").stream()
                    .anyMatch(part -> sampleName.equals(name + part));
        }
    }

    private static List<Row> documentedRows() throws IOException {
        String page = Files.readString(OPERATIONS);
        String table = page.substring(page.indexOf("| metric | type | labels | what it counts |"));
        List<Row> rows = new ArrayList<>();
        for (String line : table.lines().skip(2).takeWhile(line -> line.startsWith("|")).toList()) {
            Matcher row = ROW.matcher(line);
            assertThat(row.matches()).as("a row of the metrics table: %s", line).isTrue();
            List<String> names = new ArrayList<>();
            String base = null;
            for (String name : ticked(row.group(1))) {
                if (name.startsWith("_")) {
                    names.remove(base);
                    names.add(base + name);
                } else {
                    base = name;
                    names.add(name);
                }
            }
            rows.add(new Row(names, ticked(outsideParentheses(row.group(2))).stream()
                    .filter(label -> !label.equals("...")).toList()));
        }
        return rows;
    }

    /** The names in backticks: "`a` (`_b`), `c`" gives a, _b, c. */
    private static List<String> ticked(String cell) {
        return Pattern.compile("`([^`]+)`").matcher(cell).results().map(m -> m.group(1)).toList();
    }

    /** The text without what parentheses hold (nested ones too): "`code` (the `x` of [y](z))" gives "`code` ". */
    private static String outsideParentheses(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> samples(String body) {
        return body.lines().filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
