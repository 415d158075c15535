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

    private final List<byte[]> parts = new ArrayList<>();
    private byte[] current = new byte[1024];
    private int used;

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

    /** Makes room for at least one byte: the first parts grow (small answers stay one small array), then new parts. */
    private void room() {
        if (used < current.length) {
            return;
        }
        if (current.length < PART && parts.isEmpty()) {
            current = java.util.Arrays.copyOf(current, Math.min(PART, current.length * 4));
            return;
        }
        parts.add(current);
        current = new byte[PART];
        used = 0;
    }

    /** The parts written, the last one cut to its length; the stream is not written to afterwards. */
    List<byte[]> parts() {
        List<byte[]> all = new ArrayList<>(parts);
        all.add(used == current.length ? current : java.util.Arrays.copyOf(current, used));
        return all;
    }
}
