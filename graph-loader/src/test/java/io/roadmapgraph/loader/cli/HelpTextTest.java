package io.roadmapgraph.loader.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * picocli reads every description of the help as a {@code String.format} pattern (for {@code %n}); a text it cannot
 * format, such as a bare {@code %}, is printed raw after a "[picocli WARN] Could not format" line on the user's
 * terminal. No database.
 */
class HelpTextTest {

    @Test
    void everyDescriptionOfEveryCommandIsAPatternPicocliCanFormat() {
        List<String> texts = new ArrayList<>();
        commands(GraphLoaderCli.commandLine(false)).map(CommandLine::getCommandSpec).forEach(spec -> {
            texts.addAll(Arrays.asList(spec.usageMessage().description()));
            spec.args().stream().map(ArgSpec::description).forEach(d -> texts.addAll(Arrays.asList(d)));
        });

        assertThat(texts).as("the descriptions of every command, option and parameter").hasSizeGreaterThan(50);
        assertThat(texts).allSatisfy(text -> assertThatCode(() -> String.format(text)).as(text)
                .doesNotThrowAnyException());
    }

    @Test
    void theImportCommandsHelpShowsThePercentOfMappedLines() {
        CommandLine importCommand = GraphLoaderCli.commandLine(false).getSubcommands().get("import");

        assertThat(importCommand.getUsageMessage()).contains("'mapped N of M lines (P%)'");
    }

    @Test
    void onlyTheCommandsThatWriteOfferADryRunAndABatchSize() {
        CommandLine cli = GraphLoaderCli.commandLine(false);

        for (String writing : List.of("load", "remove")) {
            assertThat(optionNames(cli, writing)).as(writing).contains("--dry-run", "--batch-size", "--uri");
        }
        assertThat(optionNames(cli, "export")).as("export, which only reads from Neo4j")
                .contains("--uri", "--roadmap").doesNotContain("--dry-run", "--batch-size");
    }

    @Test
    void theCommandsWithoutADatabaseDoNotNameAUriAmongTheirUsageErrors() {
        CommandLine cli = GraphLoaderCli.commandLine(false);

        for (String offline : List.of("import", "validate")) {
            assertThat(cli.getSubcommands().get(offline).getUsageMessage()).as(offline)
                    .contains("2   usage error").doesNotContainIgnoringCase("uri");
        }
        assertThat(cli.getSubcommands().get("export").getUsageMessage()).contains("bad option value or --uri");
    }

    private static List<String> optionNames(CommandLine cli, String command) {
        return cli.getSubcommands().get(command).getCommandSpec().options().stream()
                .flatMap(option -> Arrays.stream(option.names())).toList();
    }

    private static Stream<CommandLine> commands(CommandLine root) {
        return Stream.concat(Stream.of(root), root.getSubcommands().values().stream().flatMap(HelpTextTest::commands));
    }
}
