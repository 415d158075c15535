package io.roadmapgraph.algorithms;

import io.roadmapgraph.algorithms.CoverageRanking.Candidate;
import io.roadmapgraph.algorithms.CoverageRanking.Coverage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageRankingTest {

    private static final List<Candidate> PROJECTS = List.of(
            new Candidate("faq-bot", 1, List.of("rag", "bm25", "prompting")),
            new Candidate("agent", 2, List.of("agents", "prompting")),
            new Candidate("search", 3, List.of("rag", "bm25")),
            new Candidate("eval", 4, List.of("evaluation")));

    @Test
    void allKeepsOnlyProjectsExercisingEverySkillTiesByNumber() {
        assertThat(CoverageRanking.rank(PROJECTS, List.of("rag", "bm25"), SkillMatch.ALL))
                .extracting(Coverage::project).containsExactly("faq-bot", "search");
    }

    @Test
    void anyRanksBestCoverageFirstWithCoveredAndMissingInTheOrderAsked() {
        List<Coverage> ranked = CoverageRanking.rank(PROJECTS, List.of("prompting", "rag", "agents"), SkillMatch.ANY);
        assertThat(ranked).extracting(Coverage::project).containsExactly("faq-bot", "agent", "search");
        assertThat(ranked.get(0).covered()).containsExactly("prompting", "rag");
        assertThat(ranked.get(0).missing()).containsExactly("agents");
        assertThat(ranked.get(0).coverage()).isEqualTo(2.0 / 3);
        assertThat(ranked.get(2).covered()).containsExactly("rag");
    }

    @Test
    void noProjectCoversAllOfUnrelatedSkills() {
        assertThat(CoverageRanking.rank(PROJECTS, List.of("agents", "evaluation"), SkillMatch.ALL)).isEmpty();
    }
}
