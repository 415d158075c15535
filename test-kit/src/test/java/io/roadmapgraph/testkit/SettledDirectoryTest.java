package io.roadmapgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory a stopped server wrote into is removed even while late files still appear in it. */
class SettledDirectoryTest {

    @Test
    void aTreeIsRemovedWithEverythingInIt(@TempDir Path temp) throws IOException {
        Path home = temp.resolve("home");
        Files.createDirectories(home.resolve("data/databases"));
        Files.writeString(home.resolve("data/databases/store"), "x");
        Files.writeString(home.resolve("debug.log"), "x");

        SettledDirectory.delete(home, Duration.ofSeconds(5));

        assertThat(home).doesNotExist();
    }

    @Test
    void aMissingDirectoryIsAlreadyRemoved(@TempDir Path temp) {
        SettledDirectory.delete(temp.resolve("never-made"), Duration.ofSeconds(1));

        assertThat(temp.resolve("never-made")).doesNotExist();
    }

    @Test
    void filesWrittenWhileTheTreeIsRemovedDoNotStopTheRemoval(@TempDir Path temp) throws Exception {
        Path logs = Files.createDirectories(temp.resolve("home/logs"));
        Thread writer = writer(logs);
        writer.start();

        SettledDirectory.delete(temp.resolve("home"), Duration.ofSeconds(20));
        writer.join();

        assertThat(temp.resolve("home")).doesNotExist();
    }

    /** Makes up to 2,000 files in {@code directory} as fast as it can, fewer when the directory goes first. */
    private static Thread writer(Path directory) {
        return new Thread(() -> {
            try {
                for (int i = 0; i < 2_000; i++) {
                    Files.writeString(directory.resolve("line-" + i), "x");
                }
            } catch (IOException gone) {
                // the directory was removed: the writer is done
            }
        }, "late-writer");
    }
}
