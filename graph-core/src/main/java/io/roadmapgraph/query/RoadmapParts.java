package io.roadmapgraph.query;

import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.StagePeriod;
import io.roadmapgraph.model.ResourceKind;
import io.roadmapgraph.model.Text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The roadmap-scoped parts of a roadmap as stored in the graph: layers, route, principles, success criteria,
 * resources and tips. Ids are prefixed with the roadmap id ("ai-engineer/principle-1").
 */
public final class RoadmapParts {

    private RoadmapParts() {
    }

    /**
     * A layer within a phase.
     *
     * @param id      "&lt;roadmap&gt;/&lt;key&gt;"
     * @param key     the layer's id in the roadmap file ("application-development")
     * @param phase   the number of its phase
     * @param phaseId the id of its phase node
     */
    public record LayerNode(String id, String key, int number, int phase, String phaseId, Text title, Text summary) {
        public LayerNode {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(phaseId, "phaseId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(summary, "summary");
        }
    }

    /** A stage of the route (in months or weeks), with its steps in order. */
    public record RouteStageNode(String id, StagePeriod period, Text title, List<RouteStepNode> steps) {
        public RouteStageNode {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(title, "title");
            steps = List.copyOf(steps);
        }

        /** The months it spans; a stage in weeks: the months its weeks fall in. */
        public MonthRange months() {
            return period.months();
        }
    }

    /** One step of a route stage: the topic and project ids it covers and builds. */
    public record RouteStepNode(String id, int number, Text text, List<String> topics, List<String> projects) {
        public RouteStepNode {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            topics = List.copyOf(topics);
            projects = List.copyOf(projects);
        }
    }

    public record PrincipleNode(String id, int number, Text title, Optional<Text> quote, List<Text> points) {
        public PrincipleNode {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(quote, "quote");
            points = List.copyOf(points);
        }
    }

    /** A success criterion and the ids of the topics it rests on. */
    public record CriterionNode(String id, int number, Text text, List<String> topics) {
        public CriterionNode {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            topics = List.copyOf(topics);
        }
    }

    public record ResourceNode(String id, ResourceKind kind, Text title, Optional<String> url) {
        public ResourceNode {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(url, "url");
        }
    }

    public record TipNode(String id, int number, Text text) {
        public TipNode {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }
    }
}
