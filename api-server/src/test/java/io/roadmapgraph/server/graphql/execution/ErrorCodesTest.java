package io.roadmapgraph.server.graphql.execution;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.roadmapgraph.query.QueryException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorCodesTest {

    private static final ResultPath PATH = ResultPath.parse("/learningPath");

    @ParameterizedTest
    @EnumSource(QueryException.Kind.class)
    void aQueryExceptionKeepsItsMessageAndBecomesItsKind(QueryException.Kind kind) {
        GraphQLError error = ErrorCodes.translate(fetching(new QueryException(kind, "what went wrong")));
        assertThat(error.getMessage()).isEqualTo("what went wrong");
        assertThat(error.getExtensions()).containsEntry("code", kind.name());
        assertThat(error.getPath()).containsExactly("learningPath");
    }

    @Test
    void aQueryExceptionInsideADataLoaderBatchIsUnwrapped() {
        GraphQLError error = ErrorCodes.translate(fetching(new CompletionException(
                new QueryException(QueryException.Kind.NOT_FOUND, "unknown topic 'ragg'"))));
        assertThat(error.getMessage()).isEqualTo("unknown topic 'ragg'");
        assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND");
    }

    @Test
    void aDriverFailureOfANeo4jThatRefusesOrCannotBeReachedIsUnavailableWithTheUsersSentence() {
        GraphQLError refused = ErrorCodes.translate(fetching(new AuthenticationException(
                "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.")));
        GraphQLError away = ErrorCodes.translate(fetching(new ServiceUnavailableException("Unable to connect")));

        assertThat(refused.getExtensions()).containsEntry("code", "UNAVAILABLE");
        assertThat(refused.getMessage()).startsWith("the graph database refused the credentials")
                .endsWith("; try again later").doesNotContain("Neo.ClientError");
        assertThat(away.getExtensions()).containsEntry("code", "UNAVAILABLE");
        assertThat(away.getMessage()).isEqualTo(ErrorCodes.UNAVAILABLE_MESSAGE);
    }

    @Test
    void anythingElseIsAGenericInternalErrorWithoutItsMessage() {
        GraphQLError error = ErrorCodes.translate(fetching(
                new IllegalStateException("Neo.ClientError.Statement.SyntaxError: secret driver text")));
        assertThat(error.getMessage()).isEqualTo(ErrorCodes.INTERNAL_MESSAGE)
                .doesNotContain("secret", "Neo", "Exception");
        assertThat(error.getExtensions()).containsEntry("code", "INTERNAL");
        assertThat(error.toSpecification().toString()).doesNotContain("secret", "IllegalStateException");
    }

    private static ExceptionWhileDataFetching fetching(Throwable cause) {
        return new ExceptionWhileDataFetching(PATH, cause, new SourceLocation(1, 3));
    }
}
