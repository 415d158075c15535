package io.roadmapgraph.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.Level;
import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.Phase;
import io.roadmapgraph.model.Origin;
import io.roadmapgraph.model.Prerequisite;
import io.roadmapgraph.model.Project;
import io.roadmapgraph.model.GroupOption;
import io.roadmapgraph.model.RequirementGroup;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.Source;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.model.Tool;
import io.roadmapgraph.model.ToolCategory;
import io.roadmapgraph.model.Topic;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic roadmaps for benchmarks and tests: deterministic by seed, of any size, with a prerequisite DAG of an exact
 * depth.
 *
 * <p>The topics are spread over {@code depth} levels (every level has at least one topic). A topic of level L > 0
 * requires one topic of level L - 1, which makes the longest prerequisite chain exactly {@code depth} topics long, and
 * further topics of lower levels, most of them from the few levels just below (as in a real curriculum, where a topic
 * builds on recent ones), until the roadmap has about {@code edgesPerTopic} requirements per topic. Phases follow the
 * levels, so a topic never requires one of a later phase. Tools and projects are attached at random. The result is a
 * valid {@link Roadmap}; {@link #toJson(Roadmap)} writes it in the roadmap file format, which
 * {@link io.roadmapgraph.model.RoadmapReader} reads back to the same records (files above the reader's size limit of
 * 5 million characters, from about 15k topics, can only be used as records).
 */
public final class SyntheticRoadmap {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final ToolCategory[] CATEGORIES = ToolCategory.values();
    private static final Level[] LEVELS = Level.values();

    private SyntheticRoadmap() {
    }

    /**
     * What to generate.
     *
     * @param id            the roadmap id (kebab-case)
     * @param topics        number of topics, at least {@code depth}
     * @param depth         number of levels of the prerequisite DAG: the longest chain of requirements has this many
     *                      topics
     * @param edgesPerTopic mean number of requirements per topic
     * @param phases        number of phases (at most {@code depth})
     * @param tools         number of tools
     * @param projects      number of projects
     * @param seed          the random seed: the same spec gives the same roadmap
     */
    public record Spec(String id, int topics, int depth, double edgesPerTopic, int phases, int tools, int projects,
                       long seed) {

        public Spec {
            Objects.requireNonNull(id, "id");
            if (depth < 1 || topics < depth) {
                throw new IllegalArgumentException("need 1 <= depth <= topics, got depth " + depth + " and "
                        + topics + " topics");
            }
            if (phases < 1 || phases > depth) {
                throw new IllegalArgumentException("need 1 <= phases <= depth, got " + phases + " phases");
            }
            if (edgesPerTopic < 0 || tools < 0 || projects < 0) {
                throw new IllegalArgumentException("edges per topic, tools and projects cannot be negative");
            }
        }

        /**
         * The usual shape for {@code topics} topics: a depth between 10 and 40 chosen by the seed (less for tiny
         * roadmaps), 5 requirements per topic, 4 phases, one tool per 50 topics and one project per 20 topics.
         */
        public static Spec of(int topics, long seed) {
            int depth = Math.min(topics, 10 + new Random(seed).nextInt(31));
            return new Spec("synthetic-" + topics, topics, depth, 5.0, Math.min(4, depth), Math.max(3, topics / 50),
                    Math.max(2, topics / 20), seed);
        }

        public Spec withDepth(int newDepth) {
            return new Spec(id, topics, newDepth, edgesPerTopic, Math.min(phases, newDepth), tools, projects, seed);
        }
    }

    /** The id of topic number {@code index} (0-based) of a synthetic roadmap. */
    public static String topicId(int index) {
        return "t" + index;
    }

    /** Generates the roadmap the spec describes. */
    public static Roadmap generate(Spec spec) {
        Random random = new Random(spec.seed());
        int n = spec.topics();
        int depth = spec.depth();
        int[] level = levels(n, depth, random);
        int[] levelStart = new int[depth + 1];
        for (int i = 0, l = 0; l <= depth; l++) {
            while (i < n && level[i] < l) {
                i++;
            }
            levelStart[l] = i;
        }
        List<Tool> tools = new ArrayList<>(spec.tools());
        for (int i = 0; i < spec.tools(); i++) {
            String id = "tool-" + i;
            tools.add(new Tool(id, "Tool " + i, CATEGORIES[random.nextInt(CATEGORIES.length)],
                    "https://tools.example.org/" + id, Text.of("Synthetic tool " + i, "Synthetisch gereedschap " + i)));
        }
        // requirements beyond the one chain edge per topic, spread over the topics above level 0
        int above = n - levelStart[1];
        double extra = above == 0 ? 0 : Math.max(0, spec.edgesPerTopic() * n / above - 1);
        List<Topic> topics = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int l = level[i];
            Set<Integer> requires = new LinkedHashSet<>();
            if (l > 0) {
                requires.add(between(random, levelStart[l - 1], levelStart[l]));
                int wanted = 1 + poisson(random, extra);
                int available = levelStart[l];
                wanted = Math.min(wanted, available);
                while (requires.size() < wanted) {
                    // mostly from the three levels below, sometimes from anywhere lower
                    int low = random.nextInt(4) == 0 ? 0 : levelStart[Math.max(0, l - 3)];
                    requires.add(between(random, low, levelStart[l]));
                }
            }
            List<Prerequisite> prerequisites = requires.stream()
                    .map(r -> new Prerequisite(topicId(r),
                            Text.en("level " + level[r] + " before " + l).withOrigin(Origin.AUTHORED))).toList();
            List<String> topicTools = new ArrayList<>();
            for (int k = random.nextInt(3); k > 0 && !tools.isEmpty(); k--) {
                String tool = tools.get(random.nextInt(tools.size())).id();
                if (!topicTools.contains(tool)) {
                    topicTools.add(tool);
                }
            }
            Importance importance = Importance.values()[random.nextInt(Importance.values().length)];
            topics.add(new Topic(topicId(i), Text.of("Topic " + i, "Onderwerp " + i),
                    Text.of("Synthetic topic " + i + " at level " + l, "Synthetisch onderwerp " + i),
                    1 + l * spec.phases() / depth, Optional.empty(), Optional.empty(), importance, l == 0,
                    1 + random.nextInt(40), Optional.empty(), List.of(), prerequisites, topicTools));
        }
        List<Project> projects = new ArrayList<>(spec.projects());
        for (int p = 0; p < spec.projects(); p++) {
            Set<String> exercised = new LinkedHashSet<>();
            int size = 2 + random.nextInt(5);
            // a project exercises topics that are close to each other in the DAG, as real projects do
            int centre = random.nextInt(n);
            while (exercised.size() < Math.min(size, n)) {
                int offset = random.nextInt(Math.min(n, 200));
                exercised.add(topicId(Math.floorMod(centre + offset - 100, n)));
            }
            List<String> projectTools = new ArrayList<>();
            for (int k = 1 + random.nextInt(2); k > 0 && !tools.isEmpty(); k--) {
                String tool = tools.get(random.nextInt(tools.size())).id();
                if (!projectTools.contains(tool)) {
                    projectTools.add(tool);
                }
            }
            projects.add(new Project("project-" + p, p + 1, Text.of("Project " + p, "Project " + p),
                    Text.en("Synthetic project " + p), LEVELS[random.nextInt(LEVELS.length)],
                    List.copyOf(exercised), projectTools));
        }
        List<Phase> phases = new ArrayList<>();
        for (int p = 1; p <= spec.phases(); p++) {
            phases.add(new Phase(p, Text.of("Phase " + p, "Fase " + p), Text.en("Synthetic phase " + p),
                    Optional.of(new MonthRange(p, p + 1))));
        }
        return new Roadmap(spec.id(), Text.of("Synthetic roadmap of " + n + " topics", "Synthetisch stappenplan"),
                Text.en("Generated with seed " + spec.seed() + ", depth " + depth),
                new Source("synthetic.json", "en", Text.en("SyntheticRoadmap")), Optional.empty(), phases,
                List.of(), topics, tools, projects, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The roadmap with one any-of requirement group added to about {@code share} of its topics (not the first
     * three): 2 or 3 options among the 200 topics before it, so no option can require the topic (requirements only go
     * to earlier topics). The plain requirements stay as they are, and a roadmap without groups is written as before,
     * so the figures of roadmaps generated without this do not change.
     */
    public static Roadmap withGroups(Roadmap roadmap, double share, long seed) {
        Random random = new Random(seed);
        List<Topic> topics = roadmap.topics();
        List<RequirementGroup> groups = new ArrayList<>(roadmap.groups());
        for (int i = 3; i < topics.size(); i++) {
            if (random.nextDouble() >= share) {
                continue;
            }
            Set<String> options = new LinkedHashSet<>();
            int size = 2 + random.nextInt(2);
            while (options.size() < size) {
                options.add(topics.get(between(random, Math.max(0, i - 200), i)).id());
            }
            String owner = topics.get(i).id();
            groups.add(new RequirementGroup(owner + "~1", RequirementGroup.Scope.REQUIRES, owner,
                    RequirementGroup.Kind.ANY, 1, options.stream().<GroupOption>map(GroupOption.Member::new).toList(),
                    Optional.empty(), Optional.empty()));
        }
        return roadmap.withTopics(topics).withGroups(groups);
    }

    /** Levels 0..depth-1 in ascending order, each used at least once, the rest spread evenly at random. */
    private static int[] levels(int n, int depth, Random random) {
        int[] level = new int[n];
        for (int i = 0; i < depth; i++) {
            level[i] = i;
        }
        for (int i = depth; i < n; i++) {
            level[i] = random.nextInt(depth);
        }
        java.util.Arrays.sort(level);
        return level;
    }

    private static int between(Random random, int fromInclusive, int toExclusive) {
        return fromInclusive + random.nextInt(toExclusive - fromInclusive);
    }

    /** Knuth's Poisson sampler; fine for the small means used here. */
    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    /**
     * The number of topics on the longest chain of requirements (1 for a roadmap without requirements).
     *
     * @throws IllegalArgumentException if the requirements have a cycle
     */
    public static int depth(Roadmap roadmap) {
        Map<String, Topic> byId = new HashMap<>();
        roadmap.topics().forEach(t -> byId.put(t.id(), t));
        Map<String, Integer> memo = new HashMap<>();
        int deepest = 0;
        for (Topic topic : roadmap.topics()) {
            deepest = Math.max(deepest, chain(topic.id(), byId, memo, new LinkedHashSet<>()));
        }
        return deepest;
    }

    private static int chain(String id, Map<String, Topic> byId, Map<String, Integer> memo, Set<String> onPath) {
        Integer known = memo.get(id);
        if (known != null) {
            return known;
        }
        // iterative would be safer for very deep DAGs; synthetic depths stay far below the stack limit
        if (!onPath.add(id)) {
            throw new IllegalArgumentException("prerequisite cycle through " + id);
        }
        int longest = 0;
        for (Prerequisite p : byId.get(id).requires()) {
            longest = Math.max(longest, chain(p.topic(), byId, memo, onPath));
        }
        onPath.remove(id);
        memo.put(id, longest + 1);
        return longest + 1;
    }

    /** The roadmap in the roadmap file format, as compact JSON. */
    public static String toJson(Roadmap roadmap) {
        StringWriter out = new StringWriter();
        write(roadmap, out);
        return out.toString();
    }

    /** Writes the roadmap to {@code file} in the roadmap file format (JSON). */
    public static void write(Roadmap roadmap, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(roadmap, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Roadmap roadmap, Writer out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("id", roadmap.id());
            text(json, "title", roadmap.title());
            text(json, "summary", roadmap.summary());
            json.writeObjectFieldStart("source");
            json.writeStringField("document", roadmap.source().document());
            json.writeStringField("language", roadmap.source().language());
            text(json, "basedOn", roadmap.source().basedOn());
            json.writeEndObject();
            json.writeArrayFieldStart("phases");
            for (Phase phase : roadmap.phases()) {
                json.writeStartObject();
                json.writeNumberField("number", phase.number());
                text(json, "title", phase.title());
                text(json, "goal", phase.goal());
                if (phase.duration().isPresent()) {
                    json.writeObjectFieldStart("duration");
                    json.writeNumberField("min", phase.duration().get().min());
                    json.writeNumberField("max", phase.duration().get().max());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("topics");
            for (Topic topic : roadmap.topics()) {
                topic(json, topic, roadmap.groupsOf(topic.id()));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("tools");
            for (Tool tool : roadmap.tools()) {
                json.writeStartObject();
                json.writeStringField("id", tool.id());
                json.writeStringField("name", tool.name());
                json.writeStringField("category", kebab(tool.category()));
                json.writeStringField("url", tool.url());
                text(json, "description", tool.description());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("projects");
            for (Project project : roadmap.projects()) {
                json.writeStartObject();
                json.writeStringField("id", project.id());
                text(json, "title", project.title());
                text(json, "summary", project.summary());
                json.writeStringField("level", kebab(project.level()));
                ids(json, "topics", project.topics());
                ids(json, "tools", project.tools());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write roadmap " + roadmap.id() + ": " + e.getMessage(), e);
        }
    }

    private static void topic(JsonGenerator json, Topic topic, List<RequirementGroup> groups) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", topic.id());
        text(json, "title", topic.title());
        text(json, "summary", topic.summary());
        json.writeNumberField("phase", topic.phase());
        json.writeStringField("importance", kebab(topic.importance()));
        if (topic.startHere()) {
            json.writeBooleanField("startHere", true);
        }
        json.writeNumberField("estimatedHours", topic.estimatedHours());
        if (!topic.requires().isEmpty() || !groups.isEmpty()) {
            json.writeArrayFieldStart("requires");
            for (Prerequisite p : topic.requires()) {
                json.writeStartObject();
                json.writeStringField("topic", p.topic());
                text(json, "reason", p.reason());
                json.writeEndObject();
            }
            for (RequirementGroup group : groups) {
                json.writeStartObject();
                ids(json, "anyOf", group.optionIds());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!topic.tools().isEmpty()) {
            ids(json, "tools", topic.tools());
        }
        json.writeEndObject();
    }

    private static void ids(JsonGenerator json, String field, List<String> ids) throws IOException {
        json.writeArrayFieldStart(field);
        for (String id : ids) {
            json.writeString(id);
        }
        json.writeEndArray();
    }

    /** A Text as a plain string when it has no Dutch, else as {en, nl}. */
    private static void text(JsonGenerator json, String field, Text text) throws IOException {
        if (text.nl().isEmpty() && text.en().isPresent()) {
            json.writeStringField(field, text.en().get());
        } else {
            json.writeObjectFieldStart(field);
            if (text.en().isPresent()) {
                json.writeStringField("en", text.en().get());
            }
            if (text.nl().isPresent()) {
                json.writeStringField("nl", text.nl().get());
            }
            json.writeEndObject();
        }
    }

    private static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The topics in a random order that is still deterministic for the seed; for picking query arguments. */
    public static List<String> sampleTopics(Roadmap roadmap, int count, long seed) {
        List<String> ids = new ArrayList<>(roadmap.topics().stream().map(Topic::id).toList());
        Collections.shuffle(ids, new Random(seed));
        return List.copyOf(ids.subList(0, Math.min(count, ids.size())));
    }
}
