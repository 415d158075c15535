package io.roadmapgraph.progress;

import org.apiguardian.api.API;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What progress records imply, derived on every read and never stored: a parent's status from its subtopics, the
 * percent of a phase or roadmap done by hours. Plain Java over ids and hours.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ProgressRollup {

    /** A topic as the roll-up needs it: its id and its estimated hours. */
    public record TopicHours(String topic, int estimatedHours) {
    }

    private ProgressRollup() {
    }

    /**
     * The hours of a topic that count as done: all of its estimate when DONE, SKIPPED or REVIEWING, the hours spent
     * (at most the estimate) when LEARNING, none without a record.
     */
    public static int doneHours(int estimatedHours, Optional<TopicProgress> record) {
        return record.map(r -> r.status() == ProgressStatus.LEARNING ? Math.min(r.hoursSpent(), estimatedHours)
                : estimatedHours).orElse(0);
    }

    /** The hours still to study: the estimate minus {@link #doneHours}. */
    public static int remainingHours(int estimatedHours, Optional<TopicProgress> record) {
        return estimatedHours - doneHours(estimatedHours, record);
    }

    /**
     * The hours a learning path or a plan gives a LEARNING topic: its {@link #remainingHours}, but at least 1, as the
     * topic is not done until the learner marks it DONE.
     */
    public static int hoursLeft(int estimatedHours, TopicProgress learning) {
        return Math.max(1, remainingHours(estimatedHours, Optional.of(learning)));
    }

    /** The percent (0..100) of the topics' estimated hours done; 0 for topics without hours. */
    public static double percentDone(Collection<TopicHours> topics, Map<String, TopicProgress> byTopic) {
        long total = topics.stream().mapToLong(TopicHours::estimatedHours).sum();
        if (total == 0) {
            return 0;
        }
        long done = topics.stream().mapToLong(t -> doneHours(t.estimatedHours(),
                Optional.ofNullable(byTopic.get(t.topic())))).sum();
        return Math.round(1000.0 * done / total) / 10.0;
    }

    /**
     * A parent's status from its subtopics' records: DONE when every subtopic is known (DONE or SKIPPED), LEARNING
     * when some have a record, none when no subtopic has one (or it has no subtopics).
     */
    public static Optional<ProgressStatus> parentStatus(Collection<String> subtopics,
                                                        Map<String, TopicProgress> byTopic) {
        if (subtopics.isEmpty() || subtopics.stream().noneMatch(byTopic::containsKey)) {
            return Optional.empty();
        }
        boolean allKnown = subtopics.stream().allMatch(t -> byTopic.containsKey(t) && byTopic.get(t).status().known());
        return Optional.of(allKnown ? ProgressStatus.DONE : ProgressStatus.LEARNING);
    }
}
