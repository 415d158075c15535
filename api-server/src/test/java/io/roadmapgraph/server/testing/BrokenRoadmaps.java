package io.roadmapgraph.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates broken roadmap files from a valid one (roadmap-model's {@code examples/valid/complete.yaml} and
 * {@code .json}), from a seeded {@link Random}: every file has at least one damage that makes it invalid (syntax,
 * wrong type, dangling reference, cycle, duplicate id, odd Unicode in an id, huge or deeply nested values, alias
 * bombs), and often valid noise on top (emoji, right-to-left marks, combining marks, a byte order mark).
 */
public final class BrokenRoadmaps {

    /** One generated file: its name (the extension picks the parser), content and what was done to it. */
    public record Case(String name, String content, String damage) {
        @Override
        public String toString() {
            return name + " [" + damage + ", " + content.length() + " chars]";
        }
    }

    private static final Path VALID = Path.of("..", "roadmap-model", "src", "test", "resources", "examples", "valid");
    private static final String[] ODD = {"\u202e", "\u200f", "\u0000", "\ud800", "\udfff", "\ud83d\ude80", "\ufeff",
        "\u200d", "\u0301", "\u0085", "\u2028", "\u00a0", "\uffff", "\u0007", "\u001b[31m"};
    private static final String[] NOISE = {"\ud83d\ude80", "\ud83c\udf4e", "\u202e", "\u200f", "e\u0301", "\u200d",
        "\u4e2d\u6587", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\ud83d\udc68\u200d\ud83d\udcbb"};

    private final String yaml;
    private final String json;
    private final Random random;

    public BrokenRoadmaps(long seed) {
        this.yaml = read("complete.yaml");
        this.json = read("complete.json");
        this.random = new Random(seed);
    }

    /** The next broken file: three of four YAML, one of four JSON. */
    public Case next() {
        Case next = random.nextInt(4) == 0 ? nextJson() : nextYaml();
        String base = next.name().endsWith(".json") ? json : yaml;
        if (next.content().equals(base) || next.content().equals("\ufeff" + base)) {
            throw new IllegalStateException("the damage '" + next.damage() + "' left the file unchanged");
        }
        return next;
    }

    private Case nextYaml() {
        String text = yaml;
        String damage;
        switch (random.nextInt(13)) {
            case 0 -> {
                List<Integer> lines = linesContaining(text, "}");
                int line = pick(lines);
                text = replaceLine(text, line, line(text, line).substring(0, line(text, line).lastIndexOf('}')));
                damage = "unclosed flow mapping at line " + (line + 1);
            }
            case 1 -> {
                List<Integer> lines = linesMatching(text, "^ +\\S.*");
                int line = pick(lines);
                text = replaceLine(text, line, "\t" + line(text, line).stripLeading());
                damage = "tab indentation at line " + (line + 1);
            }
            case 2 -> {
                List<Integer> lines = linesContaining(text, "{");
                int line = pick(lines);
                String l = line(text, line);
                int cut = l.indexOf('{') + 1 + random.nextInt(Math.max(1, l.lastIndexOf('}') - l.indexOf('{') - 1));
                text = String.join("\n", text.lines().limit(line).toList()) + "\n" + l.substring(0, cut);
                damage = "truncated inside a flow mapping at line " + (line + 1);
            }
            case 3 -> {
                int line = 1 + random.nextInt((int) text.lines().count() - 1);
                String[] starts = {"@", "`", "]", "}", "*nope"};
                text = insertLine(text, line, starts[random.nextInt(starts.length)]
                        + randomJunk(random.nextInt(20)));
                damage = "junk line at line " + (line + 1);
            }
            case 4 -> {
                String[] wrong = {"lots", "[1, 2]", "{a: 1}", "\"\u202e12\"", "\"\"", "~"};
                String[] fields = {"estimatedHours", "phase", "number", "importance", "startHere", "category",
                    "level"};
                String field = fields[random.nextInt(fields.length)];
                String value = field.equals("startHere") ? "\"yes please\"" : wrong[random.nextInt(wrong.length)];
                text = replaceValue(text, field, value);
                damage = field + ": " + value;
            }
            case 5 -> {
                String[] refs = {"topic: prompt-engineering", "topics: [rag, bm25]", "tools: [jupyter]",
                    "parent: rag", "layer: application-development", "topics: [python]", "projects: [faq-bot]"};
                String ref = refs[random.nextInt(refs.length)];
                String missing = "missing-" + random.nextInt(1000);
                text = text.replaceFirst(Pattern.quote(ref), Matcher.quoteReplacement(
                        ref.contains("[") ? ref.replaceFirst("\\[\\w[\\w-]*", "[" + missing) : ref.replaceFirst(
                                ": .*", ": " + missing)));
                damage = "dangling reference " + missing + " in " + ref;
            }
            case 6 -> {
                text = text.replace("    tools: [jupyter]\n  - id: prompt-engineering",
                        "    tools: [jupyter]\n    requires:\n      - {topic: rag, reason: {en: a cycle}}\n"
                                + "  - id: prompt-engineering");
                damage = "cycle python -> rag -> prompt-engineering -> python";
            }
            case 7 -> {
                text = text.replace("- id: bm25", "- id: rag");
                damage = "duplicate topic id rag";
            }
            case 8 -> {
                List<Integer> lines = linesMatching(text, ".*\\bid: [a-z].*");
                int line = pick(lines);
                String odd = ODD[random.nextInt(ODD.length)];
                String l = line(text, line);
                int at = l.indexOf("id: ") + 5 + random.nextInt(2); // inside the id: a line break before it would be space
                text = replaceLine(text, line, l.substring(0, at) + odd + l.substring(at));
                damage = "odd code point U+" + Integer.toHexString(odd.charAt(0)) + " in an id at line " + (line + 1);
            }
            case 9 -> {
                String huge = randomNoise(50_000 + random.nextInt(200_000));
                text = text.replace("summary: {en: The language, nl: De taal}", "summary: {en: \"" + huge + "\"}")
                        .replace("topics: [rag, bm25]", "topics: [rag, missing-" + random.nextInt(10) + "]");
                damage = "huge summary (" + huge.length() + " chars) and a dangling project topic";
            }
            case 10 -> {
                int depth = 1_000 + random.nextInt(20_000);
                text = text.replace("summary: {en: Term-based retrieval}",
                        "summary: " + "[".repeat(depth) + "]".repeat(depth));
                damage = "summary nested " + depth + " levels deep";
            }
            case 11 -> {
                StringBuilder bomb = new StringBuilder("bomb0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
                for (int i = 1; i < 10; i++) {
                    bomb.append("bomb").append(i).append(": &a").append(i).append(" [")
                            .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1))))
                            .append("]\n");
                }
                text = text.replace("tips:\n", bomb + "tips:\n");
                damage = "alias bomb (10^10 elements if expanded)";
            }
            default -> {
                int cut = 1 + random.nextInt(text.indexOf("\ntopics:"));
                text = text.substring(0, cut);
                damage = "truncated at character " + cut + ", before the topics";
            }
        }
        return new Case("fuzz.yaml", noise(text), damage);
    }

    private Case nextJson() {
        String text = json;
        String damage;
        switch (random.nextInt(5)) {
            case 0 -> {
                int cut = 1 + random.nextInt(text.length() * 9 / 10);
                text = text.substring(0, cut);
                damage = "truncated at character " + cut;
            }
            case 1 -> {
                String odd = ODD[random.nextInt(ODD.length)];
                text = text.replaceFirst("\"id\": \"python\"", Matcher.quoteReplacement("\"id\": \"py" + odd + "thon\""));
                damage = "odd code point U+" + Integer.toHexString(odd.charAt(0)) + " in a topic id";
            }
            case 2 -> {
                text = text.replaceFirst("\"estimatedHours\": \\d+", "\"estimatedHours\": \"lots\"");
                damage = "estimatedHours is a string";
            }
            case 3 -> {
                text = text.replaceFirst("\"topic\": \"prompt-engineering\"", "\"topic\": \"missing-topic\"");
                damage = "dangling requires";
            }
            default -> {
                List<Integer> lines = linesContaining(text, ",");
                int line = pick(lines);
                text = replaceLine(text, line, line(text, line).replace(",", ",,"));
                damage = "double comma at line " + (line + 1);
            }
        }
        return new Case("fuzz.json", random.nextBoolean() ? "\ufeff" + text : text, damage);
    }

    /** Valid-by-itself noise: odd but legal characters in English texts, sometimes a leading byte order mark. */
    private String noise(String text) {
        String out = text;
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            out = out.replaceFirst("\\{en: ([A-Z])", Matcher.quoteReplacement("{en: " + NOISE[random.nextInt(
                    NOISE.length)] + " ") + "$1");
        }
        return random.nextInt(5) == 0 ? "\ufeff" + out : out;
    }

    private String randomJunk(int length) {
        String chars = ":{}[]&*!|>'\"%@`,?-";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }

    private String randomNoise(int length) {
        StringBuilder out = new StringBuilder(length + 8);
        while (out.length() < length) {
            out.append(random.nextInt(8) == 0 ? NOISE[random.nextInt(NOISE.length)] : "word ");
        }
        return out.toString();
    }

    private int pick(List<Integer> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String line(String text, int index) {
        return text.lines().skip(index).findFirst().orElseThrow();
    }

    private static List<Integer> linesContaining(String text, String part) {
        return linesMatching(text, ".*" + Pattern.quote(part) + ".*");
    }

    private static List<Integer> linesMatching(String text, String regex) {
        List<String> lines = text.lines().toList();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("#") && lines.get(i).matches(regex)) {
                out.add(i);
            }
        }
        return out;
    }

    private static String replaceLine(String text, int index, String replacement) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.set(index, replacement);
        return String.join("\n", lines) + "\n";
    }

    private static String insertLine(String text, int index, String line) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.add(index, line);
        return String.join("\n", lines) + "\n";
    }

    private String replaceValue(String text, String field, String value) {
        List<Integer> lines = linesMatching(text, "\\s*(- )?" + field + ": .*");
        int line = pick(lines);
        String l = line(text, line);
        return replaceLine(text, line, l.substring(0, l.indexOf(field + ": ") + field.length() + 2) + value);
    }

    private static String read(String file) {
        Path path = VALID.resolve(file);
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the fuzz tests start from roadmap-model's valid examples; cannot read "
                    + path.toAbsolutePath() + " (run the tests from the api-server directory, as Maven does)", e);
        }
    }
}
