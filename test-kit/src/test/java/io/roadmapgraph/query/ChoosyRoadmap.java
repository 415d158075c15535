package io.roadmapgraph.query;

import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The small roadmap of issue 16's query tests (resource {@code choices/choosy.yaml}): rag requires statistics and any
 * of python (40 h) or two of javascript (20 h), typing (30 h), statistics (10 h); phase 2's electives take one of
 * vision (8 h) and audio (6 h); the tools chroma and faiss are alternatives.
 */
final class ChoosyRoadmap {

    private ChoosyRoadmap() {
    }

    static Roadmap read() {
        try (InputStream in = ChoosyRoadmap.class.getResourceAsStream("/choices/choosy.yaml")) {
            return RoadmapReader.read("choosy.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
