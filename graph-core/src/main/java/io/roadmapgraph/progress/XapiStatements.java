package io.roadmapgraph.progress;

import org.apiguardian.api.API;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's records as xAPI statements (the e-learning interchange standard, version 1.0.3), for a learning record
 * store: the learner as an account of {@code homePage}, one statement per record with a verb for its status, the
 * topic as an activity {@code urn:roadmap-graph:topic:<id>}, the hours spent as an ISO-8601 duration, the record's
 * time as the timestamp. The note is not exported here (the JSON export has it).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class XapiStatements {

    /** The activity id prefix of a topic. */
    public static final String TOPIC_IRI = "urn:roadmap-graph:topic:";

    private XapiStatements() {
    }

    /** The statements of {@code learner}'s records; {@code homePage}: the URL of the app that names the learner. */
    public static List<Map<String, Object>> of(String learner, String homePage, List<TopicProgress> records) {
        Map<String, Object> actor = Map.of("objectType", "Agent",
                "account", Map.of("homePage", homePage, "name", learner));
        return records.stream().map(r -> {
            Map<String, Object> statement = new LinkedHashMap<>();
            statement.put("actor", actor);
            statement.put("verb", verb(r.status()));
            statement.put("object", Map.of("objectType", "Activity", "id", TOPIC_IRI + r.topic()));
            statement.put("result", Map.of("completion", r.status().known() || r.status() == ProgressStatus.REVIEWING,
                    "duration", "PT" + r.hoursSpent() + "H"));
            statement.put("timestamp", r.updatedAt().toString());
            return statement;
        }).toList();
    }

    private static Map<String, Object> verb(ProgressStatus status) {
        String[] verb = switch (status) {
            case DONE -> new String[] {"http://adlnet.gov/expapi/verbs/completed", "completed"};
            case LEARNING -> new String[] {"http://adlnet.gov/expapi/verbs/progressed", "progressed"};
            case SKIPPED -> new String[] {"http://id.tincanapi.com/verb/skipped", "skipped"};
            case REVIEWING -> new String[] {"http://id.tincanapi.com/verb/reviewed", "reviewed"};
        };
        return Map.of("id", verb[0], "display", Map.of("en-US", verb[1]));
    }
}
