package io.roadmapgraph.bench;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.progress.InMemoryProgressStore;
import io.roadmapgraph.query.IndexQuery;
import io.roadmapgraph.progress.Neo4jProgressStore;
import io.roadmapgraph.progress.ProgressStatus;
import io.roadmapgraph.progress.ProgressStore;
import io.roadmapgraph.progress.TopicProgress;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.IntStream;
import io.roadmapgraph.model.TopicGraphs;

import io.roadmapgraph.model.Project;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.Topic;
import io.roadmapgraph.algorithms.Closure;
import io.roadmapgraph.algorithms.CoverageRanking;
import io.roadmapgraph.algorithms.LearningPathPlanner;
import io.roadmapgraph.algorithms.OrderKey;
import io.roadmapgraph.algorithms.PrerequisiteGraph;
import io.roadmapgraph.algorithms.ProjectReach;
import io.roadmapgraph.algorithms.ProjectSetCover;
import io.roadmapgraph.model.Hours;
import io.roadmapgraph.algorithms.SkillMatch;
import io.roadmapgraph.algorithms.StudyScheduler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The API operations measured on up to four sides: our GraphQL API over HTTP, the same traversal as one Cypher query
 * over Bolt, roadmap-model's algorithm in memory, and the peer (@neo4j/graphql on Apollo Server) over HTTP. The
 * projects for a learner are measured on the API and in memory only; the peer has no {@code plan}: its schema is
 * generated from the graph and has no scheduler (a custom resolver would be our code). Search is measured on the API,
 * Bolt and the peer (both of these run the server's own full-text index query), not in memory.
 */
final class ApiBench {

    enum Operation {
        PREREQUISITES("prerequisites", true), LEARNING_PATH("learning-path", true),
        PROJECTS_COVERING("projects-covering", true),
        // the projects for a learner: our API against the in-memory algorithm only (neither a single Cypher query
        // nor the peer's generated API expresses them)
        BUILDABLE_PROJECTS("buildable-projects", false), ALMOST_BUILDABLE("almost-buildable", false),
        UNLOCKING_TOPICS("unlocking-topics", false), PROJECT_SET_COVERING("project-set-covering", false),
        /** A study plan at 10 hours a week: the learning path scheduled into weeks (the peer cannot express it). */
        PLAN("plan", true),
        /**
         * Learners' progress: one {@code setProgress} for every three {@code me} reads, spread over {@link #LEARNERS}
         * learners' tokens; on the store side the same writes and reads by the server's own progress store
         * ({@code Neo4jProgressStore}) on the same Neo4j, durably committed; in memory, the same mix on an
         * {@code InMemoryProgressStore} (no database: shown, but not the floor).
         */
        PROGRESS("progress-mix", false),
        /**
         * Full-text search ({@code search(text:, first: 20)}) over texts drawn from the roadmap's own titles: on Bolt
         * and the peer the index query the server runs (the current revisions and
         * {@code db.index.fulltext.queryNodes} with the Lucene query graph-core makes of the text), which is also its
         * floor; no memory side: the index is Lucene inside Neo4j, and an in-memory side without it would understate
         * the floor.
         */
        SEARCH("search", true);

        final String key;
        private final boolean everySide;

        Operation(String key, boolean everySide) {
            this.key = key;
            this.everySide = everySide;
        }

        /**
         * Whether this operation is measured on {@code side}: the API and the echo always, memory all but search,
         * Bolt and the peer not all, the store the progress mix only.
         */
        boolean on(Side side) {
            return switch (side) {
                case API, ECHO -> true;
                case MEMORY -> this != SEARCH;
                case BOLT, PEER -> everySide;
                case STORE -> this == PROGRESS;
            };
        }

        /**
         * The side whose p50, with the echo's, is this operation's floor: the in-memory algorithm for the roadmap
         * operations (the API answers them from its in-memory snapshot), the progress store on Neo4j for the progress
         * mix (any implementation must commit the writes durably and read the records back from the database), and
         * for search the index query over Bolt (any implementation in front of Neo4j's full-text index must run it).
         */
        Side floor() {
            return switch (this) {
                case PROGRESS -> Side.STORE;
                case SEARCH -> Side.BOLT;
                default -> Side.MEMORY;
            };
        }

        /** The operation whose {@link #key} is {@code key}. */
        static Optional<Operation> of(String key) {
            return java.util.Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
        }
    }

    enum Side {
        API("api"), BOLT("bolt"), MEMORY("memory"), PEER("peer"),
        /** The API's own answer bytes replayed by a minimal HTTP server: the cost of moving the answer. */
        ECHO("echo"),
        /**
         * The progress mix's writes and reads by the server's own progress store ({@code Neo4jProgressStore}) from
         * the bench's process, on the same Neo4j over Bolt: the database work of the mix without HTTP or GraphQL.
         */
        STORE("store");

        final String key;

        Side(String key) {
            this.key = key;
        }
    }

    /** The arguments the requests rotate through. */
    record Arguments(List<String> deepTopics, List<List<String>> goals, List<List<String>> skills,
                     List<List<String>> known, List<String> searches) {
    }

    /** The hours of missing topics up to which a project counts as almost buildable. */
    static final int MAX_MISSING_HOURS = 40;

    static final String OURS_PREREQUISITES = "query($t: ID!) { prerequisites(topic: $t, transitive: true)"
            + " { depth topic { id title } } }";
    static final String OURS_LEARNING_PATH = "query($g: [ID!]!) { learningPath(goals: $g)"
            + " { totalHours steps { position hours topic { id title } } } }";
    static final String OURS_PROJECTS_COVERING = "query($s: [ID!]!) { projectsCovering(skills: $s, match: ANY)"
            + " { coverage project { id title } covered { id title } missing { id title } } }";
    static final String OURS_BUILDABLE_PROJECTS = "query($k: [ID!]!) { buildableProjects(known: $k)"
            + " { number title } }";
    static final String OURS_ALMOST_BUILDABLE = "query($k: [ID!]!) { almostBuildable(known: $k, maxMissingHours: "
            + MAX_MISSING_HOURS + ") { missingHours project { id title } missing { id title } } }";
    static final String OURS_UNLOCKING_TOPICS = "query($k: [ID!]!, $g: [ID!]) { unlockingTopics(known: $k, goals: $g)"
            + " { perHour topic { id title } projects { id } goals { id } } }";
    static final String OURS_PROJECT_SET_COVERING = "query($s: [ID!]!) { projectSetCovering(skills: $s)"
            + " { totalHours exact projects { number title } uncoverable { id } } }";
    /** The HS256 secret the bench's API server checks learners' tokens with. */
    static final String TOKEN_SECRET = "the-bench-token-secret-of-at-least-thirty-two-bytes";
    static final int LEARNERS = 16;
    static final String OURS_SET_PROGRESS = "mutation($t: ID!, $h: Int) { setProgress(topic: $t, status: LEARNING,"
            + " hoursSpent: $h) { hoursSpent } }";
    static final String OURS_ME = "{ me { progress { topic hoursSpent } } }";
    static final String OURS_PLAN = "query($g: [ID!]!) { plan(goals: $g, hoursPerWeek: 10, startDate: \"2027-01-04\")"
            + " { weekCount finishDate topics { startWeek finishWeek hours topic { id title } } } }";
    static final int PLAN_HOURS_PER_WEEK = 10;
    /** The hits a search asks for: a search box's page (the schema allows 1..100, default 10). */
    static final int SEARCH_FIRST = 20;
    static final String OURS_SEARCH = "query($x: String!) { search(text: $x, first: " + SEARCH_FIRST + ")"
            + " { kind id title score } }";
    static final String PEER_PREREQUISITES = "query($t: ID!) { prerequisites(topic: $t)"
            + " { depth topic { id title } } }";
    static final String PEER_LEARNING_PATH = "query($g: [ID!]!) { learningPath(goals: $g)"
            + " { totalHours steps { position hours topic { id title } } } }";
    static final String PEER_PROJECTS_COVERING = "query($s: [ID!]!) { projectsCovering(skills: $s)"
            + " { coverage project { id title } covered { id title } missing { id title } } }";
    /**
     * The peer's search: its {@code @cypher} field (bench/peer/server.js) runs {@link #BOLT_SEARCH}'s statement, written
     * there again in Cypher without the roadmap filter the bench leaves null, with the Lucene query the bench sends.
     */
    static final String PEER_SEARCH = "query($q: String!, $f: Int!) { search(query: $q, first: $f)"
            + " { kind id title score } }";

    /**
     * The raw side over Bolt: one Cypher query that returns the closure of the asked topics with each topic's title,
     * hours, ordering key and direct requirements; the client then runs roadmap-model's plain algorithm on these rows
     * (microseconds). That is the least any API in front of Neo4j must do for these answers.
     */
    static final String BOLT_CLOSURE = """
            MATCH (s:Topic) WHERE s.id IN $ids
            MATCH (s)-[:REQUIRES*0..]->(t:Topic)
            WITH DISTINCT t
            MATCH (t)-[:IN_PHASE]->(ph:Phase)
            MATCH (:Revision)-[i:INCLUDES]->(t)
            WITH t, min(ph.number) AS phase, min(i.order) AS ord
            RETURN t.id AS id, t.title AS title, t.estimatedHours AS hours, phase, ord,
                   [(t)-[:REQUIRES]->(q:Topic) | q.id] AS requires""";
    static final String BOLT_PROJECTS_COVERING = """
            MATCH (x:Project)-[:EXERCISES]->(t:Topic) WHERE t.id IN $skills
            WITH x, collect(t.id) AS covered
            RETURN x.id AS id, x.title AS title, covered,
                   [s IN $skills WHERE NOT s IN covered] AS missing,
                   toFloat(size(covered)) / size($skills) AS coverage
            ORDER BY coverage DESC, x.number""";
    /**
     * Search's index query as the server runs it: graph-core's own statement ({@code Cypher.SEARCH}, by
     * {@link IndexQuery#statement()}) after its read of the current revisions ({@code Cypher.CURRENT_REVISIONS}), in one
     * statement; the Lucene query is graph-core's own for the text ({@link IndexQuery#of}). The server asks for
     * {@code first} hits per current revision and keeps an id once; the bench's database holds one roadmap while search
     * is measured, so {@code first} is that limit. The API adds to these hits what its folded texts find (an id or
     * title written together, a word's beginning the index's analyser splits otherwise), in memory: what it does
     * beyond this query is its own overhead.
     */
    static final String BOLT_SEARCH = """
            MATCH (r:Roadmap) WHERE r.revision IS NOT NULL
            WITH collect(r.revision) AS revs
            """ + IndexQuery.statement().replace("$revs", "revs");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Driver driver;
    private final URI api;
    private final Optional<URI> peer;
    private final PrerequisiteGraph graph;
    private final List<CoverageRanking.Candidate> candidates;
    /** The candidates made ready for {@link ProjectReach} once, as the server does once per snapshot. */
    private final ProjectReach.Projects reach;
    private final List<ProjectSetCover.Option> options;
    private final Arguments arguments;
    private final EchoServer echo;
    private final List<String> tokens = IntStream.range(0, LEARNERS).mapToObj(l -> hs256(learner(l))).toList();
    private final InMemoryProgressStore memoryProgress = new InMemoryProgressStore();
    /** The store side: the API server's progress store on the bench's driver (the same Neo4j and database). */
    private final ProgressStore storeProgress;

    ApiBench(Driver driver, URI api, Optional<URI> peer, EchoServer echo, Roadmap roadmap, long seed) {
        this.driver = driver;
        this.storeProgress = new Neo4jProgressStore(driver, Optional.empty(), Duration.ofSeconds(60));
        this.echo = echo;
        this.api = api;
        this.peer = peer;
        this.graph = TopicGraphs.prerequisites(roadmap);
        this.candidates = roadmap.projects().stream()
                .map(p -> new CoverageRanking.Candidate(p.id(), p.number(), p.topics())).toList();
        this.reach = ProjectReach.Projects.of(graph, candidates);
        this.options = roadmap.projects().stream()
                .map(p -> new ProjectSetCover.Option(p.id(), p.number(), p.estimatedHours().map(Hours::value).orElse(0),
                        p.topics()))
                .toList();
        this.arguments = arguments(roadmap, seed);
    }

    /** Deep topics: from the last (deepest) levels, which the synthetic roadmap lists last. */
    static Arguments arguments(Roadmap roadmap, long seed) {
        Random random = new Random(seed);
        List<Topic> topics = roadmap.topics();
        int deepFrom = Math.max(0, topics.size() - Math.max(20, topics.size() / 50));
        List<String> deep = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            deep.add(topics.get(deepFrom + random.nextInt(topics.size() - deepFrom)).id());
        }
        List<List<String>> goals = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            goals.add(List.of(deep.get(i), deep.get((i + 1) % deep.size())).stream().distinct().toList());
        }
        List<List<String>> skills = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            Project project = roadmap.projects().get(random.nextInt(roadmap.projects().size()));
            List<String> asked = new ArrayList<>(project.topics().subList(0, Math.min(2, project.topics().size())));
            String other = topics.get(random.nextInt(topics.size())).id();
            if (!asked.contains(other)) {
                asked.add(other);
            }
            skills.add(List.copyOf(asked));
        }
        List<List<String>> known = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            known.add(random.ints(3, 0, topics.size()).mapToObj(t -> topics.get(t).id()).distinct().toList());
        }
        return new Arguments(List.copyOf(deep), List.copyOf(goals), List.copyOf(skills), List.copyOf(known),
                searchTexts(roadmap, random, 32));
    }

    /**
     * {@code count} search texts drawn from the roadmap's own titles (topics', projects', tools' names, as many of
     * each as the roadmap has), by turns: the title's rarest word (in the synthetic roadmaps its number: one node or
     * a few), the whole title, the beginning of one of its words as a user types it (half the word, at least three
     * characters), and one of the four words that most of the roadmap's titles and summaries hold (every topic has
     * it: the index's longest answers).
     */
    static List<String> searchTexts(Roadmap roadmap, Random random, int count) {
        List<String> titles = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        roadmap.topics().forEach(t -> {
            titles.add(t.title().preferred());
            texts.add(t.title().preferred() + " " + t.summary().preferred());
        });
        roadmap.projects().forEach(p -> {
            titles.add(p.title().preferred());
            texts.add(p.title().preferred() + " " + p.summary().preferred());
        });
        roadmap.tools().forEach(t -> {
            titles.add(t.name());
            texts.add(t.name() + " " + t.description().preferred());
        });
        // in how many titles-with-summaries each word is (lower case)
        Map<String, Integer> holders = new HashMap<>();
        texts.forEach(text -> words(text).stream().distinct().forEach(w -> holders.merge(w, 1, Integer::sum)));
        List<String> frequent = holders.entrySet().stream().filter(e -> e.getKey().length() >= 3)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(4).map(Map.Entry::getKey).toList();
        List<String> searches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = titles.get(random.nextInt(titles.size()));
            List<String> words = words(title);
            searches.add(switch (i % 4) {
                case 0 -> words.stream().min(java.util.Comparator.comparingInt(w -> holders.getOrDefault(w, 0)))
                        .orElse(title);
                case 1 -> title;
                case 2 -> {
                    List<String> long3 = words.stream().filter(w -> w.length() >= 3).toList();
                    String word = long3.isEmpty() ? title : long3.get(random.nextInt(long3.size()));
                    yield word.substring(0, Math.min(word.length(), Math.max(3, (word.length() + 1) / 2)));
                }
                default -> frequent.get(random.nextInt(frequent.size()));
            });
        }
        return List.copyOf(searches);
    }

    /** The words of {@code text}, lower case: its runs of letters and digits. */
    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    Arguments arguments() {
        return arguments;
    }

    boolean hasPeer() {
        return peer.isPresent();
    }

    /** One request of {@code operation} on {@code side} with argument set {@code i}; returns the number of results. */
    int call(Side side, Operation operation, int i) throws IOException, InterruptedException {
        String topic = arguments.deepTopics().get(Math.floorMod(i, arguments.deepTopics().size()));
        List<String> goals = arguments.goals().get(Math.floorMod(i, arguments.goals().size()));
        List<String> skills = arguments.skills().get(Math.floorMod(i, arguments.skills().size()));
        List<String> known = arguments.known().get(Math.floorMod(i, arguments.known().size()));
        String text = arguments.searches().get(Math.floorMod(i, arguments.searches().size()));
        if (!operation.on(side)) {
            throw new IllegalArgumentException(operation.key + " is not measured on " + side.key);
        }
        return switch (side) {
            case STORE -> switch (operation) {
                case PROGRESS -> progressMix(storeProgress, i, topic);
                default -> throw new IllegalStateException(operation.key); // not on this side
            };
            case MEMORY -> switch (operation) {
                case PREREQUISITES -> Closure.from(graph, topic, PrerequisiteGraph.Direction.PREREQUISITES, true).size();
                case LEARNING_PATH -> LearningPathPlanner.plan(graph, goals, List.of()).steps().size();
                case PROJECTS_COVERING -> CoverageRanking.rank(candidates, skills, SkillMatch.ANY).size();
                case BUILDABLE_PROJECTS -> ProjectReach.buildable(reach, known).size();
                case ALMOST_BUILDABLE -> ProjectReach.almostBuildable(reach, known, MAX_MISSING_HOURS).size();
                case UNLOCKING_TOPICS -> ProjectReach.unlocking(reach, known, goals).size();
                case PROJECT_SET_COVERING -> ProjectSetCover.of(options, skills).projects().size();
                case PLAN -> schedule(graph, goals);
                case PROGRESS -> progressMix(memoryProgress, i, topic);
                case SEARCH -> throw new IllegalStateException(operation.key); // not on this side
            };
            case BOLT -> {
                try (Session session = driver.session()) {
                    yield switch (operation) {
                        case PREREQUISITES -> Closure.from(closure(session, List.of(topic)), topic,
                                PrerequisiteGraph.Direction.PREREQUISITES, true).size();
                        case LEARNING_PATH -> LearningPathPlanner.plan(closure(session, goals), goals, List.of())
                                .steps().size();
                        case PROJECTS_COVERING -> session.executeRead(tx -> tx.run(BOLT_PROJECTS_COVERING,
                                Map.of("skills", skills)).list().size());
                        case PLAN -> schedule(closure(session, goals), goals);
                        case SEARCH -> search(session, text);
                        default -> throw new IllegalStateException(operation.key); // not on this side
                    };
                }
            }
            case API -> graphql(api, apiBody(operation, i, topic, goals, skills, known, text), operation,
                    token(operation, i));
            case ECHO -> {
                String body = apiBody(operation, i, topic, goals, skills, known, text);
                if (!echo.holds(body)) {
                    echo.record(body, http.send(post(api, body, token(operation, i)),
                            HttpResponse.BodyHandlers.ofByteArray()).body());
                }
                yield graphql(echo.uri(), body, operation, Optional.empty());
            }
            case PEER -> graphql(peer.orElseThrow(), switch (operation) {
                case PREREQUISITES -> body(PEER_PREREQUISITES, "t", quote(topic));
                case LEARNING_PATH -> body(PEER_LEARNING_PATH, "g", list(goals));
                case PROJECTS_COVERING -> body(PEER_PROJECTS_COVERING, "s", list(skills));
                case SEARCH -> body(PEER_SEARCH, Map.of("q", quote(IndexQuery.of(text)),
                        "f", String.valueOf(SEARCH_FIRST)));
                default -> throw new IllegalStateException(operation.key); // not on this side
            }, operation, Optional.empty());
        };
    }

    /**
     * Request {@code i} of the progress mix on {@code store}: as the API's, a write of the learner's record of
     * {@code topic} for every three reads of the learner's records; the records written or read.
     */
    private static int progressMix(ProgressStore store, int i, String topic) {
        return Math.floorMod(i, 4) == 0
                ? store.put(learner(i), List.of(new TopicProgress(topic, ProgressStatus.LEARNING,
                        Math.floorMod(i, 100), "", Instant.now()))).changed()
                : store.progress(learner(i), Optional.empty()).size();
    }

    /** The body of our API's request for {@code operation} with these arguments (the echo side sends it too). */
    private static String apiBody(Operation operation, int i, String topic, List<String> goals, List<String> skills,
                                  List<String> known, String text) {
        return switch (operation) {
            case PREREQUISITES -> body(OURS_PREREQUISITES, "t", quote(topic));
            case LEARNING_PATH -> body(OURS_LEARNING_PATH, "g", list(goals));
            case PROJECTS_COVERING -> body(OURS_PROJECTS_COVERING, "s", list(skills));
            case BUILDABLE_PROJECTS -> body(OURS_BUILDABLE_PROJECTS, "k", list(known));
            case ALMOST_BUILDABLE -> body(OURS_ALMOST_BUILDABLE, "k", list(known));
            case UNLOCKING_TOPICS -> body(OURS_UNLOCKING_TOPICS, Map.of("k", list(known), "g", list(goals)));
            case PROJECT_SET_COVERING -> body(OURS_PROJECT_SET_COVERING, "s", list(skills));
            case PLAN -> body(OURS_PLAN, "g", list(goals));
            case PROGRESS -> Math.floorMod(i, 4) == 0
                    ? body(OURS_SET_PROGRESS, Map.of("t", quote(topic), "h", String.valueOf(Math.floorMod(i, 100))))
                    : body(OURS_ME, Map.of());
            case SEARCH -> body(OURS_SEARCH, "x", quote(text));
        };
    }

    /**
     * Makes the echo side hold our API's answer to every argument set of {@code operation}, before it is measured,
     * one request after the other; stops when {@code deadline} (a {@link System#nanoTime()}) has passed.
     *
     * @return whether every answer was recorded
     */
    boolean recordEcho(Operation operation, long deadline) throws IOException, InterruptedException {
        for (int i = 0; i < arguments.deepTopics().size(); i++) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            call(Side.ECHO, operation, i);
        }
        return true;
    }

    /** Whether {@code side} is measured for {@code operation}: the peer when it runs, and not for {@code plan}. */
    boolean measures(Side side, Operation operation) {
        return operation.on(side) && (side != Side.PEER || (peer.isPresent() && operation != Operation.PLAN));
    }

    /** The learning path to {@code goals} scheduled at 10 hours a week; the number of topics planned. */
    private static int schedule(PrerequisiteGraph graph, List<String> goals) {
        List<String> order = LearningPathPlanner.plan(graph, goals, List.of()).topics();
        return StudyScheduler.schedule(StudyScheduler.tasks(graph, order), PLAN_HOURS_PER_WEEK, 2).timings().size();
    }

    /**
     * Search on Bolt: {@link #BOLT_SEARCH} with the Lucene query the server makes of {@code text}; the hits, an id
     * once (as the server keeps them).
     */
    private static int search(Session session, String text) {
        Map<String, Object> parameters = new HashMap<>(Map.of("index", GraphModel.FULLTEXT_INDEX,
                "query", IndexQuery.of(text), "limit", SEARCH_FIRST));
        parameters.put("roadmap", null); // every roadmap's, as the API's search(text:) without a roadmap
        return (int) session.executeRead(tx -> tx.run(BOLT_SEARCH, parameters).list(r -> r.get("id").asString()))
                .stream().distinct().count();
    }

    private static PrerequisiteGraph closure(Session session, List<String> ids) {
        PrerequisiteGraph.Builder builder = PrerequisiteGraph.builder();
        session.executeRead(tx -> tx.run(BOLT_CLOSURE, Map.of("ids", ids)).list()).forEach(row -> builder.topic(
                row.get("id").asString(), new OrderKey(row.get("phase").asInt(), row.get("ord").asInt()),
                row.get("hours").asInt(), row.get("requires").asList(Value::asString)));
        return builder.build();
    }

    /**
     * One field each result of an operation has once: a prerequisite, a step, a coverage, a project, a topic, a
     * search hit.
     */
    private static final Pattern RESULT_COUNT =
            Pattern.compile("\"(depth|position|coverage|number|missingHours|perHour|startWeek|hoursSpent|score)\"");

    private int graphql(URI url, String body, Operation operation, Optional<String> token)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(post(url, body, token), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        if (response.statusCode() != 200 || text.contains("\"errors\"")) {
            throw new IOException(operation.key + " answered " + response.statusCode() + ": "
                    + text.substring(0, Math.min(300, text.length())));
        }
        Matcher m = RESULT_COUNT.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static HttpRequest post(URI url, String body, Optional<String> token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return request.build();
    }

    /** The learner's token for the progress mix; no token for the roadmap operations. */
    private Optional<String> token(Operation operation, int i) {
        return Optional.of(tokens.get(Math.floorMod(i, LEARNERS))).filter(t -> operation == Operation.PROGRESS);
    }

    private static String learner(int i) {
        return "bench-learner-" + Math.floorMod(i, LEARNERS);
    }

    /** A learner's token: an HS256 JWT with the learner as subject, valid for a day, signed with the JDK's HMAC. */
    static String hs256(String subject) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"sub\":\"" + subject + "\",\"exp\":"
                + (Instant.now().getEpochSecond() + 86_400) + "}").getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TOKEN_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + b64.encodeToString(signature);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static String body(String query, String variable, String json) {
        return body(query, Map.of(variable, json));
    }

    /** A request body with the given variables, each already JSON. */
    static String body(String query, Map<String, String> variables) {
        return "{\"query\":" + quote(query) + ",\"variables\":{" + String.join(",", variables.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> quote(e.getKey()) + ":" + e.getValue()).toList()) + "}}";
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String list(List<String> values) {
        return "[" + String.join(",", values.stream().map(ApiBench::quote).toList()) + "]";
    }

    /**
     * The number of results each side gives for the first arguments of each operation: they must agree. A side that
     * gives no answer (at 100k topics a request may pass the client's 30 s timeout) counts -1, so that the run goes on.
     */
    Map<String, Map<Side, Integer>> agreement() throws InterruptedException {
        return agreement(Duration.ofDays(1));
    }

    /** As {@link #agreement()}, asking nothing more once {@code budget} is spent: -2 for what was not asked. */
    Map<String, Map<Side, Integer>> agreement(Duration budget) throws InterruptedException {
        long deadline = System.nanoTime() + budget.toNanos();
        Map<String, Map<Side, Integer>> counts = new LinkedHashMap<>();
        for (Operation operation : Operation.values()) {
            Map<Side, Integer> bySide = new LinkedHashMap<>();
            for (Side side : Side.values()) {
                if (measures(side, operation)) {
                    int count;
                    if (System.nanoTime() > deadline) {
                        bySide.put(side, -2);
                        continue;
                    }
                    try {
                        count = call(side, operation, 0);
                    } catch (IOException e) {
                        count = -1;
                    }
                    bySide.put(side, count);
                }
            }
            counts.put(operation.key, bySide);
        }
        return counts;
    }

    LoadRun.Result measure(Side side, Operation operation, int concurrency, Duration warmup, Duration measure) {
        return LoadRun.run(i -> call(side, operation, i), concurrency, warmup, measure);
    }

    /** A measurement over after {@code limit} at the latest ({@link LoadRun#run(LoadRun.Call, int, Duration, Duration, Duration)}). */
    LoadRun.Result measure(Side side, Operation operation, int concurrency, Duration warmup, Duration measure,
                           Duration limit) {
        return LoadRun.run(i -> call(side, operation, i), concurrency, warmup, measure, limit);
    }
}
