package io.roadmapgraph.progress;

import io.roadmapgraph.graph.Drivers;
import io.roadmapgraph.graph.GraphModel;
import org.apiguardian.api.API;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * Progress in Neo4j, beside the roadmaps: {@code (:Learner {id})-[:HAS_PROGRESS]->(:Progress {learner, topic, ...})}.
 * The learner subgraph has no {@code rev} and no relationship to a topic node, so no load, revision switch or roadmap
 * removal touches it; a record whose topic left the roadmaps stays (orphaned) and is found again when it returns.
 * Writes run in write transactions (the driver retries transient failures), reads in read transactions; every write
 * answers its bookmark and every read waits for the one it is given (read-your-writes on a cluster). Each is one
 * statement run as the driver's {@code executableQuery}, a managed transaction whose BEGIN goes out with the statement
 * (one round trip fewer than a session's {@code executeRead}/{@code executeWrite}, which wait for BEGIN's answer
 * first); a write is committed, and so durable, before it answers.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Neo4jProgressStore implements ProgressStore {

    private static final String BOOKMARK_SEPARATOR = ",";

    private static final String READ = GraphModel.cypher("""
            MATCH (:{Learner} {id: $learner})-[:{HAS_PROGRESS}]->(p:{Progress})
            RETURN p.topic AS topic, p.status AS status, p.hoursSpent AS hoursSpent, p.note AS note,
                   p.updatedAt AS updatedAt
            ORDER BY topic""");
    private static final String PUT = GraphModel.cypher("""
            MERGE (l:{Learner} {id: $learner})
            WITH l UNWIND $rows AS row
            MERGE (p:{Progress} {learner: $learner, topic: row.topic})
            MERGE (l)-[:{HAS_PROGRESS}]->(p)
            SET p.status = row.status, p.hoursSpent = row.hoursSpent, p.note = row.note, p.updatedAt = row.updatedAt
            RETURN count(p) AS changed""");
    private static final String CLEAR = GraphModel.cypher("""
            MATCH (p:{Progress} {learner: $learner}) WHERE p.topic IN $topics
            DETACH DELETE p RETURN count(*) AS changed""");
    private static final String DELETE_LEARNER = GraphModel.cypher("""
            OPTIONAL MATCH (p:{Progress} {learner: $learner})
            DETACH DELETE p
            WITH count(*) AS records
            OPTIONAL MATCH (l:{Learner} {id: $learner})
            DETACH DELETE l
            RETURN records AS changed""");

    private final Driver driver;
    private final Optional<String> database;
    private final Duration timeout;
    private final AtomicBoolean constrained = new AtomicBoolean();

    /**
     * @param database the database to keep progress in (empty = the server's default); it may differ from the
     *                 roadmaps' (docs/security.md: keeping learner data apart)
     * @param timeout  of each transaction
     */
    public Neo4jProgressStore(Driver driver, Optional<String> database, Duration timeout) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.database = Objects.requireNonNull(database, "database");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Creates the uniqueness constraints of the learner subgraph if they are missing (idempotent). The first write
     * does it too, so that a store made while the database is down starts without it.
     */
    public void createConstraints() {
        run(session -> {
            session.executeWriteWithoutResult(tx -> {
                tx.run(GraphModel.cypher("CREATE CONSTRAINT learner_id IF NOT EXISTS FOR (l:{Learner})"
                        + " REQUIRE l.id IS UNIQUE")).consume();
            });
            session.executeWriteWithoutResult(tx -> tx.run(GraphModel.cypher("CREATE CONSTRAINT progress_key"
                    + " IF NOT EXISTS FOR (p:{Progress}) REQUIRE (p.learner, p.topic) IS UNIQUE")).consume());
            return null;
        }, Optional.empty());
    }

    @Override
    public List<TopicProgress> progress(String learner, Optional<String> bookmark) {
        Objects.requireNonNull(learner, "learner");
        // no bookmark: none to wait for, and none to keep (a read makes none a caller needs)
        BookmarkManager waitFor = bookmark.map(b -> BookmarkManagers.defaultManager(BookmarkManagerConfig.builder()
                .withInitialBookmarks(decode(b)).build())).orElse(null);
        return query(READ, Map.of("learner", learner), RoutingControl.READ, waitFor, bookmark,
                Collectors.mapping(Neo4jProgressStore::record, Collectors.toUnmodifiableList()));
    }

    private static TopicProgress record(Record r) {
        return new TopicProgress(r.get("topic").asString(), ProgressStatus.parse(r.get("status").asString()),
                r.get("hoursSpent").asInt(), r.get("note").asString(""),
                Instant.ofEpochMilli(r.get("updatedAt").asLong()));
    }

    @Override
    public Written put(String learner, Collection<TopicProgress> records) {
        List<Map<String, Object>> rows = records.stream().map(r -> Map.<String, Object>of("topic", r.topic(),
                "status", r.status().name(), "hoursSpent", r.hoursSpent(), "note", r.note(),
                "updatedAt", r.updatedAt().toEpochMilli())).toList();
        return write(learner, PUT, Map.of("rows", rows));
    }

    @Override
    public Written clear(String learner, Collection<String> topics) {
        return write(learner, CLEAR, Map.of("topics", List.copyOf(topics)));
    }

    @Override
    public Written deleteLearner(String learner) {
        return write(learner, DELETE_LEARNER, Map.of());
    }

    private Written write(String learner, String query, Map<String, Object> parameters) {
        Objects.requireNonNull(learner, "learner");
        if (!constrained.get()) {
            createConstraints();
            constrained.set(true);
        }
        Map<String, Object> all = new java.util.HashMap<>(parameters);
        all.put("learner", learner);
        // a manager of this write alone: after the commit it holds the write's bookmark
        BookmarkManager written = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());
        int changed = query(query, all, RoutingControl.WRITE, written, Optional.empty(),
                Collectors.reducing(0, r -> r.get("changed").asInt(), Integer::sum));
        return new Written(changed, Optional.of(encode(written.getBookmarks())));
    }

    /**
     * One statement in a managed transaction of {@code routing} (retried on transient failures), with the store's
     * database and timeout; {@code bookmarks} (null: none) are waited for before it and hold its bookmark after it.
     */
    private <T> T query(String query, Map<String, Object> parameters, RoutingControl routing,
                        BookmarkManager bookmarks, Optional<String> bookmark, Collector<Record, ?, T> collector) {
        QueryConfig.Builder config = QueryConfig.builder().withRouting(routing).withTimeout(timeout)
                .withBookmarkManager(bookmarks);
        database.ifPresent(config::withDatabase);
        return translated(() -> driver.executableQuery(query).withParameters(parameters).withConfig(config.build())
                .execute(collector), bookmark);
    }

    private <T> T run(Function<Session, T> work, Optional<String> bookmark) {
        SessionConfig.Builder config = SessionConfig.builder();
        database.ifPresent(config::withDatabase);
        bookmark.map(Neo4jProgressStore::decode).ifPresent(config::withBookmarks);
        return translated(() -> {
            try (Session session = driver.session(config.build())) {
                return work.apply(session);
            }
        }, bookmark);
    }

    /** {@code work}, with the driver's failures as this module's: UNAVAILABLE, BAD_BOOKMARK. */
    private static <T> T translated(Supplier<T> work, Optional<String> bookmark) {
        try {
            return work.get();
        } catch (ClientException e) {
            if (bookmark.isPresent() && e.code() != null && e.code().contains("Bookmark")) {
                throw new ProgressException(ProgressException.Code.BAD_BOOKMARK, "the bookmark sent is none this"
                        + " database wrote; send back the one a write returned, or none");
            }
            throw unavailableOr(e);
        } catch (Neo4jException e) {
            // a neo4j:// URI whose host is unknown comes here too: the driver's routing path reports it as a generic
            // error
            throw unavailableOr(e);
        }
    }

    /** UNAVAILABLE in {@link Drivers#unavailable}'s words when {@code e} means the database cannot be used, else e. */
    private static RuntimeException unavailableOr(Neo4jException e) {
        return Drivers.unavailable(e)
                .<RuntimeException>map(said -> new ProgressException(ProgressException.Code.UNAVAILABLE, said))
                .orElse(e);
    }

    private static String encode(Set<Bookmark> bookmarks) {
        return bookmarks.stream().map(Bookmark::value).sorted().collect(Collectors.joining(BOOKMARK_SEPARATOR));
    }

    private static Set<Bookmark> decode(String bookmark) {
        return Arrays.stream(bookmark.split(BOOKMARK_SEPARATOR)).map(String::strip).filter(b -> !b.isEmpty())
                .map(Bookmark::from).collect(Collectors.toSet());
    }

}
