package io.roadmapgraph.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A process a test or the benchmark starts (our API jar, the Node.js peer, a Neo4j or the loader in another JVM), its
 * output in a log file; stopped by its handle. The one place for child processes, free ports and hard kills.
 */
public final class ChildProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        try {
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + String.join(" ", command) + "): "
                    + e.getMessage(), e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** {@code kill -9} of this process (SIGKILL on Linux: no shutdown hook runs), waiting until it is gone. */
    public void killHard() {
        killHard(process);
    }

    /** Peak resident set size in MiB (VmHWM from /proc), if readable. */
    public Optional<Double> peakRssMib() {
        return statusMib("VmHWM:");
    }

    /** Resident set size now in MiB (VmRSS from /proc), if readable. */
    public Optional<Double> rssMib() {
        return statusMib("VmRSS:");
    }

    private Optional<Double> statusMib(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Posts {@code body} to {@code url} until it answers 200 with data, or fails after {@code timeout}. */
    public void awaitGraphQL(HttpClient http, URI url, String body, Duration timeout) {
        awaitGraphQL(http, url, body, timeout, "\"data\"");
    }

    /** Posts {@code body} to {@code url} until it answers 200 with data that contains {@code expected}. */
    public void awaitGraphQL(HttpClient http, URI url, String body, Duration timeout, String expected) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"data\"")
                        && response.body().contains(expected) && !response.body().contains("\"errors\"")) {
                    return;
                }
                String answer = response.body();
                // the start of the answer says what is wrong; a whole large answer would flood the caller's report
                last = response.statusCode() + " " + (answer.length() > 500 ? answer.substring(0, 500) + "..." : answer);
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            sleep(50);
        }
        throw new IllegalStateException(name + " did not answer within " + timeout + " (last: " + last + "); see "
                + log);
    }

    /** Posts a GraphQL body; the answer's text, or an IOException when it is not a 200 with data and no errors. */
    public static String post(HttpClient http, URI url, String body) throws IOException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("\"data\"")
                    || response.body().contains("\"errors\"")) {
                throw new IOException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Starts {@code mainClass} in a new JVM with the test classpath, output to {@code log}. */
    public static Process launchJava(Class<?> mainClass, List<String> arguments, Path log) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(arguments);
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** {@code kill -9} of a child process, waiting until it is gone. */
    public static void killHard(Process process) {
        if (process == null) {
            return;
        }
        process.destroyForcibly(); // SIGKILL on Linux
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("process " + process.pid() + " survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + process.pid(), e);
        }
    }

}
