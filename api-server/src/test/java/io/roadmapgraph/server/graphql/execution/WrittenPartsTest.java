package io.roadmapgraph.server.graphql.execution;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WrittenPartsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} items")
    @ValueSource(ints = {0, 1, 3_000, 20_000})
    void anAnswerInPartsTakesAWrittenValuesPartsOverAndHoldsTheBytesOfOneCopiedIn(int items) throws Exception {
        EncodedNodes.Written written = written(items);
        Map<String, Object> answer = answer(written);

        ChunkedBody body = new ChunkedBody();
        JSON.writeValue(body, answer);
        List<byte[]> parts = body.parts();

        assertThat(joined(parts)).isEqualTo(JSON.writeValueAsBytes(answer(written.toString())))
                .isEqualTo(JSON.writeValueAsBytes(answer));
        assertThat(parts).allSatisfy(p -> assertThat(p.length).isBetween(1, ChunkedBody.PART));
        assertThat(parts).as("the written value's own arrays, not copies")
                .anySatisfy(p -> assertThat(p).isSameAs(written.parts().get(0)));
    }

    @ParameterizedTest(name = "{0} items")
    @ValueSource(ints = {0, 3_000, 20_000})
    void anyOtherGeneratorGetsTheSameBytesCopied(int items) throws Exception {
        EncodedNodes.Written written = written(items);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeValue(out, answer(written));

        assertThat(out.toByteArray()).isEqualTo(JSON.writeValueAsBytes(answer(written.toString())));
    }

    /** A list of {@code items} objects written as the completion writes one, into a body's parts. */
    private static EncodedNodes.Written written(int items) throws Exception {
        ChunkedBody bytes = new ChunkedBody(100);
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < items; i++) {
            json.append(i == 0 ? "" : ",").append("{\"position\":").append(i).append(",\"title\":\"T\u00e9 ")
                    .append(i).append("\"}");
        }
        bytes.write(json.append(']').toString().getBytes(StandardCharsets.UTF_8));
        return new EncodedNodes.Written(bytes.parts());
    }

    /** An answer with the value between others, so that the separators around it are written too. */
    private static Map<String, Object> answer(Object value) throws Exception {
        Object plain = value instanceof String text ? JSON.readValue(text, Object.class) : value;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("before", 1);
        data.put("path", plain);
        data.put("after", List.of("x"));
        return Map.of("data", data);
    }

    private static byte[] joined(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
