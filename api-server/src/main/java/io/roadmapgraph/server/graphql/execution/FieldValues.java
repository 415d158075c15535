package io.roadmapgraph.server.graphql.execution;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One object of an answer completed by {@link ParentFieldsStrategy}: its response keys (shared by every object of
 * the same selection) and its values, in the order of the selection. A read-only {@link Map} with the entries, the
 * order, {@code equals} and {@code hashCode} of the {@code LinkedHashMap} graphql-java would have made, at the cost of
 * one array per object instead of a hash table and an entry per field. Jackson writes it with {@link Writer}.
 */
@JsonSerialize(using = FieldValues.Writer.class)
final class FieldValues extends AbstractMap<String, Object> {

    /**
     * The response keys of one selection, shared by every object completed for it, and each key's JSON name encoded
     * once ({@link SerializedString}): the writer copies it instead of escaping and encoding the key again per object
     * (12.6 % of a 10k prerequisites answer's request threads went to {@code writeFieldName}).
     */
    static final class Keys {
        private final String[] names;
        private final SerializedString[] encoded;

        /** @param names distinct response keys, not copied (never changed by the caller) */
        Keys(String[] names) {
            this.names = names;
            this.encoded = new SerializedString[names.length];
            for (int i = 0; i < names.length; i++) {
                encoded[i] = new SerializedString(names[i]);
            }
        }

        /** Each key's JSON name, in the keys' order (not copied: never changed by the caller). */
        SerializedString[] encoded() {
            return encoded;
        }
    }

    private final String[] keys;
    private final SerializedString[] names;
    private final Object[] values;

    /** @param keys the selection's keys; values of the same length */
    FieldValues(Keys keys, Object[] values) {
        if (keys.names.length != values.length) {
            throw new IllegalArgumentException(keys.names.length + " keys for " + values.length + " values");
        }
        this.keys = keys.names;
        this.names = keys.encoded;
        this.values = values;
    }

    @Override
    public int size() {
        return keys.length;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        Objects.requireNonNull(action);
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }

    /**
     * Writes the entries in their order as Jackson's map serializer writes the equal map (each key a field name, each
     * value by the provider's serializer for it), with objects, lists, strings, ints, doubles, booleans and encoded
     * nodes (most values of an answer) written here straight as their standard serializers write them, instead of by a
     * serializer looked up per value (for ints and encoded nodes 11 % of a 10k prerequisites answer's request threads;
     * a 10k unlocking-topics answer has a {@code Float} per item). The keys are GraphQL names, which no generator
     * escapes, written from their encoded names.
     */
    static final class Writer extends StdSerializer<FieldValues> {

        /**
         * Positive zero as {@link Double#toString(double)} and so {@code writeNumber(double)} write it: most of a long
         * answer's doubles (unlocking topics' {@code perHour}) are 0.
         */
        private static final String ZERO = "0.0";

        Writer() {
            super(FieldValues.class);
        }

        @Override
        public void serialize(FieldValues object, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(object, object.keys.length);
            for (int i = 0; i < object.keys.length; i++) {
                gen.writeFieldName(object.names[i]);
                value(object.values[i], gen, provider);
            }
            gen.writeEndObject();
        }

        private void value(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value instanceof FieldValues object) {
                serialize(object, gen, provider);
            } else if (written(value, gen)) {
                return;
            } else if (value instanceof List<?> list) {
                gen.writeStartArray(list, list.size());
                for (Object item : list) {
                    value(item, gen, provider);
                }
                gen.writeEndArray();
            } else {
                provider.defaultSerializeValue(value, gen);
            }
        }

        /**
         * Writes a string, an encoded node, an int, a double or a boolean as its standard serializer writes it (most
         * values of an answer: also {@link ParentFieldsStrategy}'s written completion's); false, writing nothing, for
         * any other value.
         */
        static boolean written(Object value, JsonGenerator gen) throws IOException {
            if (value instanceof String string) {
                gen.writeString(string);
            } else if (value instanceof EncodedNodes.Encoded json) {
                gen.writeRawValue(json);
            } else if (value instanceof Integer number) {
                gen.writeNumber(number.intValue()); // as Jackson's IntegerSerializer
            } else if (value instanceof Double number) {
                double d = number.doubleValue();
                if (Double.doubleToRawLongBits(d) == 0L) {
                    gen.writeNumber(ZERO); // what writeNumber(0.0) writes, without formatting a double
                } else {
                    gen.writeNumber(d); // as Jackson's DoubleSerializer
                }
            } else if (value instanceof Boolean bool) {
                gen.writeBoolean(bool); // as Jackson's BooleanSerializer
            } else {
                return false;
            }
            return true;
        }
    }
}
