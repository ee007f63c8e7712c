package io.github.docslint.rst;

/** A place in a source file: 1-based line, 1-based column counted in characters as written. */
public record Position(int line, int column) implements Comparable<Position> {
    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
