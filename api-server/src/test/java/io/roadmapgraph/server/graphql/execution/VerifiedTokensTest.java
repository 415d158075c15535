package io.roadmapgraph.server.graphql.execution;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-05T06:00:00Z");

    @Test
    void aVerifiedTokenNamesItsLearnerUpToItsExpiryAndIsDroppedAfterIt() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.verified("t.ann", "ann", Optional.of(NOW.plusSeconds(60)));

        assertThat(tokens.learner("t.ann", NOW)).contains("ann");
        assertThat(tokens.learner("t.ann", NOW.plusSeconds(60))).as("exp itself: not yet before now").contains("ann");
        assertThat(tokens.learner("t.ann", NOW.plusSeconds(61))).isEmpty();
        assertThat(tokens.size()).isZero();
        assertThat(tokens.learner("t.ann", NOW)).as("dropped: the full check answers it again").isEmpty();
    }

    @Test
    void aTokenWithoutExpiryStaysKnown() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.verified("t.ann", "ann", Optional.empty());

        assertThat(tokens.learner("t.ann", NOW.plusSeconds(365L * 24 * 3600))).contains("ann");
    }

    @Test
    void aTokenThatDiffersInOneCharacterFromAVerifiedOneIsUnknown() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.verified("header.claims.signature", "ann", Optional.of(NOW.plusSeconds(60)));

        assertThat(tokens.learner("header.claims.signaturf", NOW)).isEmpty();
        assertThat(tokens.learner("header.claimS.signature", NOW)).isEmpty();
        assertThat(tokens.learner("header.claims.signature ", NOW)).isEmpty();
    }

    @Test
    void aFullCacheIsEmptiedBeforeTheNextTokenIsKept() {
        VerifiedTokens tokens = new VerifiedTokens(3);
        IntStream.range(0, 3).forEach(i -> tokens.verified("t" + i, "l" + i, Optional.empty()));
        assertThat(tokens.size()).isEqualTo(3);

        tokens.verified("t3", "l3", Optional.empty());

        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.learner("t3", NOW)).contains("l3");
        assertThat(tokens.learner("t0", NOW)).isEmpty();
    }

    @Test
    void aCacheOfNoTokenIsRefused() {
        assertThatThrownBy(() -> new VerifiedTokens(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a token cache keeps at least one token, was 0");
    }
}
