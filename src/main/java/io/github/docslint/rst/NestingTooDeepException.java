package io.github.docslint.rst;

/**
 * A file whose constructs nest deeper than the scanner follows (lists in lists, quotes in quotes,
 * directives in directives). docutils itself stops with a RecursionError far earlier (after about
 * 100 to 160 levels with Python's default recursion limit), so Sphinx cannot build such a file either.
 */
public final class NestingTooDeepException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Deeper than any real document and than docutils goes; shallow enough for a 1 MB thread stack. */
    public static final int MAX_DEPTH = 200;

    private final Position position;

    NestingTooDeepException(Position position) {
        super("constructs nest more than " + MAX_DEPTH + " levels deep here (lists, block quotes or directives"
                + " inside each other); docutils stops with a RecursionError on this file: flatten the nesting");
        this.position = position;
    }

    /** Where the construct that nests one level too deep starts. */
    public Position position() {
        return position;
    }
}
