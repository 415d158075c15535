package io.roadmapgraph.loader.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Writes a command's output file whole or not at all: a temporary file beside it, then a move. */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * Why {@code target} cannot be written, in words for the user (a directory that is not there or not writable, a
     * directory in its place); empty when it can be tried. Checked before anything is written, so that a command with
     * two output files writes neither when one of them cannot be.
     */
    static Optional<String> whyNotWritable(Path target) {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            return Optional.of("it is a directory");
        }
        if (directory == null || !Files.isDirectory(directory)) {
            return Optional.of("the directory " + directory + " does not exist");
        }
        if (!Files.isWritable(directory)) {
            return Optional.of("the directory " + directory + " is not writable");
        }
        return Optional.empty();
    }

    static void write(Path target, String content) throws IOException {
        Optional<String> why = whyNotWritable(target);
        if (why.isPresent()) {
            throw new IOException(why.get());
        }
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, content);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
