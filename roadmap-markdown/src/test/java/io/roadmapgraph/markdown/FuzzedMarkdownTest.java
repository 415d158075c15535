package io.roadmapgraph.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Fuzzed Markdown never crashes the importer: every document either imports into a valid roadmap with a consistent
 * report, or is refused with a {@link MarkdownImportException}. Each case is a seed; a failure prints it.
 */
class FuzzedMarkdownTest {

    private static final List<String> HOSTILE = List.of(
            "## Fase 99: x (99999999999999-1 maanden)", "## Phase 0: zero (0 months)", "### Laag 0:", "### Layer 7",
            "### Maand 5-3: backwards", "### Month 1-1: once", "#### 1. **", "#### **** ⭐", "####### seven",
            "- **Wanneer:**", "- **Tools:** `` ` ``", "- `" + "x".repeat(200) + "`", "  - nested", "        - deep",
            "1) item", "99999999999. big", "> quote", "> > > nested quote", "```", "~~~", "<div>", "</div>",
            "| a | b |", "|---|---|", "| Tool | Use |", "| Phase | Duration | Goal |", "| Maand | Focus |",
            "| 7-3 | x | y |", "| 99 | 2-3 months | goal |", "| `x` |", "|", "***", "___", "[link](javascript:alert(1))", "![img](x.png)", "**", "*", "\\",
            "✅", "⭐⭐⭐", "🔥", "💡 Waarom?", "**💡 Waarom?** tekst", "**🔥 Tip:** doe het", "(", ")", "((()))",
            "## Tools", "## Projecten", "### Beginner", "1. **P** - (Onderwerpen: , ,)", "## Resources",
            "### Must-Read", "## Tips", "**Remember:** *\"\"*", "## Success", "Je bent klaar wanneer je:",
            "\u00a0", "\u2028", "\ufeff", "\u200d", "é", "ß", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "", "", "");

    /** Lines of the family's variations (src/test/resources/family) that small random documents are made of. */
    private static final List<String> FRAGMENTS = List.of(
            "# Roadmap: Fuzz", "## Phase 1 — Foundations (6-8 weeks)", "## Fase 2: Verdieping (ca. 3 maanden)",
            "# Phase 3: Scale (Ongoing)", "### Phase 4 - Deep (2-3 months)", "### **Layer 1: Basics** (Start here!)",
            "## Laag 2: Frameworks (Kies op basis van interesse)", "#### 1. **Python** ⭐ (Highest priority - 50%)",
            "### 2. SQL (Hoogste prioriteit)", "#### **Caching**", "### Web security:", "#### 4. Versiebeheer & tooling",
            "1. **Networking** ⭐ (Start here!)", "2. **Operating systems**", "3. Plain item", "   - nested bullet",
            "   - **When:** you debug", "   1. nested number", "- **Wanneer:** altijd", "When: you investigate.",
            "Wanneer: nu", "- Tools:", "  - PostgreSQL", "- **Tools:** `npm`, `Vite`", "> a quote", "**Doel:** leren",
            "## Tools", "### Opslag", "- Snowflake - warehouse", "## Leerroute", "## Learning Path",
            "### Week 1-2: Linux", "### Weken 3-4: Netwerken", "### Weeks 2-1: backwards", "### Month 1-2: Basics",
            "**Month 3-4: APIs**", "| Week | Focus | Step |", "| Maand | Focus |", "| Periode | Focus |",
            "| --- | --- | --- |", "| 1-2 | Python | Learn |", "| 3-4 | More |", "| Maand 5-6 | x | y |", "| 9-3 | z |",
            "## Projecten", "## Projects", "### Beginner", "### Gevorderd", "### Expert", "**Intermediate:**",
            "1. **Portfolio** - Python and SQL", "- **Lab** - Networking", "## Principes", "1. **Automate** - always",
            "## Success Criteria", "- [ ] You can deploy", "✅ Ready", "## Bronnen", "- [MDN](https://x.org) - docs",
            "## Tips", "**Onthoud:** *\"kort\"*", "---", "", "", "");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 150);
    }

    @org.junit.jupiter.api.Test
    void thousandsOfSmallDocumentsOfTheFamilysVariationsImportOrAreRefusedCleanly() {
        Random random = new Random(18);
        ImportOptions options = ImportOptions.defaults();
        int imported = 0;
        int refused = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder document = new StringBuilder();
            int lines = 1 + random.nextInt(40);
            for (int i = 0; i < lines; i++) {
                document.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size()))).append('\n');
            }
            String name = "fragments-" + n + ".md";
            try {
                ImportResult result = MarkdownImporter.importText(name, document.toString(), options);
                assertThat(result.report().mappedLines()).as("case %d", n)
                        .isLessThanOrEqualTo(result.report().countedLines());
                imported++;
            } catch (MarkdownImportException expected) {
                assertThat(expected.getMessage()).as("case %d", n).startsWith(name);
                refused++;
            } catch (RuntimeException | StackOverflowError crash) {
                fail("case " + n + " crashed the importer:\n" + document + "\n" + crash, crash);
            }
        }
        assertThat(imported).as("cases that import").isGreaterThan(300);
        assertThat(refused).as("cases refused").isGreaterThan(0);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fuzzedMarkdownImportsOrIsRefusedCleanly(long seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(Files.readAllLines(ImportTest.SEED));
        int edits = 1 + random.nextInt(40);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(lines.size() + 1);
            switch (random.nextInt(5)) {
                case 0 -> lines.add(at, HOSTILE.get(random.nextInt(HOSTILE.size())));
                case 1 -> {
                    if (!lines.isEmpty() && at < lines.size()) {
                        lines.remove(at);
                    }
                }
                case 2 -> {
                    if (!lines.isEmpty()) {
                        lines.add(at, lines.get(random.nextInt(lines.size())));
                    }
                }
                case 3 -> {
                    if (at < lines.size() && !lines.get(at).isEmpty()) {
                        String line = lines.get(at);
                        int cut = random.nextInt(line.length());
                        lines.set(at, line.substring(0, cut) + HOSTILE.get(random.nextInt(HOSTILE.size()))
                                + line.substring(cut));
                    }
                }
                default -> {
                    if (random.nextInt(10) == 0) {
                        lines.subList(0, random.nextInt(lines.size() + 1)).clear();
                    }
                }
            }
        }
        String document = String.join(random.nextBoolean() ? "\n" : "\r\n", lines);
        try {
            ImportResult result = MarkdownImporter.importText("fuzz-" + seed + ".md", document,
                    ImportOptions.defaults());
            ImportReport report = result.report();
            assertThat(report.mappedLines()).as("seed %d", seed).isLessThanOrEqualTo(report.countedLines());
            assertThat(report.summaryLine()).as("seed %d", seed).startsWith("mapped ");
            assertThat(MarkdownExporter.export(result.roadmap(), "nl")).as("seed %d", seed).isNotBlank();
        } catch (MarkdownImportException refused) {
            assertThat(refused.getMessage()).as("seed %d", seed).startsWith("fuzz-" + seed + ".md");
        } catch (RuntimeException | StackOverflowError crash) {
            fail("seed " + seed + " crashed the importer: " + crash, crash);
        }
    }
}
