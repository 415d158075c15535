package io.roadmapgraph.loader;

import io.roadmapgraph.model.GroupOption;
import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.Layer;
import io.roadmapgraph.model.Level;
import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.Phase;
import io.roadmapgraph.model.Prerequisite;
import io.roadmapgraph.model.Principle;
import io.roadmapgraph.model.Project;
import io.roadmapgraph.model.RequirementGroup;
import io.roadmapgraph.model.RequirementGroup.Kind;
import io.roadmapgraph.model.RequirementGroup.Scope;
import io.roadmapgraph.model.Resource;
import io.roadmapgraph.model.ResourceKind;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RouteStage;
import io.roadmapgraph.model.RouteStep;
import io.roadmapgraph.model.Source;
import io.roadmapgraph.model.SuccessCriterion;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.model.Tip;
import io.roadmapgraph.model.Tool;
import io.roadmapgraph.model.ToolCategory;
import io.roadmapgraph.model.Topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds test roadmaps from the records: every part of the model present (two phases, one of them ongoing, a layer,
 * route, principle, criterion, resource, tip), with the topics, tools and projects a test asks for.
 */
final class RoadmapFixture {

    private final String id;
    private final Map<String, TopicSpec> topics = new LinkedHashMap<>();
    private final Map<String, Tool> tools = new LinkedHashMap<>();
    private final Map<String, List<String>> projects = new LinkedHashMap<>();
    private final List<RequirementGroup> groups = new ArrayList<>();
    private String titleSuffix = "";

    private static final class TopicSpec {
        final String id;
        final int phase;
        String title;
        Optional<String> parent = Optional.empty();
        Importance importance = Importance.CORE;
        final List<Prerequisite> requires = new ArrayList<>();
        final List<String> tools = new ArrayList<>();

        TopicSpec(String id, int phase) {
            this.id = id;
            this.phase = phase;
            this.title = "Topic " + id;
        }
    }

    private RoadmapFixture(String id) {
        this.id = id;
    }

    static RoadmapFixture roadmap(String id) {
        return new RoadmapFixture(id);
    }

    /** A topic in phase 1, or in phase 2 (which has the layer) when {@code phase} is 2. */
    RoadmapFixture topic(String topicId, int phase) {
        topics.put(topicId, new TopicSpec(topicId, phase));
        return this;
    }

    RoadmapFixture retitle(String topicId, String title) {
        topics.get(topicId).title = title;
        return this;
    }

    RoadmapFixture requires(String topicId, String requiredId) {
        topics.get(topicId).requires.add(new Prerequisite(requiredId,
                Text.of(topicId + " needs " + requiredId, topicId + " heeft " + requiredId + " nodig")));
        return this;
    }

    RoadmapFixture importance(String topicId, Importance importance) {
        topics.get(topicId).importance = importance;
        return this;
    }

    RoadmapFixture subtopic(String topicId, String parentId) {
        topics.get(topicId).parent = Optional.of(parentId);
        return this;
    }

    RoadmapFixture tool(String toolId, String... usedByTopics) {
        tools.put(toolId, new Tool(toolId, "Tool " + toolId, ToolCategory.DEV_TOOL, "https://example.org/" + toolId,
                Text.of("What " + toolId + " does", "Wat " + toolId + " doet")));
        for (String topicId : usedByTopics) {
            topics.get(topicId).tools.add(toolId);
        }
        return this;
    }

    RoadmapFixture project(String projectId, String... exercisedTopics) {
        projects.put(projectId, List.of(exercisedTopics));
        return this;
    }

    /**
     * Every kind of choice: {@code topicId} requires any one of {@code options} (the last one nested as a group of
     * its own), phase 2's electives are one of the same options, and the tools are alternatives (the first the
     * default).
     */
    RoadmapFixture choices(String topicId, String... options) {
        List<String> all = List.of(options);
        int last = all.size() - 1;
        List<GroupOption> requires = new ArrayList<>(all.subList(0, last).stream().map(GroupOption.Member::new)
                .toList());
        requires.add(new RequirementGroup(topicId + "~1.1", Scope.REQUIRES, topicId, Kind.ANY, 1,
                all.subList(last, all.size()).stream().<GroupOption>map(GroupOption.Member::new).toList(),
                Optional.empty(), Optional.empty()));
        groups.add(new RequirementGroup(topicId + "~1", Scope.REQUIRES, topicId, Kind.ANY, 1, requires,
                Optional.empty(), Optional.of(Text.of("Any will do", "Elk volstaat"))));
        groups.add(new RequirementGroup("phase-2~electives", Scope.ELECTIVES, "phase-2", Kind.N_OF, 1,
                all.stream().<GroupOption>map(GroupOption.Member::new).toList(), Optional.empty(), Optional.empty()));
        List<String> toolIds = List.copyOf(tools.keySet());
        groups.add(new RequirementGroup("tool-choice", Scope.TOOLS, "roadmap", Kind.ANY, 1,
                toolIds.stream().<GroupOption>map(GroupOption.Member::new).toList(), Optional.of(toolIds.get(0)),
                Optional.empty()));
        return this;
    }

    /** Changes the roadmap's own texts, so its own nodes differ from an earlier build. */
    RoadmapFixture edition(String suffix) {
        titleSuffix = " " + suffix;
        return this;
    }

    Roadmap build() {
        List<Phase> phases = List.of(
                new Phase(1, Text.of("Basics" + titleSuffix, "Basis"), Text.of("Learn the basics", "Leer de basis"),
                        Optional.of(MonthRange.of(1, 2))),
                new Phase(2, Text.en("Practice"), Text.en("Keep practising"), Optional.empty()));
        List<Layer> layers = List.of(new Layer("applications", 1, Text.of("Applications", "Applicaties"), 2,
                Text.en("Building on models")));
        List<Topic> topicRecords = topics.values().stream().map(this::topicRecord).toList();
        List<String> topicIds = List.copyOf(topics.keySet());
        List<Project> projectRecords = new ArrayList<>();
        projects.forEach((projectId, exercised) -> projectRecords.add(new Project(projectId,
                projectRecords.size() + 1, Text.of("Project " + projectId, "Project " + projectId),
                Text.en("Build " + projectId), Level.BEGINNER, exercised, List.copyOf(tools.keySet()))));
        List<RouteStage> route = List.of(
                new RouteStage("months-1-2", MonthRange.of(1, 2), Text.en("Start"),
                        List.of(new RouteStep(1, Text.of("Learn the topics", "Leer de onderwerpen"), topicIds,
                                List.copyOf(projects.keySet())))),
                new RouteStage("months-3-4", MonthRange.of(3, 4), Text.en("Go on"),
                        List.of(new RouteStep(1, Text.en("Build"), List.of(), List.of()))));
        return new Roadmap(id, Text.of("Roadmap " + id + titleSuffix, "Stappenplan " + id),
                Text.en("A roadmap for tests"), new Source("test.md", "nl", Text.en("Nothing")),
                Optional.of(Text.en("Test first")), phases, layers, topicRecords, List.copyOf(tools.values()),
                projectRecords, route,
                List.of(new Principle(1, Text.en("Start simple"), Optional.of(Text.en("Simple first")),
                        List.of(Text.of("Prompt first", "Eerst prompten")))),
                List.of(new SuccessCriterion(1, Text.en("You can do it"), topicIds.subList(0, 1))),
                List.of(new Resource("book", ResourceKind.BOOK, Text.en("The book"),
                        Optional.of("https://example.org/book"))),
                List.of(new Tip(1, Text.of("Build things", "Bouw dingen")))).withGroups(groups);
    }

    private Topic topicRecord(TopicSpec spec) {
        return new Topic(spec.id, Text.of(spec.title, spec.title + " (nl)"), Text.en("About " + spec.id), spec.phase,
                spec.phase == 2 ? Optional.of("applications") : Optional.empty(), spec.parent, spec.importance,
                false, 10, Optional.empty(), List.of(Text.en("A point")), spec.requires, spec.tools);
    }
}
