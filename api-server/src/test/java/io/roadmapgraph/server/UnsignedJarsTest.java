package io.roadmapgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsignedJarsTest {

    @Test
    void rewritesASignedJarWithoutItsSignatureFilesAndDigestsKeepingEverythingElse(@TempDir Path lib)
            throws IOException {
        Path signed = lib.resolve("signed-1.0.jar");
        jar(signed, true);

        assertThat(UnsignedJars.unsign(lib)).containsExactly("signed-1.0.jar");

        assertThat(UnsignedJars.signed(signed)).isFalse();
        try (JarFile jar = new JarFile(signed.toFile())) {
            assertThat(jar.stream().map(JarEntry::getName)).containsExactlyInAnyOrder(JarFile.MANIFEST_NAME,
                    "org/example/A.class", "META-INF/services/org.example.Service", "META-INF/LICENSE.txt");
            assertThat(new String(jar.getInputStream(jar.getEntry("org/example/A.class")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("class bytes");
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .isEqualTo("org.example");
            assertThat(jar.getManifest().getEntries()).as("no per-file digests").isEmpty();
        }
    }

    @Test
    void leavesAnUnsignedJarAsItIs(@TempDir Path lib) throws IOException {
        Path plain = lib.resolve("plain-1.0.jar");
        jar(plain, false);
        long modified = Files.getLastModifiedTime(plain).toMillis();

        assertThat(UnsignedJars.unsign(lib)).isEmpty();
        assertThat(Files.getLastModifiedTime(plain).toMillis()).isEqualTo(modified);
        assertThat(UnsignedJars.unsign(lib.resolve("no-such-directory"))).isEqualTo(List.of());
    }

    private static void jar(Path file, boolean signed) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Automatic-Module-Name", "org.example");
        if (signed) {
            Attributes digest = new Attributes();
            digest.putValue("SHA-256-Digest", "abc=");
            manifest.getEntries().put("org/example/A.class", digest);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest)) {
            entry(out, "org/example/A.class", "class bytes");
            entry(out, "META-INF/services/org.example.Service", "org.example.A");
            entry(out, "META-INF/LICENSE.txt", "license");
            if (signed) {
                entry(out, "META-INF/ECLIPSE_.SF", "signature file");
                entry(out, "META-INF/ECLIPSE_.RSA", "signature block");
            }
        }
    }

    private static void entry(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
