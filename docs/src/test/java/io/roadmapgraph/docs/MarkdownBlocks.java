package io.roadmapgraph.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The fenced code blocks of the Markdown files in {@code docs/}: each with its language, file and line. */
final class MarkdownBlocks {

    /** The module's directory: failsafe runs the tests there. */
    static final Path DOCS = Path.of("").toAbsolutePath();

    /**
     * One fenced block.
     *
     * @param file     the Markdown file, relative to {@code docs/}
     * @param line     the 1-based line of its opening fence
     * @param language the word after the opening fence ("" when none)
     * @param code     the lines between the fences
     */
    record Block(String file, int line, String language, String code) {
        Block {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(code, "code");
        }

        String where() {
            return file + ":" + line;
        }
    }

    private MarkdownBlocks() {
    }

    /** Every block of {@code language} in every Markdown file under {@code docs/} (not {@code target/}). */
    static List<Block> all(String language) {
        try (Stream<Path> files = Files.walk(DOCS)) {
            return files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f -> !DOCS.relativize(f).startsWith("target"))
                    .sorted()
                    .flatMap(f -> of(f).stream())
                    .filter(b -> b.language().equals(language))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + DOCS, e);
        }
    }

    /** Every fenced block of one file, in order. */
    static List<Block> of(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String name = DOCS.relativize(file.toAbsolutePath()).toString();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String open = lines.get(i).strip();
            if (!open.startsWith("```")) {
                continue;
            }
            int start = i;
            StringBuilder code = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                code.append(lines.get(i)).append('\n');
            }
            if (i == lines.size()) {
                throw new IllegalStateException(name + ":" + (start + 1) + ": a code block is never closed");
            }
            blocks.add(new Block(name, start + 1, open.substring(3).strip(), code.toString()));
        }
        return blocks;
    }
}
