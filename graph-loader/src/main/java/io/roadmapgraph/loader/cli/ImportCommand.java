package io.roadmapgraph.loader.cli;

import io.roadmapgraph.markdown.ImportOptions;
import io.roadmapgraph.markdown.ImportReport;
import io.roadmapgraph.markdown.ImportResult;
import io.roadmapgraph.markdown.MappingProfile;
import io.roadmapgraph.markdown.MarkdownImportException;
import io.roadmapgraph.markdown.MarkdownImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code graph-loader import FILE.md}: turns a Markdown roadmap document into a validated roadmap file and reports what
 * became of every line. Needs no database.
 */
@Command(name = "import",
        description = "Imports a Markdown roadmap document into a roadmap file (YAML), validated, and prints which "
                + "decisions it took that the file does not show (notices), which lines were not used and 'mapped N of "
                + "M lines (P%%)'. Values the document does not state are "
                + "proposed with origin inferred:<rule>: review them. Writes the file whole or not at all. "
                + "See docs/markdown-import.md.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.LIST_OK, "1:invalid input: the document cannot be read, is not UTF-8 Markdown, holds "
                + "no phase or topic, or its roadmap does not validate (nothing was written)", ExitCodes.LIST_USAGE})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.md", description = "the Markdown document")
    private Path document;

    @Option(names = {"-o", "--output"}, paramLabel = "ROADMAP.yaml",
            description = "the roadmap file to write: YAML, or JSON when its name ends in .json (default: the document's "
                    + "name with .yaml, beside it)")
    private Path output;

    @Option(names = "--id", paramLabel = "ID", description = "the roadmap's id (default: from the document's title)")
    private String id;

    @CommandLine.Mixin
    private LanguageAndForce shared;

    @Option(names = "--profile", paramLabel = "PROFILE.yaml",
            description = "a mapping profile whose entries replace the default ones (docs/markdown-import.md)")
    private Path profile;

    @Option(names = "--report", paramLabel = "REPORT.txt",
            description = "also write the whole report: notices, ids chosen, inferred values, every line")
    private Path report;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            err.println("graph-loader: --id '" + id + "' is not kebab-case; use lower-case letters, digits and single "
                    + "hyphens, e.g. 'my-roadmap'");
            return ExitCodes.USAGE;
        }
        Path target = output != null ? output : defaultOutput(document);
        Optional<Integer> usage = shared.check(target, err);
        if (usage.isPresent()) {
            return usage.get();
        }
        ImportResult result;
        try {
            MappingProfile mapping = profile == null ? MappingProfile.defaults() : MappingProfile.withOverrides(profile);
            ImportOptions options = new ImportOptions(Optional.ofNullable(id), shared.language(), mapping);
            result = MarkdownImporter.importFile(document, options);
        } catch (MarkdownImportException e) {
            err.println("graph-loader: " + e.getMessage());
            err.println("nothing was written");
            return ExitCodes.INVALID_INPUT;
        }
        Map<Path, String> outputs = new LinkedHashMap<>();
        outputs.put(target, result.file(target.getFileName().toString()));
        if (report != null) {
            outputs.put(report, result.report().text());
        }
        for (Path file : outputs.keySet()) {
            Optional<String> why = OutputFile.whyNotWritable(file);
            if (why.isPresent()) {
                err.println("graph-loader: cannot write " + file + ": " + why.get() + "; nothing was written");
                return ExitCodes.INVALID_INPUT;
            }
        }
        for (Map.Entry<Path, String> output : outputs.entrySet()) {
            try {
                OutputFile.write(output.getKey(), output.getValue());
            } catch (IOException e) {
                err.println("graph-loader: cannot write " + output.getKey() + ": " + e.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
        }
        ImportReport lines = result.report();
        out.println("imported " + document + " -> " + target + ": " + SummaryPrinter.contents(result.roadmap())
                + "; " + SummaryPrinter.count(lines.inferred().size(), "inferred value") + " to review");
        lines.notices().forEach(notice -> out.println(document + ":" + notice.line() + ": notice: " + notice.text()));
        lines.unmapped().forEach(line -> out.println(document + ":" + line.line() + ": not used: " + line.text()));
        out.println(lines.summaryLine());
        return ExitCodes.OK;
    }

    static Path defaultOutput(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return document.resolveSibling(base + ".yaml");
    }
}
