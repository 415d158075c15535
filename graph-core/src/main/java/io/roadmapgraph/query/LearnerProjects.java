package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.CoverageRanking;
import io.roadmapgraph.algorithms.ProjectReach;
import io.roadmapgraph.algorithms.ProjectSetCover;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The projects for a learner: which they can build with what they know ({@link ProjectReach}), which are nearly within
 * reach, which next topic brings most within reach per hour, and the smallest set of projects that exercises a list of
 * skills ({@link ProjectSetCover}). What someone knows means what it means for learning paths and next topics: the
 * named topics, the non-elective subtopics of a named parent, and all their prerequisites. Answers from the snapshot
 * when it is on, else from one read of every topic and project; with a roadmap, over its topics and projects only.
 * {@link RoadmapQueries} offers these calls; this class holds their results and their glue.
 */
public final class LearnerProjects {

    /**
     * A project not buildable yet.
     *
     * @param missing      the topics still to learn for it, in the order to learn them
     * @param missingHours their hours together
     */
    public record AlmostBuildable(ProjectNode project, List<TopicNode> missing, int missingHours) {
        public AlmostBuildable {
            Objects.requireNonNull(project, "project");
            missing = List.copyOf(missing);
        }
    }

    /**
     * A next topic and what learning it brings within reach (see {@link ProjectReach.Unlocking}).
     *
     * @param projects        the projects it makes buildable
     * @param goals           the goals it brings within reach (itself, or made a next topic)
     * @param projectsNeeding the projects it is a missing topic of
     * @param goalsNeeding    the goals whose learning path it is on
     * @param perHour         (projects + goals) / its hours
     */
    public record UnlockingTopic(TopicNode topic, List<ProjectNode> projects, List<TopicNode> goals,
                                 List<ProjectNode> projectsNeeding, List<TopicNode> goalsNeeding, double perHour) {
        public UnlockingTopic {
            Objects.requireNonNull(topic, "topic");
            projects = List.copyOf(projects);
            goals = List.copyOf(goals);
            projectsNeeding = LazyList.keptOrCopied(projectsNeeding);
            goalsNeeding = LazyList.keptOrCopied(goalsNeeding);
        }
    }

    /**
     * The smallest set of projects exercising the asked skills (see {@link ProjectSetCover.Cover}).
     *
     * @param totalHours  the projects' hours together (a project without hours counts 0)
     * @param covered     the asked skills the set exercises: all that some project exercises
     * @param uncoverable the asked skills no project exercises
     * @param exact       whether the set is known to be smallest
     * @param lowerBound  no covering set has fewer projects
     */
    public record ProjectSet(List<ProjectNode> projects, int totalHours, List<TopicNode> covered,
                             List<TopicNode> uncoverable, boolean exact, int lowerBound) {
        public ProjectSet {
            projects = List.copyOf(projects);
            covered = List.copyOf(covered);
            uncoverable = List.copyOf(uncoverable);
        }

        /** How many projects the set may have beyond the fewest possible: 0 when exact. */
        public int gap() {
            return projects.size() - lowerBound;
        }
    }

    private final RoadmapQueries queries;

    LearnerProjects(RoadmapQueries queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    List<ProjectNode> buildable(Collection<String> known, Scope scope) {
        List<String> knownIds = queries.ids(known, "known");
        Held held = held(scope, knownIds);
        return ProjectReach.buildable(held.reach(), knownIds).stream()
                .map(held.projects()::get).toList();
    }

    List<AlmostBuildable> almostBuildable(Collection<String> known, int maxMissingHours, Scope scope) {
        if (maxMissingHours < 0) {
            throw QueryException.badInput("maxMissingHours must be at least 0, was " + maxMissingHours);
        }
        List<String> knownIds = queries.ids(known, "known");
        Held held = held(scope, knownIds);
        return ProjectReach.almostBuildable(held.reach(), knownIds, maxMissingHours).stream()
                .map(m -> new AlmostBuildable(held.projects().get(m.project()), held.byNumbers(m.topicNumbers()),
                        m.hours()))
                .toList();
    }

    List<UnlockingTopic> unlocking(Collection<String> known, Collection<String> goals, Scope scope) {
        List<String> knownIds = queries.ids(known, "known");
        List<String> goalIds = queries.ids(goals, "goals");
        Set<String> all = new LinkedHashSet<>(goalIds);
        all.addAll(knownIds);
        Held held = held(scope, all);
        // what needs each topic is made into nodes only when a query reads it (most select the first three lists);
        // a loop, not a stream per item: a 10k answer has ~300 items, most with no project and no goal
        List<ProjectReach.Unlocking> found = RoadmapQueries.acrossRoadmaps(scope, held.topics(),
                () -> ProjectReach.unlocking(held.reach(), knownIds, goalIds));
        List<UnlockingTopic> result = new ArrayList<>(found.size());
        Function<List<String>, List<ProjectNode>> projects = held::projectList;
        Function<List<String>, List<TopicNode>> topics = held::topicList;
        for (ProjectReach.Unlocking u : found) {
            result.add(new UnlockingTopic(held.byNumber().get(u.topicNumber()), held.projectList(u.projects()),
                    held.topicList(u.goals()), whenRead(u.projectsNeeding(), projects),
                    whenRead(u.goalsNeeding(), topics), u.perHour()));
        }
        return List.copyOf(result);
    }

    /** The nodes of {@code ids}, made by {@code nodes} when first read (most queries read none); none: List.of(). */
    private static <T> List<T> whenRead(List<String> ids, Function<List<String>, List<T>> nodes) {
        return ids.isEmpty() ? List.of() : LazyList.sized(ids.size(), () -> nodes.apply(ids));
    }

    ProjectSet covering(Collection<String> skills, Scope scope) {
        List<String> skillIds = queries.ids(skills, "skills");
        if (skillIds.isEmpty()) {
            throw QueryException.badInput("skills must name at least one topic");
        }
        Held held = held(scope, skillIds);
        // only the projects exercising an asked skill can be in the set: the cover of those is the cover of all
        ProjectSetCover.Cover cover = ProjectSetCover.of(held.exercising(skillIds), skillIds);
        return new ProjectSet(held.projectList(cover.projects()), cover.hours(), held.topicList(cover.covered()),
                held.topicList(cover.uncoverable()), cover.exact(), cover.lowerBound());
    }

    /**
     * The topics and projects a question is about, with the asked ids checked to be topics among them; the projects
     * made ready for {@link ProjectReach}, and as set-cover options by the topics they exercise.
     */
    private record Held(Subgraph topics, Map<String, ProjectNode> projects, ProjectReach.Projects reach,
                        Map<String, List<ProjectSetCover.Option>> optionsByTopic, List<TopicNode> byNumber) {

        /** The set-cover options exercising at least one of {@code skills}, each once. */
        List<ProjectSetCover.Option> exercising(List<String> skills) {
            Set<ProjectSetCover.Option> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            List<ProjectSetCover.Option> found = new ArrayList<>();
            for (String skill : skills) {
                for (ProjectSetCover.Option option : optionsByTopic.getOrDefault(skill, List.of())) {
                    if (seen.add(option)) {
                        found.add(option);
                    }
                }
            }
            return found;
        }

        List<TopicNode> topicList(List<String> ids) {
            return nodes(ids, topics.topics());
        }

        /** The nodes of these topic numbers ({@link ProjectReach.Missing#topicNumbers}), read by index. */
        @SuppressWarnings("unchecked")
        List<TopicNode> byNumbers(List<Integer> numbers) {
            Object[] nodes = new Object[numbers.size()];
            for (int i = 0; i < nodes.length; i++) {
                nodes[i] = byNumber.get(numbers.get(i));
            }
            return (List<TopicNode>) (List<?>) List.of(nodes);
        }

        List<ProjectNode> projectList(List<String> ids) {
            return nodes(ids, projects);
        }

        /** The nodes of {@code ids}, as an unmodifiable list that the answers' records keep without a copy. */
        @SuppressWarnings("unchecked")
        private static <T> List<T> nodes(List<String> ids, Map<String, T> byId) {
            if (ids.isEmpty()) {
                return List.of(); // most next topics make no project buildable and reach no goal
            }
            Object[] nodes = new Object[ids.size()];
            for (int i = 0; i < nodes.length; i++) {
                nodes[i] = byId.get(ids.get(i));
            }
            return (List<T>) List.of(nodes);
        }
    }

    private Held held(Scope scope, Collection<String> asked) {
        GraphSnapshot snapshot = queries.fromGraph(s -> s);
        Subgraph topics = queries.scoped(snapshot, scope, asked);
        InScope in = inScope(snapshot, scope, topics);
        return new Held(topics, snapshot.projects(), in.reach(), in.optionsByTopic(), in.byNumber());
    }

    /**
     * The projects of one scope of one snapshot, made ready for {@link ProjectReach} (checked against the scope's
     * graph and ordered once) and as set-cover options by the topics they exercise; {@code byNumber} the nodes in the
     * order of {@code reach}'s graph's topics, read by an answer's topic numbers ({@link ProjectReach.Unlocking}).
     */
    private record InScope(ProjectReach.Projects reach, Map<String, List<ProjectSetCover.Option>> optionsByTopic,
                           List<TopicNode> byNumber) {
    }

    /**
     * The scopes of the last snapshot asked: they depend on the snapshot and the scope alone, so requests reuse them
     * until the snapshot is replaced (instead of checking every project's topics on every request).
     */
    private final PerSnapshot<Optional<String>, InScope> scopes = new PerSnapshot<>(MAX_SCOPES_HELD);

    private InScope inScope(GraphSnapshot snapshot, Scope scope, Subgraph topics) {
        return scopes.get(snapshot, scope.roadmap(), roadmap -> newInScope(snapshot, scope, topics));
    }

    private static InScope newInScope(GraphSnapshot snapshot, Scope scope, Subgraph topics) {
        Map<String, ProjectNode> projects = snapshot.projects();
        // a project counts when its roadmap is in scope and every topic it exercises is too
        List<CoverageRanking.Candidate> candidates = snapshot.candidates().stream()
                .filter(c -> scope.roadmap().map(projects.get(c.project()).roadmaps()::contains).orElse(true))
                .filter(c -> topics.topics().keySet().containsAll(c.topics()))
                .toList();
        List<ProjectSetCover.Option> options = candidates.stream()
                .map(c -> new ProjectSetCover.Option(c.project(), c.number(),
                        projects.get(c.project()).estimatedHours().orElse(0), c.topics()))
                .toList();
        Map<String, List<ProjectSetCover.Option>> optionsByTopic = new HashMap<>();
        options.forEach(o -> o.topics().forEach(t -> optionsByTopic.computeIfAbsent(t, k -> new ArrayList<>())
                .add(o)));
        // the scope's nodes by topic number, as the algorithms number them: a few hundred next topics per answer are
        // then read by index, not looked up by id (a string, a hash table's slot: cache misses at 10k topics)
        return new InScope(ProjectReach.Projects.of(topics.graph(), candidates), optionsByTopic, topics.byNumber());
    }

    /** How many scopes of one snapshot {@link #scopes} keeps (the whole graph and each roadmap asked). */
    private static final int MAX_SCOPES_HELD = 64;
}
