package io.github.docslint.rst;

/** A source file that is not valid in the configured encoding, with the position of the first bad byte. */
public final class MalformedSourceException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public MalformedSourceException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
