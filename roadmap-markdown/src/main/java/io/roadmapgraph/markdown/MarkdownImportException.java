package io.roadmapgraph.markdown;

/**
 * The one exception of the Markdown import and export: the document cannot be imported (not readable, not Markdown,
 * nothing recognised, or the roadmap made from it does not validate) or a profile is wrong. The message says what,
 * where (file:line) and how to fix it.
 */
public final class MarkdownImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MarkdownImportException(String message) {
        super(message);
    }
}
