package io.roadmapgraph.server.schema;

import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The GraphQL SDL exactly as written in {@code classpath:schema.graphqls}. */
@Singleton
public final class SchemaFile {

    public static final String LOCATION = "classpath:schema.graphqls";

    private final String sdl;

    SchemaFile(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream(LOCATION)
                .orElseThrow(() -> new IllegalStateException(
                        "GraphQL schema " + LOCATION + " is missing from the classpath; rebuild api-server"))) {
            this.sdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read GraphQL schema " + LOCATION, e);
        }
    }

    public String sdl() {
        return sdl;
    }
}
