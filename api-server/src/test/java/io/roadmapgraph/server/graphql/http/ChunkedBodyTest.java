package io.roadmapgraph.server.graphql.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkedBodyTest {

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 1023, 1024, 1025, 65_535, 65_536, 65_537, 200_000, 1_000_000})
    void partsHoldTheBytesWrittenInOrderAndNoneIsLargerThanAPart(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        ChunkedBody body = new ChunkedBody();
        // single bytes, short and long runs, as a JSON generator's flushes mix them
        int at = 0;
        Random sizes = new Random(7);
        while (at < length) {
            int n = Math.min(length - at, sizes.nextInt(3) == 0 ? 1 : sizes.nextInt(20_000));
            if (n == 1) {
                body.write(bytes[at]);
            } else {
                body.write(bytes, at, n);
            }
            at += n;
        }

        List<byte[]> parts = body.parts();

        assertThat(joined(parts)).isEqualTo(bytes);
        assertThat(parts).allSatisfy(p -> assertThat(p.length).isLessThanOrEqualTo(ChunkedBody.PART));
    }

    @Test
    void aSmallAnswerIsOneArrayOfItsLength() {
        ChunkedBody body = new ChunkedBody();
        body.write(new byte[] {'{', '}'}, 0, 2);

        assertThat(body.parts()).singleElement().isEqualTo(new byte[] {'{', '}'});
    }

    @Test
    void anAnswerOfAFewKilobytesIsOneArrayOfItsLength() {
        ChunkedBody body = new ChunkedBody();
        body.write(new byte[3_000], 0, 3_000);

        assertThat(body.parts()).extracting(p -> p.length).containsExactly(3_000);
    }

    @Test
    void aGrowingAnswerKeepsEveryFullPartAsItIsAndStartsTheNextAtTwiceTheBytesWrittenSoFar() {
        ChunkedBody body = new ChunkedBody();
        body.write(new byte[24_000], 0, 24_000);

        // the first part grown to 4,096, then 8,192 full, the rest in a part of 24,576 cut to its length
        assertThat(body.parts()).extracting(p -> p.length).containsExactly(4_096, 8_192, 11_712);
    }

    @Test
    void partsStopGrowingAtAPart() {
        ChunkedBody body = new ChunkedBody();
        body.write(new byte[300_000], 0, 300_000);

        // 4,096 + 8,192 + 24,576 = 36,864 bytes, then parts of 64 KiB and the rest
        assertThat(body.parts()).extracting(p -> p.length)
                .containsExactly(4_096, 8_192, 24_576, 65_536, 65_536, 65_536, 65_536, 992);
    }

    @Test
    void theAnswersBodyJoinsItsPartsToTheMappersBytes() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Object> answer = Map.of("data", Map.of("steps", IntStream.range(0, 30_000)
                .mapToObj(i -> Map.of("position", i, "title", "Topic \u00e9 " + i)).toList()));
        ChunkedBody body = new ChunkedBody();
        mapper.writeValue(body, answer);

        GraphQLOverHttp.Answer written = new GraphQLOverHttp.Answer(200, "application/json", body.parts(), Map.of());

        assertThat(written.parts()).hasSizeGreaterThan(1);
        assertThat(written.body()).isEqualTo(mapper.writeValueAsBytes(answer));
    }

    private static byte[] joined(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
