package io.roadmapgraph.server.neo4j;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.loader.LoadSummary;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.server.bootstrap.BundledRoadmap;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link SeedStore} at build time ({@code mvn package} runs it in {@code prepare-package}): starts an
 * embedded Neo4j in a work directory, loads the bundled roadmap with the real {@link RoadmapLoader} (schema first),
 * shuts Neo4j down cleanly and zips its {@code data/} directory, without the per-install {@code server_id} and the
 * lock files.
 *
 * <pre>java -cp ... io.roadmapgraph.server.neo4j.SeedStoreBuilder WORK_DIR OUTPUT_ZIP</pre>
 */
public final class SeedStoreBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(SeedStoreBuilder.class);
    /** Per install or per process: Neo4j makes them anew. */
    private static final Set<String> LEFT_OUT = Set.of("server_id", "store_lock", "database_lock", "write.lock");

    private SeedStoreBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SeedStoreBuilder WORK_DIR OUTPUT_ZIP");
        }
        build(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath());
    }

    /** Builds the seed in {@code work} (emptied first) and writes it to {@code output}. */
    static void build(Path work, Path output) throws IOException {
        long started = System.nanoTime();
        ClassLoader loader = SeedStoreBuilder.class.getClassLoader();
        byte[] file = SeedStore.resourceBytes(loader, RoadmapReader.AI_ENGINEER_RESOURCE);
        Roadmap roadmap = RoadmapReader.aiEngineer();
        SeedStore.deleteTree(work);
        LoadSummary summary;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(work, 0));
             Driver driver = neo4j.openDriver()) {
            summary = new RoadmapLoader(driver).load(roadmap);
            // a server starting from the seed knows its bundled roadmap came from this build's file
            BundledRoadmap.stamp(driver, QueryConfig.defaultConfig());
        }
        Files.createDirectories(output.getParent());
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            zip.putNextEntry(new ZipEntry(SeedStore.MANIFEST));
            zip.write(("# built by " + SeedStoreBuilder.class.getName() + " from " + RoadmapReader.AI_ENGINEER_RESOURCE
                    + "\nroadmap=" + roadmap.id() + "\nroadmap-sha256=" + SeedStore.sha256(file)
                    + "\nnodes=" + summary.nodeTotal().created() + "\nrelationships="
                    + summary.relationshipTotal().created() + "\n").getBytes(StandardCharsets.ISO_8859_1));
            zip.closeEntry();
            for (Path path : dataFiles(work)) {
                zip.putNextEntry(new ZipEntry(work.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, (OutputStream) zip);
                zip.closeEntry();
            }
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        SeedStore.deleteTree(work);
        LOG.info("seed store {} ({} KiB): roadmap {} with {} nodes and {} relationships, built in {} ms", output,
                Files.size(output) / 1024, roadmap.id(), summary.nodeTotal().created(),
                summary.relationshipTotal().created(), (System.nanoTime() - started) / 1_000_000);
    }

    private static List<Path> dataFiles(Path work) throws IOException {
        try (Stream<Path> paths = Files.walk(work.resolve(SeedStore.DATA))) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !LEFT_OUT.contains(path.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }
}
