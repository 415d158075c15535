package io.roadmapgraph.server.graphql.execution;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An answer's bytes as written, in parts of at most {@value #PART} bytes, handed to Netty as they are (a composite
 * buffer) instead of joined into one array: a 100k learning path's answer is ~6 MB, and one array of that size is a
 * "humongous" object for the JVM's G1 collector (allocated straight into the old generation, each one starting or
 * pressing a concurrent cycle), then copied once more. Parts of 64 KiB stay young, ordinary objects.
 *
 * <p>Also where {@link ParentFieldsStrategy} writes a long value's JSON while it completes it: the value keeps the
 * parts ({@link EncodedNodes.Written}), and the answer's body takes them over as they are ({@link #append}) instead
 * of a copy of them joined.
 */
public final class ChunkedBody extends OutputStream {

    public static final int PART = 64 * 1024;

    private static final int FIRST = 1024;

    private final List<byte[]> parts = new ArrayList<>();
    private byte[] current;
    private int used;
    private long size;

    /** A body whose first part starts at 1 KiB and grows up to a part. */
    public ChunkedBody() {
        this(FIRST);
    }

    /** @param first the first part's bytes before it grows (at most {@value #PART}): the expected size, if known */
    ChunkedBody(int first) {
        current = new byte[Math.max(1, Math.min(first, PART))];
    }

    @Override
    public void write(int b) {
        room();
        current[used++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        int from = off;
        int left = len;
        while (left > 0) {
            room();
            int n = Math.min(left, current.length - used);
            System.arraycopy(b, from, current, used, n);
            used += n;
            from += n;
            left -= n;
        }
        size += len;
    }

    /** The bytes written so far. */
    long size() {
        return size;
    }

    /**
     * Adds {@code whole} (parts of another body, none larger than a part, never written to again) after the bytes
     * written so far, without copying them; what is written afterwards follows them.
     */
    void append(List<byte[]> whole) {
        if (used > 0) {
            parts.add(used == current.length ? current : Arrays.copyOf(current, used));
        }
        for (byte[] part : whole) {
            parts.add(part);
            size += part.length;
        }
        current = new byte[FIRST];
        used = 0;
    }

    /** Makes room for at least one byte: the first parts grow (small answers stay one small array), then new parts. */
    private void room() {
        if (used < current.length) {
            return;
        }
        if (current.length < PART && parts.isEmpty()) {
            current = Arrays.copyOf(current, Math.min(PART, current.length * 4));
            return;
        }
        parts.add(current);
        current = new byte[PART];
        used = 0;
    }

    /** The parts written, the last one cut to its length; the stream is not written to afterwards. */
    public List<byte[]> parts() {
        List<byte[]> all = new ArrayList<>(parts);
        if (used > 0 || all.isEmpty()) {
            all.add(used == current.length ? current : Arrays.copyOf(current, used));
        }
        return all;
    }
}
