package io.roadmapgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learning roadmap and everything in it. Instances come from {@link RoadmapReader}, which validates the
 * references between the parts; the constructor checks only each part on its own.
 *
 * @param id              kebab-case, unique ("ai-engineer")
 * @param title           its title
 * @param summary         what it is about
 * @param languages       the languages of its texts, the main one first ("en", "nl"); every text has the main one
 * @param source          where it comes from
 * @param studyHoursPerWeek the study time a week its hours assume, if it states one
 * @param motto           the line the roadmap closes with, if any ("Finetuning is for form, RAG is for facts")
 * @param phases          its phases, numbered 1..n in order
 * @param layers          layers within phases
 * @param topics          its topics, in the roadmap's own order
 * @param tools           the tools it names
 * @param projects        its practice projects, in order
 * @param route           the month-by-month learning route
 * @param principles      its principles of mindset
 * @param successCriteriaLeadIn the sentence the criteria complete ("Je bent een competente AI Engineer wanneer je:")
 * @param successCriteria how a learner knows they are done
 * @param resources       books, documentation, communities, practice
 * @param tips            closing tips
 * @param groups          its choices: topics' any-of / n-of requirements, phases' electives, tool alternatives
 */
public record Roadmap(
        String id,
        Text title,
        Text summary,
        List<String> languages,
        Source source,
        Optional<Hours> studyHoursPerWeek,
        Optional<Text> motto,
        List<Phase> phases,
        List<Layer> layers,
        List<Topic> topics,
        List<Tool> tools,
        List<Project> projects,
        List<RouteStage> route,
        List<Principle> principles,
        Optional<Text> successCriteriaLeadIn,
        List<SuccessCriterion> successCriteria,
        List<Resource> resources,
        List<Tip> tips,
        List<String> uses,
        List<TopicReference> references,
        List<RequirementGroup> groups) {

    public Roadmap {
        Ids.require(id, "roadmap id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        languages = List.copyOf(languages);
        if (languages.isEmpty() || !List.of("en", "nl").containsAll(languages)) {
            throw new IllegalArgumentException("languages must be en and/or nl, was " + languages);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(studyHoursPerWeek, "studyHoursPerWeek");
        Objects.requireNonNull(successCriteriaLeadIn, "successCriteriaLeadIn");
        Objects.requireNonNull(motto, "motto");
        phases = List.copyOf(phases);
        layers = List.copyOf(layers);
        topics = List.copyOf(topics);
        tools = List.copyOf(tools);
        projects = List.copyOf(projects);
        route = List.copyOf(route);
        principles = List.copyOf(principles);
        successCriteria = List.copyOf(successCriteria);
        resources = List.copyOf(resources);
        tips = List.copyOf(tips);
        uses = Ids.requireAll(uses, "used roadmap");
        references = List.copyOf(references);
        for (TopicReference reference : references) {
            if (!uses.contains(reference.roadmap())) {
                throw new IllegalArgumentException("topic reference " + reference.qualifiedId() + " names a roadmap"
                        + " that uses does not list");
            }
        }
        groups = List.copyOf(groups);
    }

    /** This roadmap with {@code others} as its topics, everything else as it is. */
    public Roadmap withTopics(List<Topic> others) {
        return new Roadmap(id, title, summary, languages, source, studyHoursPerWeek, motto, phases, layers, others,
                tools, projects, route, principles, successCriteriaLeadIn, successCriteria, resources, tips, uses,
                references, groups);
    }

    /** This roadmap with {@code others} as its requirement groups, everything else as it is. */
    public Roadmap withGroups(List<RequirementGroup> others) {
        return new Roadmap(id, title, summary, languages, source, studyHoursPerWeek, motto, phases, layers, topics,
                tools, projects, route, principles, successCriteriaLeadIn, successCriteria, resources, tips, uses,
                references, others);
    }

    /** A roadmap that refers to no other roadmap's topics and has no choices. */
    public Roadmap(String id, Text title, Text summary, List<String> languages, Source source,
                   Optional<Hours> studyHoursPerWeek, Optional<Text> motto, List<Phase> phases, List<Layer> layers,
                   List<Topic> topics, List<Tool> tools, List<Project> projects, List<RouteStage> route,
                   List<Principle> principles, Optional<Text> successCriteriaLeadIn,
                   List<SuccessCriterion> successCriteria, List<Resource> resources, List<Tip> tips) {
        this(id, title, summary, languages, source, studyHoursPerWeek, motto, phases, layers, topics, tools, projects,
                route, principles, successCriteriaLeadIn, successCriteria, resources, tips, List.of(), List.of(),
                List.of());
    }

    /** A roadmap as the first format described it: English with Dutch where given, no study pace, no lead-in. */
    public Roadmap(String id, Text title, Text summary, Source source, Optional<Text> motto, List<Phase> phases,
                   List<Layer> layers, List<Topic> topics, List<Tool> tools, List<Project> projects,
                   List<RouteStage> route, List<Principle> principles, List<SuccessCriterion> successCriteria,
                   List<Resource> resources, List<Tip> tips) {
        this(id, title, summary, List.of("en", "nl"), source, Optional.empty(), motto, phases, layers, topics, tools,
                projects, route, principles, Optional.empty(), successCriteria, resources, tips);
    }

    public Optional<Topic> topic(String topicId) {
        return topics.stream().filter(t -> t.id().equals(topicId)).findFirst();
    }

    public Optional<Tool> tool(String toolId) {
        return tools.stream().filter(t -> t.id().equals(toolId)).findFirst();
    }

    public Optional<Project> project(String projectId) {
        return projects.stream().filter(p -> p.id().equals(projectId)).findFirst();
    }

    /** The requirement groups of a topic (its any-of / n-of requirements), in the file's order. */
    public List<RequirementGroup> groupsOf(String topicId) {
        return groups.stream().filter(g -> g.scope() == RequirementGroup.Scope.REQUIRES && g.owner().equals(topicId))
                .toList();
    }

    /** A group by id, nested ones included. */
    public Optional<RequirementGroup> group(String groupId) {
        return groups.stream().flatMap(g -> g.withNested().stream()).filter(g -> g.id().equals(groupId)).findFirst();
    }

    public Optional<Phase> phase(int number) {
        return phases.stream().filter(p -> p.number() == number).findFirst();
    }
}
