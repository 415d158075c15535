package io.roadmapgraph.server.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Learners' bearer tokens for tests: signed with {@link #SECRET} for {@link #AUDIENCE}, the key and audience a test
 * server is given by {@link #serverSettings()}.
 */
public final class TestTokens {

    public static final String SECRET = "a-test-secret-of-at-least-thirty-two-bytes-0123456789";
    public static final String AUDIENCE = "roadmap-graph-test";

    private TestTokens() {
    }

    /** The settings that make a server check tokens against {@link #SECRET} and {@link #AUDIENCE}. */
    public static Map<String, Object> serverSettings() {
        return Map.of("micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET,
                "micronaut.security.token.jwt.claims-validators.audience", AUDIENCE);
    }

    /** A token of {@code subject} valid for ten minutes. */
    public static String token(String subject) {
        return token(subject, AUDIENCE, Instant.now().plusSeconds(600), SECRET);
    }

    public static String token(String subject, String audience, Instant expires, String secret) {
        return signed(new JWTClaimsSet.Builder().subject(subject).audience(audience)
                .expirationTime(Date.from(expires)).build(), secret);
    }

    /** A token of {@code subject} valid for ten minutes from {@code notBefore} on (its {@code nbf}). */
    public static String tokenFrom(String subject, Instant notBefore) {
        return signed(new JWTClaimsSet.Builder().subject(subject).audience(AUDIENCE)
                .notBeforeTime(Date.from(notBefore)).expirationTime(Date.from(notBefore.plusSeconds(600))).build(),
                SECRET);
    }

    private static String signed(JWTClaimsSet claims, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
