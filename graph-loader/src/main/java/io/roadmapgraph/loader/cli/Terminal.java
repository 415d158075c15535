package io.roadmapgraph.loader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the CLI's stderr is a terminal, where a progress line rewritten in place makes sense. */
final class Terminal {

    private Terminal() {
    }

    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            // Linux: file descriptor 2 is a link to the terminal device, or to a pipe or a file
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // elsewhere: the JVM has a console only when standard input and output are terminals
            return System.console() != null;
        }
    }
}
