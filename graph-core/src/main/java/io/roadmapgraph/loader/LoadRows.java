package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.model.Roadmap;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The nodes and relationships that {@link RoadmapLoader} writes for one revision of a roadmap: the same rows (the
 * roadmap's texts are the {@code Revision} row, whose id is the roadmap's here). For tools that write the same graph
 * another way (a bulk import, a baseline in a benchmark). The loader itself also sets {@code rev} on every node, the
 * revision's id and bookkeeping, the {@code Roadmap} node and the {@code KeyTopic} label of key topics, which are not
 * rows.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class LoadRows {

    /** A node: its label (one of {@link GraphModel#LABELS}), its id and all its properties, the id included. */
    public record Node(String label, String id, Map<String, Object> properties) {
        public Node {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(id, "id");
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties)); // the loader's order
        }
    }

    /** A relationship: its type, its ends by label and id, and its properties. */
    public record Relationship(String type, String fromLabel, String from, String toLabel, String to,
            Map<String, Object> properties) {
        public Relationship {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties)); // the loader's order
        }
    }

    private final List<Node> nodes;
    private final List<Relationship> relationships;

    private LoadRows(List<Node> nodes, List<Relationship> relationships) {
        this.nodes = List.copyOf(nodes);
        this.relationships = List.copyOf(relationships);
    }

    /**
     * The rows of {@code roadmap}.
     *
     * @throws GraphLoadException when the roadmap's records are inconsistent (as {@link RoadmapLoader#load} would)
     */
    public static LoadRows of(Roadmap roadmap) {
        RoadmapRows rows = RoadmapLoader.rowsOf(Objects.requireNonNull(roadmap, "roadmap"));
        List<Node> nodes = new ArrayList<>();
        rows.nodeSets().forEach(set -> set.rows().forEach(row ->
                nodes.add(new Node(set.label(), row.id(), row.props()))));
        List<Relationship> relationships = new ArrayList<>();
        rows.relSets().forEach(set -> set.rows().forEach(row -> relationships.add(new Relationship(set.spec().type(),
                set.spec().from(), row.from(), set.spec().to(), row.to(), row.props()))));
        return new LoadRows(nodes, relationships);
    }

    /** The nodes, the roadmap first, then its own nodes, then the shared ones (the loader's writing order). */
    public List<Node> nodes() {
        return nodes;
    }

    /** The relationships in the loader's writing order. */
    public List<Relationship> relationships() {
        return relationships;
    }

    /** How many nodes and relationships: the records a load of this roadmap into an empty graph writes. */
    public int count() {
        return nodes.size() + relationships.size();
    }
}
