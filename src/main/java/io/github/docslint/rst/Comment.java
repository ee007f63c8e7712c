package io.github.docslint.rst;

/**
 * An rst comment ({@code .. text}), its text with the lines joined by newlines; {@code lines} are the
 * comment's own lines, {@code next} the lines of the element that follows it in the same body (a
 * paragraph, a directive with its options and content, a table, a whole list), null when none does.
 * Comments in a row share the element after the last of them.
 */
public record Comment(String text, Position position, LineSpan lines, LineSpan next) {
    Comment withNext(LineSpan span) {
        return new Comment(text, position, lines, span);
    }
}
