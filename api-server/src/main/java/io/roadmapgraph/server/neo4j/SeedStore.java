package io.roadmapgraph.server.neo4j;

import io.roadmapgraph.model.RoadmapReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed store: the files of an embedded Neo4j into which the build loaded the bundled AI Engineer roadmap with
 * our {@code RoadmapLoader} (schema included, then shut down cleanly), packaged in the server's jar as
 * {@value #RESOURCE} by {@code SeedStoreBuilder} (a build-time tool in the test sources). A server with the default bootstrap whose embedded data directory is
 * empty unpacks it before Neo4j starts, instead of creating the schema and loading the roadmap at start-up.
 *
 * <p>A data directory with anything in it is never touched. The seed is used only when it was built from the very
 * roadmap file that is on the classpath now (its SHA-256 is in the seed's {@value #MANIFEST}).
 */
public final class SeedStore {

    /** Where the build puts the seed on the classpath. */
    static final String RESOURCE = "seed/neo4j-seed.zip";
    /** The seed's first entry: {@code roadmap}, {@code roadmap-sha256}. */
    static final String MANIFEST = "seed.properties";
    /** The only directory of the seed: Neo4j's {@code data/} (databases and transaction logs). */
    static final String DATA = "data";
    /** Unpacking happens here, inside the data directory, then {@code data/} is moved into place in one rename. */
    static final String UNPACKING = ".seed-unpacking";

    private static final Logger LOG = LoggerFactory.getLogger(SeedStore.class);

    /** What {@link #unpackInto(Path)} did. */
    enum Outcome {
        UNPACKED("unpacked the seed store (the bundled roadmap, loaded at build time)"),
        NOT_EMPTY("the data directory has files: not touched"),
        NO_SEED("no seed store in the jar: the roadmap is loaded at start-up"),
        OTHER_ROADMAP("the seed store was built from another version of the bundled roadmap: not used");

        private final String description;

        Outcome(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    private final Optional<URL> seed;
    private final String roadmapSha256;

    /**
     * @param seed          the seed's zip, if there is one
     * @param roadmapSha256 SHA-256 (hex) of the bundled roadmap file as it is on the classpath now
     */
    SeedStore(Optional<URL> seed, String roadmapSha256) {
        this.seed = Objects.requireNonNull(seed, "seed");
        this.roadmapSha256 = Objects.requireNonNull(roadmapSha256, "roadmapSha256");
    }

    /** The seed in this server's jar, checked against the bundled roadmap on the classpath. */
    static SeedStore bundled() {
        ClassLoader loader = SeedStore.class.getClassLoader();
        return new SeedStore(Optional.ofNullable(loader.getResource(RESOURCE)),
                sha256(resourceBytes(loader, RoadmapReader.AI_ENGINEER_RESOURCE)));
    }

    /**
     * Unpacks the seed into {@code home} (the embedded Neo4j's home) when {@code home} is missing or empty. A
     * {@value #UNPACKING} left by an interrupted unpack counts as empty and is replaced.
     */
    Outcome unpackInto(Path home) {
        if (!isEmpty(home)) {
            return Outcome.NOT_EMPTY;
        }
        if (seed.isEmpty()) {
            return Outcome.NO_SEED;
        }
        long started = System.nanoTime();
        Path staging = home.resolve(UNPACKING);
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            try (ZipInputStream zip = new ZipInputStream(seed.get().openStream())) {
                ZipEntry first = zip.getNextEntry();
                if (first == null || !first.getName().equals(MANIFEST)) {
                    throw new IllegalStateException(seed.get() + " does not start with " + MANIFEST);
                }
                Properties manifest = new Properties();
                manifest.load(zip);
                if (!roadmapSha256.equals(manifest.getProperty("roadmap-sha256"))) {
                    deleteTree(staging);
                    return Outcome.OTHER_ROADMAP;
                }
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging.resolve(DATA))) {
                        throw new IllegalStateException(seed.get() + " has an entry outside " + DATA + "/: "
                                + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target);
                    }
                }
            }
            Files.move(staging.resolve(DATA), home.resolve(DATA), StandardCopyOption.ATOMIC_MOVE);
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the seed store into " + home + ": " + e.getMessage()
                    + " (remove " + home + " and start again, or set roadmap.bootstrap.seed=false)", e);
        }
        LOG.info("seed store unpacked into {} in {} ms", home, (System.nanoTime() - started) / 1_000_000);
        return Outcome.UNPACKED;
    }

    /** Missing, or a directory holding nothing but an interrupted unpack. */
    static boolean isEmpty(Path home) {
        if (!Files.exists(home)) {
            return true;
        }
        if (!Files.isDirectory(home)) {
            return false;
        }
        try (Stream<Path> children = Files.list(home)) {
            return children.allMatch(child -> child.getFileName().toString().equals(UNPACKING));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the data directory " + home, e);
        }
    }

    public static byte[] resourceBytes(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("'" + resource + "' is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read '" + resource + "' from the classpath", e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
