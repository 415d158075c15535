package io.roadmapgraph.server.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedStoreTest {

    private static final String ROADMAP_SHA = "ab12";

    @TempDir
    Path temp;

    @Test
    void unpacksTheSeedIntoADataDirectoryThatDoesNotExistYet() throws IOException {
        Path home = temp.resolve("neo4j");

        SeedStore.Outcome outcome = store(seed(ROADMAP_SHA, Map.of("data/databases/neo4j/neostore", "store"))).unpackInto(home);

        assertThat(outcome).isEqualTo(SeedStore.Outcome.UNPACKED);
        assertThat(home.resolve("data/databases/neo4j/neostore")).hasContent("store");
        assertThat(files(home)).containsExactly("data/databases/neo4j/neostore");
    }

    @Test
    void unpacksTheSeedIntoAnEmptyDataDirectory() throws IOException {
        Path home = Files.createDirectories(temp.resolve("neo4j"));

        assertThat(store(seed(ROADMAP_SHA, Map.of("data/a", "1"))).unpackInto(home))
                .isEqualTo(SeedStore.Outcome.UNPACKED);
        assertThat(home.resolve("data/a")).hasContent("1");
    }

    @Test
    void neverTouchesADataDirectoryThatHasAnything() throws IOException {
        Path home = Files.createDirectories(temp.resolve("neo4j"));
        Files.writeString(home.resolve("notes.txt"), "mine");

        SeedStore.Outcome outcome = store(seed(ROADMAP_SHA, Map.of("data/a", "1"))).unpackInto(home);

        assertThat(outcome).isEqualTo(SeedStore.Outcome.NOT_EMPTY);
        assertThat(files(home)).containsExactly("notes.txt");
        assertThat(home.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void isNotUsedWhenItWasBuiltFromAnotherVersionOfTheBundledRoadmap() throws IOException {
        Path home = temp.resolve("neo4j");

        SeedStore.Outcome outcome = store(seed("another-sha", Map.of("data/a", "1"))).unpackInto(home);

        assertThat(outcome).isEqualTo(SeedStore.Outcome.OTHER_ROADMAP);
        assertThat(files(home)).isEmpty();
    }

    @Test
    void withoutASeedInTheJarLeavesTheDataDirectoryToTheLoader() {
        Path home = temp.resolve("neo4j");

        assertThat(new SeedStore(Optional.empty(), ROADMAP_SHA).unpackInto(home)).isEqualTo(SeedStore.Outcome.NO_SEED);
        assertThat(home).doesNotExist();
    }

    @Test
    void replacesWhatAnInterruptedUnpackLeft() throws IOException {
        Path home = temp.resolve("neo4j");
        Path leftOver = Files.createDirectories(home.resolve(SeedStore.UNPACKING).resolve("data/databases"));
        Files.writeString(leftOver.resolve("half-written"), "x");

        SeedStore.Outcome outcome = store(seed(ROADMAP_SHA, Map.of("data/a", "1"))).unpackInto(home);

        assertThat(outcome).isEqualTo(SeedStore.Outcome.UNPACKED);
        assertThat(files(home)).containsExactly("data/a");
    }

    @Test
    void refusesAnEntryOutsideDataAndNamesIt() throws IOException {
        Path home = temp.resolve("neo4j");
        SeedStore store = store(seed(ROADMAP_SHA, Map.of("data/../../escape", "x")));

        assertThatThrownBy(() -> store.unpackInto(home))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has an entry outside data/: data/../../escape");
        assertThat(temp.resolve("escape")).doesNotExist();
    }

    @Test
    void theBundledSeedIsCheckedAgainstTheSha256OfTheRoadmapFileOnTheClasspath() {
        byte[] file = SeedStore.resourceBytes(getClass().getClassLoader(), "roadmaps/ai-engineer.yaml");

        assertThat(SeedStore.sha256(file)).hasSize(64).isEqualTo(SeedStore.sha256(file.clone()));
        assertThat(SeedStore.sha256("a".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
    }

    private SeedStore store(Path zip) throws IOException {
        URL url = zip.toUri().toURL();
        return new SeedStore(Optional.of(url), ROADMAP_SHA);
    }

    private Path seed(String roadmapSha, Map<String, String> entries) throws IOException {
        Path zip = temp.resolve("seed-" + System.nanoTime() + ".zip");
        Map<String, String> all = new LinkedHashMap<>();
        all.put(SeedStore.MANIFEST, "roadmap=ai-engineer\nroadmap-sha256=" + roadmapSha + "\n");
        all.putAll(entries);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> entry : all.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                ((OutputStream) out).write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    private static List<String> files(Path home) throws IOException {
        if (!Files.exists(home)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(home)) {
            return paths.filter(Files::isRegularFile).map(path -> home.relativize(path).toString()).sorted().toList();
        }
    }
}
