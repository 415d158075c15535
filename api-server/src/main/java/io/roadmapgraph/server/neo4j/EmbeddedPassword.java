package io.roadmapgraph.server.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * User {@code neo4j}'s password for the server's embedded Neo4j: the configured one
 * ({@code ROADMAP_EMBEDDED_PASSWORD}), else the one kept in {@value #FILE_NAME} in the data directory, else a new
 * random one written there, readable by the owner only. Programs on this machine that should reach the database (the
 * graph-loader, a Neo4j Browser user) read that file; a web page cannot.
 *
 * @param value  the password
 * @param source where it came from, for the start-up banner
 * @param file   the file it is kept in (also when it came from the configuration: then the file is not used)
 */
record EmbeddedPassword(String value, Source source, Path file) {

    /** The file in the data directory that keeps a generated password. */
    static final String FILE_NAME = "neo4j-password";

    enum Source {
        /** {@code roadmap.embedded.password} / {@code ROADMAP_EMBEDDED_PASSWORD}. */
        CONFIGURED,
        /** Read from {@link #FILE_NAME}, written by an earlier start. */
        FILE,
        /** Generated on this start and written to {@link #FILE_NAME}. */
        GENERATED
    }

    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final int RANDOM_BYTES = 24;
    private static final int MINIMUM_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    EmbeddedPassword {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
    }

    /** Where the password of the embedded Neo4j in {@code dataDir} is kept. */
    static Path fileIn(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /**
     * Creates the data directory when it is missing, readable by its owner only (it will hold the password file and
     * the database); an existing directory keeps its permissions.
     */
    static void createDirectory(Path dataDir) {
        if (Files.isDirectory(dataDir)) {
            return;
        }
        try {
            Files.createDirectories(dataDir.toAbsolutePath().getParent());
            Files.createDirectory(dataDir, ownerOnly(OWNER_ONLY_DIRECTORY));
        } catch (FileAlreadyExistsException e) {
            // created by someone else meanwhile: use it as it is
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir + ": " + e, e);
        }
    }

    /**
     * A warning when other users of this machine may read or enter {@code dataDir}: a directory the server creates is
     * its owner's only, one made before the embedded Neo4j had a password (an upgrade) keeps the permissions it had,
     * and it holds the learners' notes and the password file. Empty when it is its owner's only (or not POSIX).
     */
    static Optional<String> openToOthers(Path dataDir) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dataDir);
            if (OWNER_ONLY_DIRECTORY.containsAll(permissions)) {
                return Optional.empty();
            }
            return Optional.of("the data directory " + dataDir + " is open to other users of this machine ("
                    + PosixFilePermissions.toString(permissions) + "); it holds the learners' notes: chmod 700 "
                    + dataDir);
        } catch (UnsupportedOperationException | IOException e) {
            return Optional.empty();
        }
    }

    /** The configured password, else the kept one, else a new one, kept in {@code dataDir}'s {@value #FILE_NAME}. */
    static EmbeddedPassword resolve(Path dataDir, Optional<String> configured) {
        Path file = fileIn(dataDir);
        if (configured.isPresent()) {
            return new EmbeddedPassword(configured.get(), Source.CONFIGURED, file);
        }
        try {
            if (Files.exists(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (kept.length() < MINIMUM_LENGTH) {
                    throw new IllegalStateException("the password file " + file + " holds fewer than " + MINIMUM_LENGTH
                            + " characters: remove it to get a new password, or set ROADMAP_EMBEDDED_PASSWORD");
                }
                return new EmbeddedPassword(kept, Source.FILE, file);
            }
            createDirectory(dataDir);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
            // written beside the target with owner-only permissions from the first byte, then moved in one step
            Path partial = Files.createTempFile(dataDir, FILE_NAME, ".partial", ownerOnly(OWNER_ONLY_FILE));
            Files.writeString(partial, generated + "\n", StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return new EmbeddedPassword(generated, Source.GENERATED, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the embedded Neo4j's password file " + file + ": "
                    + e + " (or set ROADMAP_EMBEDDED_PASSWORD)", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
