package io.roadmapgraph.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Maven commands of README.md and the docs that run named tests ({@code mvn -pl MODULE ... -Dtest=A
 * -Dit.test='B,C'}, in a block or inline): every named test is a test class of that module, so a renamed or removed
 * test never leaves a command that runs nothing.
 */
class MavenCommandsTest {

    private static final Path ROOT = MarkdownBlocks.DOCS.getParent();
    private static final Pattern COMMAND = Pattern.compile("mvn (?:[^`\\n\\\\]|\\\\\\n)*");
    private static final Pattern MODULE = Pattern.compile("-pl (\\S+)");
    private static final Pattern TESTS = Pattern.compile("-D(?:it\\.)?test='?([A-Za-z0-9_,]+)'?");

    @Test
    void everyTestADocumentedCommandNamesIsATestOfItsModule() throws IOException {
        List<String> named = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            Matcher command = COMMAND.matcher(Files.readString(page));
            while (command.find()) {
                Matcher module = MODULE.matcher(command.group());
                if (!module.find()) {
                    continue;
                }
                Matcher tests = TESTS.matcher(command.group());
                while (tests.find()) {
                    for (String test : tests.group(1).split(",")) {
                        if (!test.equals("none")) {
                            named.add(test);
                            if (Stream.of(module.group(1).split(",")).noneMatch(m -> isTestOf(m, test))) {
                                missing.add(ROOT.relativize(page) + ": " + test + " in " + module.group(1));
                            }
                        }
                    }
                }
            }
        }
        assertThat(named).as("tests named by the docs' commands").hasSizeGreaterThan(10);
        assertThat(missing).as("named tests that are not in the command's module").isEmpty();
    }

    private static boolean isTestOf(String module, String test) {
        try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/test/java"))) {
            return files.anyMatch(file -> file.getFileName().toString().equals(test + ".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> docs = Files.list(MarkdownBlocks.DOCS)) {
            return Stream.concat(Stream.of(ROOT.resolve("README.md")),
                    docs.filter(f -> f.toString().endsWith(".md")).sorted()).toList();
        }
    }
}
