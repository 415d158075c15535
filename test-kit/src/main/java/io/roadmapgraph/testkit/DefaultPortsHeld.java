package io.roadmapgraph.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Holds Neo4j's and the server's default ports (127.0.0.1:7474, 7687 and 8080) for as long as a test JVM runs, so
 * every test and every child process it starts meets them in use, as on a machine where the server from README's
 * first command, or a Neo4j Desktop, is running. A test that binds a default port instead of a free one fails here,
 * not on a user's machine. A port something else already holds is left to it: it is in use either way.
 *
 * <p>Registered for every module whose tests use the test kit (a JUnit Platform {@code LauncherSessionListener} in
 * {@code META-INF/services}); {@link #HELD} lists the ports.
 */
public final class DefaultPortsHeld implements LauncherSessionListener {

    /** Neo4j's HTTP and Bolt ports and Micronaut's HTTP port: the defaults a test must never bind. */
    public static final List<Integer> HELD = List.of(7474, 7687, 8080);

    private final List<ServerSocket> sockets = new ArrayList<>();

    @Override
    public synchronized void launcherSessionOpened(LauncherSession session) {
        for (int port : HELD) {
            ServerSocket socket = null;
            try {
                socket = new ServerSocket();
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                sockets.add(socket);
            } catch (BindException inUseAlready) {
                close(socket);
            } catch (IOException e) {
                close(socket);
                throw new UncheckedIOException("cannot hold 127.0.0.1:" + port + " for the tests", e);
            }
        }
    }

    @Override
    public synchronized void launcherSessionClosed(LauncherSession session) {
        sockets.forEach(DefaultPortsHeld::close);
        sockets.clear();
    }

    private static void close(ServerSocket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a listening socket: nothing to do if it fails
            }
        }
    }
}
