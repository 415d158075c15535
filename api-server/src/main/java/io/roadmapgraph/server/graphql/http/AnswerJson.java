package io.roadmapgraph.server.graphql.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a GraphQL answer as UTF-8 JSON bytes, the same bytes as the mapper's {@code writeValueAsBytes} with every
 * null and empty value kept. A GraphQL answer ({@code ExecutionResult.toSpecification()}) is maps with string keys,
 * lists, strings, integers and booleans almost throughout; those are written straight to the generator, without the
 * mapper's serializer lookup for every value of a map (12-13 % of a large answer's samples). Any other value (a
 * double, a custom scalar's object) is handed to the mapper as it is; an answer holding a map with other keys than
 * strings, and every answer of a mapper that sorts map entries by key, is written by the mapper as a whole.
 */
final class AnswerJson {

    private final ObjectMapper json;
    private final ObjectWriter writer;
    private final boolean direct;

    AnswerJson(ObjectMapper mapper) {
        // Micronaut's mapper leaves out empty and null values; a GraphQL response must keep them ("search": [])
        this.json = mapper.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
        this.writer = json.writer();
        this.direct = !json.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    byte[] write(Object value) {
        try {
            if (!direct) {
                return writer.writeValueAsBytes(value);
            }
            ByteArrayBuilder bytes = new ByteArrayBuilder(1024);
            try (JsonGenerator generator = writer.createGenerator(bytes, JsonEncoding.UTF8)) {
                write(generator, value);
            } catch (NotPlain e) {
                return writer.writeValueAsBytes(value); // a map with other keys than strings: the mapper writes all
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a GraphQL response as JSON", e);
        }
    }

    private void write(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof List<?> list) {
            generator.writeStartArray(list, list.size());
            for (Object item : list) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject(map, map.size());
            try {
                // forEach rather than entrySet: the answer's objects (LinkedHashMap, the completion's FieldValues)
                // walk their own arrays without an entry made per field
                map.forEach((key, item) -> {
                    if (!(key instanceof String name)) {
                        throw new NotPlain();
                    }
                    try {
                        generator.writeFieldName(name);
                        write(generator, item);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            generator.writeEndObject();
        } else {
            json.writeValue(generator, value);
        }
    }

    /** A map with a key that is not a string, met while writing: the mapper writes the whole answer instead. */
    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super("a map key that is not a string", null, false, false);
        }
    }
}
