package io.roadmapgraph.server.web;

import io.micronaut.core.io.ResourceResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.Properties;

/**
 * A file the server's web pages load, read once from the classpath: a WebJar's built file (GraphiQL, React) or one of
 * ours ({@code src/main/resources/web/}). {@link #integrity()} is its Subresource Integrity value for the page's tags.
 *
 * @param name      the name it is served under: a WebJar's file carries its version, so it may be cached for good
 * @param mediaType its Content-Type
 * @param immutable true when the name changes with the content (a versioned WebJar file)
 */
record WebAsset(String name, String mediaType, byte[] content, boolean immutable) {

    static final String JAVASCRIPT = "text/javascript;charset=utf-8";
    static final String CSS = "text/css;charset=utf-8";

    WebAsset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }

    /**
     * A built file of the npm WebJar {@code org.webjars.npm:<artifact>}, served as {@code <artifact>-<version>-<file
     * name>}; the version is the one on the classpath (set in the root pom).
     */
    static WebAsset webJar(ResourceResolver resources, String artifact, String file, String mediaType) {
        String version = webJarVersion(resources, artifact);
        String path = "META-INF/resources/webjars/" + artifact + "/" + version + "/" + file;
        String fileName = file.substring(file.lastIndexOf('/') + 1);
        return new WebAsset(artifact + "-" + version + "-" + fileName, mediaType, read(resources, path), true);
    }

    /** One of our files in {@code src/main/resources/web/}; served under its own name, revalidated on each use. */
    static WebAsset own(ResourceResolver resources, String file, String mediaType) {
        return new WebAsset(file, mediaType, read(resources, "web/" + file), false);
    }

    static String webJarVersion(ResourceResolver resources, String artifact) {
        String path = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        Properties properties = new Properties();
        try (InputStream in = resources.getResourceAsStream("classpath:" + path).orElseThrow(() ->
                new IllegalStateException("the WebJar org.webjars.npm:" + artifact + " is missing from the classpath ("
                        + path + "); GraphiQL needs it"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return Objects.requireNonNull(properties.getProperty("version"), "version in " + path);
    }

    /** The text of one of our files in {@code src/main/resources/web/}. */
    static String text(ResourceResolver resources, String file) {
        return new String(read(resources, "web/" + file), StandardCharsets.UTF_8);
    }

    /** {@code sha384-<base64>}, for a {@code <script>} or {@code <link>} tag's {@code integrity} attribute. */
    String integrity() {
        try {
            return "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-384", e);
        }
    }

    private static byte[] read(ResourceResolver resources, String path) {
        try (InputStream in = resources.getResourceAsStream("classpath:" + path).orElseThrow(() ->
                new IllegalStateException(path + " is missing from the server's classpath"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
