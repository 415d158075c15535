package io.roadmapgraph.server.graphql.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A GraphQL response as JSON bytes, written straight onto Jackson's generator: the values an answer is made of
 * (maps with text keys, lists, texts, booleans, ints, longs, doubles, null) are written as they are met, without
 * Jackson's serializer lookup per map, list and value. The bytes are the ones {@code mapper.writeValueAsBytes} writes
 * (same generator, same features); a response holding anything else (a non-text map key, a value of another type)
 * is written by the mapper itself, whole.
 */
final class ResponseJson {

    private final ObjectMapper mapper;
    /** Whether the mapper writes maps and lists the plain way this writer does; if not, it writes everything. */
    private final boolean plain;

    ResponseJson(ObjectMapper mapper) {
        this.mapper = mapper;
        SerializationConfig config = mapper.getSerializationConfig();
        this.plain = !config.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                && !config.isEnabled(SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)
                && !config.isEnabled(SerializationFeature.WRAP_ROOT_VALUE)
                && !config.isEnabled(SerializationFeature.INDENT_OUTPUT);
    }

    /** The value as UTF-8 JSON. */
    byte[] write(Object value) {
        if (plain) {
            try (ByteArrayBuilder out = new ByteArrayBuilder(4096)) {
                try (JsonGenerator generator = mapper.createGenerator(out, JsonEncoding.UTF8)) {
                    value(generator, value);
                }
                return out.toByteArray();
            } catch (NotPlain e) {
                // written by the mapper below
            } catch (UncheckedIOException e) {
                throw new IllegalStateException("cannot write a GraphQL response as JSON", e.getCause());
            } catch (IOException e) {
                throw new IllegalStateException("cannot write a GraphQL response as JSON", e);
            }
        }
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a GraphQL response as JSON", e);
        }
    }

    private static void value(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            map.forEach((key, item) -> { // no entry objects for the maps that iterate without them
                if (!(key instanceof String name)) {
                    throw NotPlain.INSTANCE;
                }
                try {
                    generator.writeFieldName(name);
                    value(generator, item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            if (list instanceof RandomAccess) {
                for (int i = 0, n = list.size(); i < n; i++) {
                    value(generator, list.get(i));
                }
            } else {
                for (Object item : list) {
                    value(generator, item);
                }
            }
            generator.writeEndArray();
        } else if (value instanceof Integer number) {
            generator.writeNumber(number.intValue());
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Long number) {
            generator.writeNumber(number.longValue());
        } else if (value instanceof Double number) {
            generator.writeNumber(number.doubleValue());
        } else {
            throw NotPlain.INSTANCE;
        }
    }

    /** A value this writer does not write itself. */
    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super("not a plain JSON value", null, false, false);
        }
    }
}
