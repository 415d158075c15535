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
     * ordering key: the topics outside K*, found word by word in its bits (K* often holds most of the graph), each
     * one's direct prerequisites checked in the flags, then sorted by the graph's rank.
     */
    static int[] numbersOf(PrerequisiteGraph.Numbered numbered, Closure.Reach knownClosure) {
        int size = numbered.size();
        PrerequisiteGraph.Numbered.Flat requirements = numbered.flat();
        int[] ranks = new int[size - knownClosure.size()];
        int count = 0;
        for (int w = 0, words = (size + 63) >>> 6; w < words; w++) {
            long outside = ~knownClosure.word(w);
            if (w == words - 1 && (size & 63) != 0) {
                outside &= (1L << size) - 1; // the last word's bits beyond the last topic
            }
            for (; outside != 0; outside &= outside - 1) {
                int topic = (w << 6) + Long.numberOfTrailingZeros(outside);
                if (requirements.allIn(topic, knownClosure)) {
                    ranks[count++] = numbered.rank(topic);
                }
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
