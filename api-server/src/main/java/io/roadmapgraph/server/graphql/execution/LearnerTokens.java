package io.roadmapgraph.server.graphql.execution;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import io.micronaut.security.token.jwt.signature.ReactiveSignatureConfiguration;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtClaimsValidatorConfiguration;
import graphql.schema.DataFetchingEnvironment;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The learner a request acts for: the {@code sub} of its bearer token, a JWT that micronaut-security-jwt checks
 * against the configured secret or JWKS URL (signature, {@code exp}, audience), its {@code nbf} checked here. Never an
 * argument. With no key configured every token is refused ({@code UNAUTHENTICATED}): an unsigned token would otherwise
 * pass. A refused token gets the code of its first fault; nothing runs for it.
 * <p>
 * With HMAC secrets only (no JWKS URL, no other key source) a token that verified is kept by its text
 * ({@link VerifiedTokens}), its {@code exp} checked again on every use: a secret changes only with a restart, which
 * empties the cache. With a JWKS URL every token is checked in full every time, so that a key removed from the JWKS
 * stops its tokens as soon as micronaut reads the new key set (docs/security.md, "Rotating the key").
 */
@Singleton
public class LearnerTokens {

    private static final String BEARER = "bearer ";
    /** How far ahead of this server's clock a token's {@code nbf} may be: the issuing app's clock may run ahead. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final JsonWebTokenValidator<JWT, Object> validator;
    private final boolean configured;
    private final Optional<String> audience;
    private final Optional<VerifiedTokens> verified;

    @SuppressWarnings({"rawtypes", "unchecked"})
    LearnerTokens(JsonWebTokenValidator validator, List<SignatureConfiguration> signatures,
                  List<ReactiveSignatureConfiguration<?>> reactiveSignatures, JwtClaimsValidatorConfiguration claims) {
        this.validator = validator;
        this.configured = !signatures.isEmpty() || !reactiveSignatures.isEmpty();
        this.audience = Optional.ofNullable(claims.getAudience()).filter(a -> !a.isBlank());
        this.verified = Optional.of(new VerifiedTokens(VerifiedTokens.DEFAULT_MAX))
                .filter(v -> secretsOnly(signatures, reactiveSignatures));
    }

    /** Whether every key is a configured secret: fixed for the process, so a verified token may be kept. */
    static boolean secretsOnly(List<SignatureConfiguration> signatures,
                               List<ReactiveSignatureConfiguration<?>> reactiveSignatures) {
        return !signatures.isEmpty() && reactiveSignatures.isEmpty()
                && signatures.stream().allMatch(s -> s instanceof SecretSignature);
    }

    /** Whether verified tokens are kept (only with secrets); for tests. */
    boolean keepsVerifiedTokens() {
        return verified.isPresent();
    }

    /** The learner a field acts for, and the bookmark its reads wait for. */
    public record Learner(String id, Optional<String> bookmark) {
    }

    /**
     * The caller's learner when the field's {@code useProgress} argument is true; empty (and no token needed) when it
     * is false or absent.
     */
    public Optional<Learner> whenUsingProgress(DataFetchingEnvironment env) {
        if (!Boolean.TRUE.equals(env.getArgument("useProgress"))) {
            return Optional.empty();
        }
        Caller caller = Caller.of(env);
        return Optional.of(new Learner(learner(caller), caller.bookmark()));
    }

    /** Whether a key (secret or JWKS URL) is configured; without one, no learner can be authenticated. */
    public boolean configured() {
        return configured;
    }

    /**
     * The learner id of the caller's token.
     *
     * @throws ErrorCode.CodedException UNAUTHENTICATED, TOKEN_UNSIGNED, TOKEN_EXPIRED, TOKEN_WRONG_AUDIENCE,
     *                                  TOKEN_INVALID
     */
    public String learner(Caller caller) {
        if (!configured) {
            throw ErrorCode.UNAUTHENTICATED.exception("progress needs a learner's bearer token, and this server has"
                    + " no token key configured (docs/security.md)");
        }
        String header = caller.authorization().orElseThrow(() -> ErrorCode.UNAUTHENTICATED.exception(
                "progress needs a learner's bearer token: send 'Authorization: Bearer <JWT>'"));
        if (!header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw ErrorCode.UNAUTHENTICATED.exception("the Authorization header must be 'Bearer <JWT>'");
        }
        String token = header.substring(BEARER.length()).strip();
        Optional<String> known = verified.flatMap(v -> v.learner(token, Instant.now()));
        if (known.isPresent()) {
            return known.get();
        }
        // the validator parses the token itself: a valid token's claims are read from that parse (parsing it here
        // too was a second parse of its header and claims per request); a refused one is parsed here to say why
        Optional<JWT> valid = validator.validate(token, null);
        JWT jwt = valid.isPresent() ? valid.get() : parsed(token);
        if (jwt instanceof PlainJWT) {
            throw ErrorCode.TOKEN_UNSIGNED.exception("the bearer token is not signed (alg: none); sign it with the"
                    + " configured key");
        }
        JWTClaimsSet claims = claims(jwt);
        if (valid.isEmpty()) {
            throw refusal(claims);
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw noLearner();
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().isAfter(Instant.now().plus(CLOCK_SKEW))) {
            // RFC 7519 4.1.5: not accepted before nbf; micronaut's validator leaves it unchecked (no skew allowance)
            throw ErrorCode.TOKEN_INVALID.exception("the bearer token is not valid before " + notBefore.toInstant()
                    + " (its nbf); use it from then on");
        }
        verified.ifPresent(v -> v.verified(token, subject,
                Optional.ofNullable(claims.getExpirationTime()).map(Date::toInstant)));
        return subject;
    }

    private static JWT parsed(String token) {
        try {
            return JWTParser.parse(token);
        } catch (ParseException e) {
            throw ErrorCode.TOKEN_INVALID.exception("the bearer token is no JWT");
        }
    }

    /** Why a token the validator refused was refused, as precisely as its claims tell. */
    private ErrorCode.CodedException refusal(JWTClaimsSet claims) {
        Date expires = claims.getExpirationTime();
        if (expires != null && expires.toInstant().isBefore(Instant.now())) {
            return ErrorCode.TOKEN_EXPIRED.exception("the bearer token expired at " + expires.toInstant()
                    + "; ask the app for a new one");
        }
        if (audience.isPresent() && (claims.getAudience() == null || !claims.getAudience().contains(audience.get()))) {
            return ErrorCode.TOKEN_WRONG_AUDIENCE.exception("the bearer token is for another audience than '"
                    + audience.get() + "'");
        }
        if (claims.getSubject() == null) {
            // micronaut's validator refuses a token without sub however well it is signed: say so, not "signature"
            return noLearner();
        }
        return ErrorCode.TOKEN_INVALID.exception("the bearer token's signature does not verify with the configured"
                + " key");
    }

    private static ErrorCode.CodedException noLearner() {
        return ErrorCode.TOKEN_INVALID.exception("the bearer token names no learner (no 'sub' claim)");
    }

    private static JWTClaimsSet claims(JWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw ErrorCode.TOKEN_INVALID.exception("the bearer token's claims are not JSON");
        }
    }
}
