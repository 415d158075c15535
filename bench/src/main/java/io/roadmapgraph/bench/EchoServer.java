package io.roadmapgraph.bench;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The floor of an HTTP API: the JDK's HttpServer answering each request body with the bytes the API answered to the
 * same body ({@link #record}), so that a request costs only moving an answer of that size over HTTP and no work.
 * Binds a free loopback port.
 */
final class EchoServer implements AutoCloseable {

    /** Read once, when the JDK's HttpServer is first used. */
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final Map<String, byte[]> answers = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService threads;

    EchoServer(int threadCount) {
        // without TCP_NODELAY the JDK's HttpServer sends headers and body apart, and Nagle's algorithm with the
        // client's delayed ACK adds about 40 ms to every answer: a floor of 50 ms for a 100-byte answer
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads = Executors.newFixedThreadPool(threadCount);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                byte[] answer = answers.get(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (answer == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                out.write(answer);
            }
        });
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    boolean holds(String body) {
        return answers.containsKey(body);
    }

    /** From now on, {@code body} is answered with {@code answer}. */
    void record(String body, byte[] answer) {
        answers.put(body, answer);
    }

    /**
     * From now on no body is answered until it is recorded again: the answers of one roadmap size are not those of the
     * next (a body without a topic, such as {@code me}'s, is the same text at every size), and a size's answers held
     * through the next sizes' loads were the bench's own heap in the loader's and the importer's windows.
     */
    void forget() {
        answers.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
