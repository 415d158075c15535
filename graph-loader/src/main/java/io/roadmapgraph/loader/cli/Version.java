package io.roadmapgraph.loader.cli;

import org.neo4j.driver.Driver;
import picocli.CommandLine;

/** The version from the jar's manifest, with the driver's. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "graph-loader " + implementationVersion(GraphLoaderCli.class),
            "Neo4j Java driver " + implementationVersion(Driver.class),
            "Java " + System.getProperty("java.version")
        };
    }

    private static String implementationVersion(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
