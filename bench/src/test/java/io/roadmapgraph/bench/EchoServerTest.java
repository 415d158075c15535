package io.roadmapgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The echo side replays the recorded answer to a body, and only for as long as it holds it. */
class EchoServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answersARecordedBodyWithItsRecordedBytes() throws Exception {
        try (EchoServer echo = new EchoServer(1)) {
            echo.record("{\"query\":\"{ me { id } }\"}", "{\"data\":1}".getBytes(StandardCharsets.UTF_8));

            HttpResponse<String> answer = post(echo, "{\"query\":\"{ me { id } }\"}");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"data\":1}");
        }
    }

    @Test
    void forgetsEveryRecordedAnswerSoThatTheNextSizeRecordsItsOwn() throws Exception {
        try (EchoServer echo = new EchoServer(1)) {
            echo.record("{\"query\":\"{ me { id } }\"}", "{\"data\":1}".getBytes(StandardCharsets.UTF_8));

            echo.forget();

            assertThat(echo.holds("{\"query\":\"{ me { id } }\"}")).isFalse();
            assertThat(post(echo, "{\"query\":\"{ me { id } }\"}").statusCode()).isEqualTo(404);
        }
    }

    private HttpResponse<String> post(EchoServer echo, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(echo.uri()).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
