package io.roadmapgraph.model;

import io.roadmapgraph.model.Node.Loc;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads roadmap files (YAML, or JSON by the {@code .json} extension) into validated {@link Roadmap}s.
 * A file is read whole and every problem in it is collected before anything is returned.
 */
public final class RoadmapReader {

    /** Where the bundled AI Engineer roadmap is on the classpath. */
    public static final String AI_ENGINEER_RESOURCE = "roadmaps/ai-engineer.yaml";

    /** Where the JSON Schema of roadmap files (draft 2020-12) is on the classpath, for editors and tools. */
    public static final String SCHEMA_RESOURCE = "roadmap.schema.json";

    private static final long SUGGESTION_BUDGET = 20_000_000L;

    private static volatile Roadmap aiEngineer;

    private RoadmapReader() {
    }

    /**
     * Reads and validates a roadmap file.
     *
     * @throws RoadmapValidationException with every problem found, each with file, line and column
     */
    public static Roadmap read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        return read(name, content(file, name));
    }

    /**
     * Reads and validates a roadmap from text; {@code name} stands for the file in problems, and a name ending in
     * {@code .json} means JSON.
     *
     * @throws RoadmapValidationException with every problem found, each with file, line and column
     */
    public static Roadmap read(String name, String content) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Problems problems = new Problems(name);
        Optional<Roadmap> roadmap = parse(content, name.toLowerCase(Locale.ROOT).endsWith(".json"), problems);
        if (roadmap.isEmpty() || !problems.isEmpty()) {
            throw new RoadmapValidationException(problems.sorted());
        }
        return roadmap.get();
    }

    /**
     * The bundled AI Engineer roadmap ({@code roadmaps/ai-engineer.yaml} on the classpath), read once.
     *
     * @throws RoadmapValidationException when it is missing or invalid
     */
    public static Roadmap aiEngineer() {
        Roadmap cached = aiEngineer;
        if (cached == null) {
            cached = readResource(AI_ENGINEER_RESOURCE);
            aiEngineer = cached;
        }
        return cached;
    }

    /**
     * The warnings of a file: things that are probably not meant (a route step before the stage of what it needs) but
     * do not make the file invalid. Empty when there are none; the errors of an invalid file are not among them.
     */
    public static List<Problem> warnings(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        return warnings(name, content(file, name));
    }

    /** The warnings of a roadmap given as text; see {@link #warnings(Path)}. */
    public static List<Problem> warnings(String name, String content) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Problems problems = new Problems(name);
        parse(content, name.toLowerCase(Locale.ROOT).endsWith(".json"), problems);
        return problems.warnings();
    }

    /** Every problem of a file, sorted by line; empty when it is valid. */
    public static List<Problem> validate(Path file) {
        try {
            read(file);
            return List.of();
        } catch (RoadmapValidationException e) {
            return e.problems();
        }
    }

    /** Every problem of a roadmap given as text, sorted by line; empty when it is valid. */
    public static List<Problem> validate(String name, String content) {
        try {
            read(name, content);
            return List.of();
        } catch (RoadmapValidationException e) {
            return e.problems();
        }
    }

    static Roadmap readResource(String resource) {
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(RoadmapReader.class.getClassLoader());
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw failure(resource, "the bundled roadmap '" + resource + "' is not on the classpath; it belongs in"
                        + " roadmap-model/src/main/resources/" + resource);
            }
            return read(resource, decode(in.readNBytes(NodeReader.MAX_CHARS * 4 + 1), resource));
        } catch (IOException e) {
            throw failure(resource, "cannot read the bundled roadmap '" + resource + "': " + e.getMessage());
        }
    }

    private static Optional<Roadmap> parse(String content, boolean json, Problems problems) {
        Optional<Node> tree = new NodeReader(problems).read(content, json);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        Suggestions suggestions = new Suggestions(SUGGESTION_BUDGET);
        RoadmapMapper mapper = new RoadmapMapper(problems, suggestions);
        Supplier<Roadmap> roadmap = mapper.roadmap(tree.get());
        new RoadmapChecks(mapper.facts(), problems, suggestions).run();
        new GroupChecks(mapper.facts(), mapper.groups().groups(), problems).run();
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(roadmap.get());
        } catch (RuntimeException e) {
            // every value was checked before; a record that still refuses one means a check is missing here
            problems.add(Loc.NOWHERE, "the roadmap could not be built: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The file's text. Only a regular file is read (a link to one is followed): a directory, a device such as
     * /dev/zero or a named pipe is refused before it is opened, so it can neither exhaust memory nor block. At most the
     * size limit plus one byte is read, so a file that grows while it is read cannot exhaust memory either.
     */
    private static String content(Path file, String name) {
        if (Files.notExists(file)) {
            throw failure(name, "no such file: " + name + "; check the path");
        }
        if (!Files.isRegularFile(file)) {
            throw failure(name, name + " is not a regular file (" + whatItIs(file) + "); give the path of a roadmap"
                    + " file (.yaml, .yml or .json)");
        }
        long limit = NodeReader.MAX_CHARS * 4L;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw failure(name, "the file has more than " + limit + " bytes, far more than any roadmap needs"
                        + " (the limit is " + NodeReader.MAX_CHARS + " characters); split it or remove what does not"
                        + " belong");
            }
            return decode(bytes, name);
        } catch (NoSuchFileException e) {
            throw failure(name, "no such file: " + name + "; check the path");
        } catch (IOException e) {
            throw failure(name, "cannot read the file: " + e.getMessage());
        }
    }

    private static String whatItIs(Path file) {
        if (Files.isDirectory(file)) {
            return "a directory";
        }
        return Files.isSymbolicLink(file) ? "a link to a device, a pipe or another special file"
                : "a device, a pipe or another special file";
    }

    private static String decode(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw failure(name, "the file is not valid UTF-8; save it as UTF-8");
        }
    }

    private static RoadmapValidationException failure(String name, String message) {
        return new RoadmapValidationException(List.of(new Problem(name, 0, 0, message)));
    }
}
