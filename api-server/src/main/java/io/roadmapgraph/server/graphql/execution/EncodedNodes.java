package io.roadmapgraph.server.graphql.execution;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.roadmapgraph.query.ProjectNode;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.TopicNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The JSON of a topic's or project's object in an answer ({@code topic { id title }}) encoded once per held snapshot
 * and selection, and copied as bytes into every later answer that selects the same fields of the same node: a
 * prerequisites answer of 8,000 topics then costs its writer a copy per topic, not a map, two keys and two strings
 * escaped and encoded.
 *
 * <p>Only for answers our own HTTP transport writes with {@code mapper}: {@code GraphQLOverHttp} puts an instance into
 * the request's context ({@link #KEY}), and {@link ParentFieldsStrategy} then completes such objects to an
 * {@link Encoded} value (a {@link JsonSerializable} Jackson writes as raw bytes) instead of a map. An embedder calling
 * {@link GraphQLExecution} gets plain maps, lists and strings as before.
 *
 * <p>What is encoded is exactly what {@code mapper} writes for the map the completion made (so the bytes are the
 * same), for nodes the snapshot holds (immutable records, read only by fetchers of the source alone), found by the
 * node itself ({@link IdentitySlots}): a node of another snapshot with the same id is not answered from it. Bounded: at
 * most {@value #MAX_SELECTIONS} selections and {@value #MAX_BYTES} bytes per snapshot (then the answer is written the
 * usual way, or for a node met after the bytes are spent, encoded for this answer alone), all released with the snapshot ({@link RoadmapQueries#heldSnapshotMemo}). Nothing is keyed by a
 * request's arguments.
 */
public final class EncodedNodes {

    /** The request context's key of the instance a transport wants its answers encoded for. */
    public static final String KEY = EncodedNodes.class.getName();

    static final int MAX_SELECTIONS = 16;
    static final long MAX_BYTES = 64L << 20;

    private final ObjectMapper mapper;
    private final Memos memos;
    private final long maxBytes;
    /** Whether JSON written apart by {@link #mapper} may be copied into its answers as it is (it does not indent). */
    private final boolean direct;

    /** Where the values made once per snapshot are kept ({@link RoadmapQueries#heldSnapshotMemo}). */
    interface Memos {
        /** The value for {@code key} made once by {@code make} for the snapshot held now; empty when none is held. */
        <V> Optional<V> memo(Object key, Function<Object, V> make);
    }

    /** @param mapper the mapper that writes the whole answer (its settings decide the bytes) */
    EncodedNodes(ObjectMapper mapper, RoadmapQueries queries) {
        this(mapper, queries::heldSnapshotMemo);
    }

    EncodedNodes(ObjectMapper mapper, Memos memos) {
        this(mapper, memos, MAX_BYTES);
    }

    /** @param maxBytes the bytes of encoded objects one snapshot keeps at most */
    EncodedNodes(ObjectMapper mapper, Memos memos, long maxBytes) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.memos = Objects.requireNonNull(memos, "memos");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.direct = writesCompact(mapper);
    }

    /**
     * A generator of {@code mapper} (its generator features and settings) writing into {@code into}, for a value's JSON
     * written while it is completed ({@link ParentFieldsStrategy}); empty when the mapper indents its output (a value
     * written on its own and copied into the answer raw would not be indented as the answer around it is).
     */
    Optional<JsonGenerator> generator(ByteArrayBuilder into) throws IOException {
        return direct ? Optional.of(mapper.createGenerator(into)) : Optional.empty();
    }

    /** Whether {@code mapper} writes without indentation, so that JSON written apart may be copied in as it is. */
    private static boolean writesCompact(ObjectMapper mapper) {
        try (JsonGenerator generator = mapper.createGenerator(OutputStream.nullOutputStream())) {
            return generator.getPrettyPrinter() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes {@code value} onto a {@link #generator} as {@code mapper} writes it (a value the completion does not). */
    void writeByMapper(JsonGenerator generator, Object value) throws IOException {
        mapper.writeValue(generator, value);
    }

    /** Whether {@code source} is a node of the snapshot (a topic or a project), whose encoding may be kept. */
    static boolean isNode(Object source) {
        return source instanceof TopicNode || source instanceof ProjectNode;
    }

    /**
     * The encoded objects of one selection in the held snapshot; null when there are none (no snapshot, full, or a
     * mapper that indents: a node's JSON encoded on its own would not be indented as the answer around it is).
     */
    Table table(Object selection) {
        if (!direct) {
            return null;
        }
        Memo memo = memos.<Memo>memo(this, k -> new Memo()).orElse(null);
        return memo == null ? null : memo.table(selection);
    }

    /** What one snapshot holds. */
    private final class Memo {
        private final Map<Object, Table> tables = new ConcurrentHashMap<>();
        private final AtomicLong bytes = new AtomicLong();

        Table table(Object selection) {
            Table table = tables.get(selection);
            if (table != null || tables.size() >= MAX_SELECTIONS) {
                return table;
            }
            return tables.computeIfAbsent(selection, s -> new Table(this));
        }
    }

    /**
     * The encoded objects of one selection, found by the node itself (its identity: a node of another snapshot, or
     * another view's copy of the same topic, is never answered from here).
     */
    final class Table {
        private final Memo memo;
        private final IdentitySlots<Encoded> byNode = new IdentitySlots<>(Encoded::node);

        private Table(Memo memo) {
            this.memo = memo;
        }

        /** The encoded object of {@code node} (a node {@link #isNode} accepts), when this table holds that very node. */
        Encoded find(Object node) {
            return byNode.get(node);
        }

        /**
         * {@code completed} (the completion's map of {@code node}) encoded, and kept while the snapshot's budget
         * allows; {@code completed} itself when it cannot be encoded.
         */
        Object keep(Object node, Map<String, Object> completed) {
            byte[] bytes;
            try {
                bytes = mapper.writeValueAsBytes(completed);
            } catch (IOException e) {
                return completed; // the answer's writer meets it again and reports it
            }
            Encoded json = new Encoded(node, bytes);
            // counts only what is kept: a request that lost the race for the same node, or found the budget spent,
            // takes its bytes back out
            if (memo.bytes.addAndGet(bytes.length) > maxBytes || byNode.keep(json) != json) {
                memo.bytes.addAndGet(-bytes.length);
            }
            return json;
        }
    }

    /** A value's JSON, written as it is by Jackson ({@link JsonGenerator#writeRawValue(SerializableString)}). */
    public static final class Encoded extends JsonSerializable.Base implements SerializableString {
        private final Object node;
        private final byte[] utf8;

        /**
         * @param node the node whose JSON this is: kept together, so that finding one is one read; null for a value
         *             written while it was completed, which is never kept
         */
        Encoded(Object node, byte[] utf8) {
            this.node = node;
            this.utf8 = utf8;
        }

        Object node() {
            return node;
        }

        @Override
        public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeRawValue(this);
        }

        @Override
        public void serializeWithType(JsonGenerator gen, SerializerProvider serializers,
                                      com.fasterxml.jackson.databind.jsontype.TypeSerializer typeSer)
                throws IOException {
            serialize(gen, serializers);
        }

        @Override
        public String getValue() {
            return new String(utf8, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return getValue();
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public char[] asQuotedChars() {
            return JsonStringEncoder.getInstance().quoteAsString(getValue());
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return utf8; // as Jackson's SerializedString: its own array, never written to
        }

        @Override
        public byte[] asQuotedUTF8() {
            return JsonStringEncoder.getInstance().quoteAsUTF8(getValue());
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            return append(asQuotedUTF8(), buffer, offset);
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            return append(asQuotedChars(), buffer, offset);
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            return append(utf8, buffer, offset);
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            return append(getValue().toCharArray(), buffer, offset);
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) throws IOException {
            byte[] quoted = asQuotedUTF8();
            out.write(quoted);
            return quoted.length;
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(utf8);
            return utf8.length;
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            return put(asQuotedUTF8(), buffer);
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            return put(utf8, buffer);
        }

        private static int append(byte[] from, byte[] buffer, int offset) {
            if (offset + from.length > buffer.length) {
                return -1;
            }
            System.arraycopy(from, 0, buffer, offset, from.length);
            return from.length;
        }

        private static int append(char[] from, char[] buffer, int offset) {
            if (offset + from.length > buffer.length) {
                return -1;
            }
            System.arraycopy(from, 0, buffer, offset, from.length);
            return from.length;
        }

        private static int put(byte[] from, ByteBuffer buffer) {
            if (from.length > buffer.remaining()) {
                return -1;
            }
            buffer.put(from);
            return from.length;
        }
    }
}
