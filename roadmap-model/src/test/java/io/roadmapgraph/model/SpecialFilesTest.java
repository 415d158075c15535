package io.roadmapgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths that are not roadmap files: refused at once with the path named, never read until memory or time runs out. */
class SpecialFilesTest {

    /** A hang would never end; refusing takes milliseconds. */
    private static final Duration QUICKLY = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private static List<Problem> validate(Path file) {
        return assertTimeoutPreemptively(QUICKLY, () -> RoadmapReader.validate(file));
    }

    @Test
    void refusesALinkToDevZeroInsteadOfReadingItUntilMemoryRunsOut() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        Path link = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));

        assertThat(validate(link)).singleElement().extracting(Problem::message).isEqualTo(link + " is not a regular"
                + " file (a link to a device, a pipe or another special file); give the path of a roadmap file"
                + " (.yaml, .yml or .json)");
    }

    @Test
    void refusesANamedPipeInsteadOfWaitingForAWriterForever() throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");

        assertThat(validate(fifo)).singleElement().extracting(Problem::file, Problem::message).containsExactly(
                fifo.toString(), fifo + " is not a regular file (a device, a pipe or another special file); give the"
                        + " path of a roadmap file (.yaml, .yml or .json)");
    }

    @Test
    void refusesADirectory() {
        assertThat(validate(dir)).singleElement().extracting(Problem::message).isEqualTo(dir + " is not a regular"
                + " file (a directory); give the path of a roadmap file (.yaml, .yml or .json)");
    }

    @Test
    void refusesAFileOverTheSizeLimitWithoutReadingAllOfIt() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (var out = Files.newOutputStream(big)) {
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 21; i++) {
                out.write(block);
            }
        }

        assertThat(validate(big)).singleElement().extracting(Problem::message).isEqualTo("the file has more than"
                + " 20000000 bytes, far more than any roadmap needs (the limit is 5000000 characters); split it or"
                + " remove what does not belong");
    }
}
