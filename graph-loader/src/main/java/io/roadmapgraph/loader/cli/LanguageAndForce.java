package io.roadmapgraph.loader.cli;

import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The options import and export share: the language of the document, and whether to replace an output file. */
final class LanguageAndForce {

    @Option(names = "--language", paramLabel = "nl|en",
            description = "the document's language (import default: guessed from its words; export default: the "
                    + "roadmap's main language)")
    private String language;

    @Option(names = "--force", description = "replace the output file if it exists")
    private boolean force;

    Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** The exit code of a usage error, printed to {@code err}; empty when the options are usable. */
    Optional<Integer> check(Path output, PrintWriter err) {
        if (language != null && !language.equals("nl") && !language.equals("en")) {
            err.println("graph-loader: --language '" + language + "' is not supported; use nl or en");
            return Optional.of(ExitCodes.USAGE);
        }
        if (output != null && Files.exists(output) && !force) {
            err.println("graph-loader: " + output + " exists; give --force to replace it, or -o another file");
            return Optional.of(ExitCodes.USAGE);
        }
        return Optional.empty();
    }
}
