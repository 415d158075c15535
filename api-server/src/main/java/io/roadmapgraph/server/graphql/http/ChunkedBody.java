package io.roadmapgraph.server.graphql.http;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An answer's bytes as written, in parts of at most {@value #PART} bytes, handed to Netty as they are (a composite
 * buffer) instead of joined into one array: a 100k learning path's answer is ~6 MB, and one array of that size is a
 * "humongous" object for the JVM's G1 collector (allocated straight into the old generation, each one starting or
 * pressing a concurrent cycle), then copied once more. Parts of 64 KiB stay young, ordinary objects.
 */
final class ChunkedBody extends OutputStream {

    static final int PART = 64 * 1024;
    static final int FIRST_PART = 1024;
    static final int GROWN_FIRST_PART = 4 * FIRST_PART;

    private final List<byte[]> parts = new ArrayList<>();
    private byte[] current = new byte[FIRST_PART];
    private int used;
    /** The bytes in {@link #parts}. */
    private int before;

    @Override
    public void write(int b) {
        room();
        current[used++] = (byte) b;
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
    }

    /**
     * Makes room for at least one byte: the first part grows by copies up to {@value #GROWN_FIRST_PART} bytes (a small
     * answer stays one array, its copies cheap); after that a full part is kept as it is and the next one is twice the
     * bytes written so far, up to {@value #PART} (a 24 KB answer is three parts, ~49 KB allocated, where growing one
     * array by copies up to 64 KiB allocated ~109 KB and copied 21 KB of it).
     */
    private void room() {
        if (used < current.length) {
            return;
        }
        if (parts.isEmpty() && current.length < GROWN_FIRST_PART) {
            current = java.util.Arrays.copyOf(current, GROWN_FIRST_PART);
            return;
        }
        parts.add(current);
        before += used;
        current = new byte[Math.min(PART, 2 * before)];
        used = 0;
    }

    /** The parts written, the last one cut to its length; the stream is not written to afterwards. */
    List<byte[]> parts() {
        List<byte[]> all = new ArrayList<>(parts);
        all.add(used == current.length ? current : java.util.Arrays.copyOf(current, used));
        return all;
    }
}
