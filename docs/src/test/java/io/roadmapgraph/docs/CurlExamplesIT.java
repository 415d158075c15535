package io.roadmapgraph.docs;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.server.testing.GraphQLResponse;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code curl} call to {@code /graphql} in README.md and the docs (in a code block or inline), sent as written
 * to the real server with the bundled roadmap: it answers 200 with data and no errors, and every field it asked for
 * holds something. The calls with a learner's token are LearnerTokenIT's.
 */
class CurlExamplesIT {

    private static final Path ROOT = MarkdownBlocks.DOCS.getParent();
    private static final Pattern BODY = Pattern.compile("-d '([^']+)'");

    /** One documented call: where it is and its command, joined over its line continuations. */
    record Call(String where, String command) {
    }

    static Stream<Named<Call>> calls() {
        return pages().stream().flatMap(page -> callsIn(page).stream())
                .filter(call -> call.command().contains("/graphql") && !call.command().contains("Authorization"))
                .map(call -> Named.of(call.where(), call));
    }

    @Test
    void readmeAndGettingStartedAndGraphqlMdHaveTheirCallsSentHere() {
        assertThat(calls().map(call -> call.getPayload().where().replaceAll(":\\d+$", "")).distinct())
                .containsExactlyInAnyOrder("README.md", "docs/getting-started.md", "docs/graphql.md");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void theCallAnswersDataForEveryFieldItAsksAndNoError(Call call) {
        Matcher body = BODY.matcher(call.command());
        assertThat(body.find()).as("%s sends a body with -d '...': %s", call.where(), call.command()).isTrue();
        assertThat(call.command()).contains("-H 'Content-Type: application/json'");

        GraphQLResponse answer = DocsServer.shared().post("/graphql", body.group(1), Map.of());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.errorCodes()).as(answer.body()).isEmpty();
        List<String> asked = new ArrayList<>();
        answer.data().fieldNames().forEachRemaining(asked::add);
        assertThat(asked).as(answer.body()).isNotEmpty().allSatisfy(field -> {
            JsonNode value = answer.data().get(field);
            assertThat(value.isNull() || value.isEmpty()).as("%s in %s", field, answer.body()).isFalse();
        });
    }

    private static List<Path> pages() {
        try (Stream<Path> docs = Files.list(MarkdownBlocks.DOCS)) {
            return Stream.concat(Stream.of(ROOT.resolve("README.md")),
                    docs.filter(f -> f.toString().endsWith(".md")).sorted()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each {@code curl} command of the page, up to the end of its line (after {@code \} continuations) or span. */
    private static List<Call> callsIn(Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = ROOT.relativize(page).toString();
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf("curl -s ");
            if (at < 0) {
                continue;
            }
            int first = i;
            StringBuilder command = new StringBuilder(lines.get(i).substring(at));
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                command.setLength(command.length() - 1);
                command.append(lines.get(++i).strip());
            }
            String text = command.toString();
            int span = text.indexOf('`');
            calls.add(new Call(name + ":" + (first + 1), span < 0 ? text : text.substring(0, span)));
        }
        return calls;
    }
}
