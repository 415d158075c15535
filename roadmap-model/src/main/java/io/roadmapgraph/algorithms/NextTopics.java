package io.roadmapgraph.algorithms;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What to learn next: every topic not in K* ({@link Subtopics#knownClosure}: the known topics, their non-elective
 * subtopics and all their prerequisites) whose direct prerequisites are all in K*.
 */
public final class NextTopics {

    private NextTopics() {
    }

    /** The next topics for someone who knows {@code known}, sorted by ordering key. */
    public static List<String> of(PrerequisiteGraph graph, Collection<String> known) {
        PrerequisiteGraph.Numbered numbered = graph.numbered();
        int[] next = numbersOf(numbered, Subtopics.knownReach(graph, known));
        List<String> ids = new java.util.ArrayList<>(next.length);
        for (int topic : next) {
            ids.add(numbered.id(topic));
        }
        return List.copyOf(ids);
    }

    /**
     * The numbers of the next topics for someone whose K* is {@code knownClosure} (made by the caller), sorted by
     * ordering key: by topic number, each topic's direct prerequisites checked in the flags, then sorted by the
     * graph's rank.
     */
    static int[] numbersOf(PrerequisiteGraph.Numbered numbered, Closure.Reach knownClosure) {
        int[] ranks = new int[numbered.size()];
        int count = 0;
        for (int topic = 0; topic < numbered.size(); topic++) {
            if (!knownClosure.has(topic) && numbered.requirementsIn(topic, knownClosure)) {
                ranks[count++] = numbered.rank(topic);
            }
        }
        java.util.Arrays.sort(ranks, 0, count);
        int[] next = new int[count];
        for (int i = 0; i < count; i++) {
            next[i] = numbered.byRank(ranks[i]);
        }
        return next;
    }

}
