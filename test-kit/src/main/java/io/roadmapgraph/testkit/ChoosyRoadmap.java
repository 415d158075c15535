package io.roadmapgraph.testkit;

import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The small roadmap of issue 16's tests ({@code choosy.yaml}), one copy for the query library's and the server's:
 * rag (25 h) requires statistics and any of python (40 h) or two of javascript (20 h), typing (30 h), statistics
 * (10 h); phase 2's electives {@code specialisation} take one of vision (8 h) and audio (6 h); the tools chroma and
 * faiss are the alternative {@code vector-database}.
 */
public final class ChoosyRoadmap {

    /** The file's name, as problems and loads report it. */
    public static final String FILE_NAME = "choosy.yaml";

    private ChoosyRoadmap() {
    }

    /** The file's text. */
    public static String text() {
        try (InputStream in = ChoosyRoadmap.class.getResourceAsStream(FILE_NAME)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The roadmap as the reader reads it. */
    public static Roadmap read() {
        return RoadmapReader.read(FILE_NAME, text());
    }

    /** Writes the file into {@code directory} (for a server or CLI that loads files) and returns its path. */
    public static Path writeTo(Path directory) {
        try {
            return Files.writeString(directory.resolve(FILE_NAME), text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
