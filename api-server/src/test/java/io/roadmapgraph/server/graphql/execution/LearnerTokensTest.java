package io.roadmapgraph.server.graphql.execution;

import io.micronaut.security.token.jwt.signature.ReactiveSignatureConfiguration;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.jwks.DefaultJwkValidator;
import io.micronaut.security.token.jwt.signature.jwks.JwkSetFetcher;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignature;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfigurationProperties;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which keys let {@link LearnerTokens} keep a verified token: secrets only, never a JWKS, whose keys may go. */
class LearnerTokensTest {

    @Test
    void tokensAreKeptWithSecretsOnly() {
        assertThat(LearnerTokens.secretsOnly(List.of(secret("a"), secret("b")), List.of())).isTrue();
    }

    @Test
    void tokensAreNotKeptWithAJwksWhoseKeysMayBeRemovedAtAnyTime() {
        assertThat(LearnerTokens.secretsOnly(List.of(jwks()), List.of())).isFalse();
        assertThat(LearnerTokens.secretsOnly(List.of(secret("a"), jwks()), List.of())).isFalse();
    }

    @Test
    void tokensAreNotKeptWithAReactiveKeySourceOrWithoutAnyKey() {
        ReactiveSignatureConfiguration<?> reactive = (Object jwt) -> (Publisher<Boolean>) s -> {
        };
        assertThat(LearnerTokens.secretsOnly(List.of(secret("a")), List.of(reactive))).isFalse();
        assertThat(LearnerTokens.secretsOnly(List.of(), List.of())).isFalse();
    }

    private static SignatureConfiguration secret(String name) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration(name);
        configuration.setSecret("a-test-secret-of-at-least-thirty-two-bytes-0123456789");
        return new SecretSignature(configuration);
    }

    private static SignatureConfiguration jwks() {
        JwksSignatureConfigurationProperties configuration = new JwksSignatureConfigurationProperties("app");
        configuration.setUrl("http://127.0.0.1:1/jwks"); // never fetched here
        return new JwksSignature(configuration, new DefaultJwkValidator(), new JwkSetFetcher<>() {
            @Override
            public Optional<com.nimbusds.jose.jwk.JWKSet> fetch(String url) {
                return Optional.empty();
            }

            @Override
            public void clearCache(String url) {
            }
        });
    }
}
