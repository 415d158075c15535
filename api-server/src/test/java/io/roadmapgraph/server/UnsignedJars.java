package io.roadmapgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Rewrites the signed jars of the server's {@code lib/} without their signatures, before {@link CdsTraining}: the JVM
 * does not put the classes of a signed jar into a class-data-sharing archive, and checks its signatures at every start
 * instead (eclipse-collections 11.1.0: 718 classes, about 8 % of a start's CPU). Nothing here uses those signatures:
 * the server runs without a security manager and registers no security provider of its own. The classes, resources
 * and the manifest's main attributes stay as they were; the signature files ({@code META-INF/*.SF}, {@code *.RSA},
 * {@code *.DSA}, {@code *.EC}) and the manifest's per-file digests go.
 */
final class UnsignedJars {

    private UnsignedJars() {
    }

    /** Unsigns every signed jar in {@code lib}; returns the file names of those it rewrote. */
    static List<String> unsign(Path lib) throws IOException {
        List<String> rewritten = new ArrayList<>();
        if (!Files.isDirectory(lib)) {
            return rewritten;
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(lib)) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            if (signed(jar)) {
                unsignJar(jar);
                rewritten.add(jar.getFileName().toString());
            }
        }
        return rewritten;
    }

    /** True when {@code jar} holds a signature file. */
    static boolean signed(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().anyMatch(entry -> isSignature(entry.getName()));
        }
    }

    private static void unsignJar(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (JarFile in = new JarFile(jar.toFile(), false);
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy))) {
            Manifest manifest = in.getManifest();
            if (manifest != null) {
                manifest.getEntries().clear();
                out.putNextEntry(new JarEntry(JarFile.MANIFEST_NAME));
                manifest.write(out);
                out.closeEntry();
            }
            for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (isSignature(name) || name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                    continue;
                }
                JarEntry copied = new JarEntry(name);
                copied.setTime(entry.getTime());
                out.putNextEntry(copied);
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean isSignature(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }
}
