package io.roadmapgraph.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link of README.md, CHANGELOG.md and the pages under {@code docs/} and {@code examples/} leads
 * somewhere: its file or directory exists, and its {@code #anchor}, if any, is a heading of that page (GitHub's
 * anchors: lower case, punctuation dropped, spaces as hyphens, a repeated heading numbered) or an HTML anchor in it.
 * Links to the web are not followed. No server.
 */
class DocLinksTest {

    private static final Path ROOT = MarkdownBlocks.DOCS.getParent();
    /** {@code [text](target)} and {@code ![alt](target)}, with an optional title; code spans are removed first. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");

    private final Map<Path, Set<String>> anchors = new HashMap<>();

    @Test
    void everyRelativeLinkLeadsToAFileAndAHeadingThatExist() {
        List<Path> pages = pages();
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            List<String> lines = read(page);
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith("```")) {
                    fenced = !fenced;
                    continue;
                }
                if (fenced) {
                    continue;
                }
                Matcher link = LINK.matcher(line.replaceAll("`[^`]*`", "``"));
                while (link.find()) {
                    String target = link.group(1);
                    if (target.matches("^[a-zA-Z][a-zA-Z+.-]*:.*")) {
                        continue; // https:, mailto:, ...
                    }
                    links++;
                    String why = brokenBecause(page, target);
                    if (why != null) {
                        broken.add(ROOT.relativize(page) + ":" + (i + 1) + ": (" + target + ") " + why);
                    }
                }
            }
        }

        assertThat(links).as("relative links read in %d pages", pages.size()).isGreaterThan(100);
        assertThat(broken).as("broken links").isEmpty();
    }

    private String brokenBecause(Path page, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!file.startsWith(ROOT)) {
            return "leads outside the repository";
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (hash < 0) {
            return null;
        }
        String anchor = target.substring(hash + 1);
        if (!file.toString().endsWith(".md")) {
            return "an anchor in a file that is not Markdown";
        }
        return anchorsOf(file).contains(anchor) ? null
                : "no heading or anchor '" + anchor + "' in " + ROOT.relativize(file);
    }

    private Set<String> anchorsOf(Path page) {
        return anchors.computeIfAbsent(page, p -> {
            Set<String> found = new HashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            boolean fenced = false;
            for (String line : read(p)) {
                if (line.strip().startsWith("```")) {
                    fenced = !fenced;
                }
                Matcher html = HTML_ANCHOR.matcher(line);
                while (html.find()) {
                    found.add(html.group(1));
                }
                Matcher heading = HEADING.matcher(line);
                if (!fenced && heading.matches()) {
                    String slug = slug(heading.group(1));
                    int times = seen.merge(slug, 1, Integer::sum);
                    found.add(times == 1 ? slug : slug + "-" + (times - 1));
                }
            }
            return found;
        });
    }

    /** GitHub's anchor of a heading: its text (a link's text, without code marks), lower case, punctuation dropped. */
    private static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "");
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
    }

    private static List<Path> pages() {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CHANGELOG.md")));
        for (String dir : List.of("docs", "examples")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(dir))) {
                files.filter(f -> f.toString().endsWith(".md"))
                        .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/node_modules/"))
                        .sorted().forEach(pages::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        return pages;
    }

    private static List<String> read(Path page) {
        try {
            return Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
    }
}
