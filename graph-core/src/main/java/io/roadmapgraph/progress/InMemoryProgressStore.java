package io.roadmapgraph.progress;

import org.apiguardian.api.API;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Progress in this JVM's memory, lost when it stops: for an app that persists it itself (or tests). Thread-safe. */
@API(status = API.Status.EXPERIMENTAL)
public final class InMemoryProgressStore implements ProgressStore {

    private final Map<String, Map<String, TopicProgress>> byLearner = new ConcurrentHashMap<>();

    @Override
    public List<TopicProgress> progress(String learner, Optional<String> bookmark) {
        return byLearner.getOrDefault(learner, Map.of()).values().stream()
                .sorted(Comparator.comparing(TopicProgress::topic)).toList();
    }

    @Override
    public Written put(String learner, Collection<TopicProgress> records) {
        Map<String, TopicProgress> mine = byLearner.computeIfAbsent(learner, l -> new ConcurrentHashMap<>());
        synchronized (mine) {
            records.forEach(r -> mine.put(r.topic(), r));
        }
        return new Written(records.size(), Optional.empty());
    }

    @Override
    public Written clear(String learner, Collection<String> topics) {
        Map<String, TopicProgress> mine = byLearner.getOrDefault(learner, Map.of());
        int removed = (int) topics.stream().distinct().filter(t -> mine.remove(t) != null).count();
        return new Written(removed, Optional.empty());
    }

    @Override
    public Written deleteLearner(String learner) {
        Map<String, TopicProgress> removed = byLearner.remove(learner);
        return new Written(removed == null ? 0 : removed.size(), Optional.empty());
    }
}
