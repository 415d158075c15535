package io.roadmapgraph.server.graphql.execution;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens that verified, by their whole text, with the learner each names: so that a learner's next requests
 * with the same token skip parsing it, its HMAC and the claim validators (about a sixth of a progress request's
 * server CPU). Only what stays true for the same text is kept: the signature, the audience and the subject depend on
 * the text and the configured key and audience only (the key is a secret fixed for the process: see
 * {@link LearnerTokens}); {@code nbf}, once passed, stays passed. The one claim that can turn a token from valid to
 * refused is {@code exp}: checked again on every hit as micronaut checks it ({@code exp} before now: refused), and an
 * expired entry is dropped, so that the full check answers it with its code. A token that differs in any character
 * is another key and is checked in full.
 * <p>
 * Bounded: when {@code max} tokens are kept, the next one empties the cache first (tokens live minutes, and a
 * learner's next request puts its token back), so a stream of distinct tokens cannot grow it.
 */
final class VerifiedTokens {

    /** The most tokens kept by default: a few MB of token text at most. */
    static final int DEFAULT_MAX = 10_000;

    private record Verified(String learner, Optional<Instant> expires) {
    }

    private final int max;
    private final Map<String, Verified> byToken = new ConcurrentHashMap<>();

    VerifiedTokens(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("a token cache keeps at least one token, was " + max);
        }
        this.max = max;
    }

    /** The learner of {@code token} when it verified before and has not expired at {@code now}. */
    Optional<String> learner(String token, Instant now) {
        Verified verified = byToken.get(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (verified.expires().isPresent() && verified.expires().get().isBefore(now)) {
            byToken.remove(token, verified);
            return Optional.empty();
        }
        return Optional.of(verified.learner());
    }

    /** Keeps {@code token}, whose signature and claims verified, as naming {@code learner} until {@code expires}. */
    void verified(String token, String learner, Optional<Instant> expires) {
        Verified verified = new Verified(Objects.requireNonNull(learner, "learner"), expires);
        if (byToken.size() >= max) {
            byToken.clear();
        }
        byToken.put(Objects.requireNonNull(token, "token"), verified);
    }

    /** How many tokens are kept (for tests). */
    int size() {
        return byToken.size();
    }
}
