package io.roadmapgraph.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes a directory a stopped server wrote into, waiting for late writers to settle: a file that appears or goes
 * while the tree is removed (a log line, a checkpoint of a database that is still closing) makes the removal start
 * again, up to a time limit, instead of failing the test that owned the directory. Files that are still there when
 * the time is up are named in the error.
 */
public final class SettledDirectory {

    private static final Duration PAUSE = Duration.ofMillis(200);

    private SettledDirectory() {
    }

    /** Removes {@code directory} and everything in it (nothing when it is missing), trying again until {@code patience} has passed. */
    public static void delete(Path directory, Duration patience) {
        long giveUp = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                deleteOnce(directory);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > giveUp) {
                    throw new UncheckedIOException("could not remove " + directory + " within " + patience
                            + "; still there: " + remaining(directory), e);
                }
                pause();
            }
        }
    }

    private static void deleteOnce(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> paths = Files.walk(directory)) {
            deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path path : deepestFirst) {
            try {
                Files.delete(path);
            } catch (NoSuchFileException gone) {
                // removed by its writer meanwhile: what this wants anyway
            }
        }
    }

    private static List<Path> remaining(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(directory);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to remove a directory", e);
        }
    }
}
