package io.github.docslint.rst;

/** Lines {@code first} to {@code last} of a file, 1-based and inclusive. */
public record LineSpan(int first, int last) {
    public boolean contains(int line) {
        return line >= first && line <= last;
    }
}
