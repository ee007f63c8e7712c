package io.github.docslint.rst;

/**
 * A hyperlink target: {@code .. _name: uri}, {@code .. __: uri}, {@code __ uri}, or the target an
 * embedded named reference creates. {@code name} is normalised (lower case, single spaces) and empty
 * for anonymous targets; {@code uri} is empty for internal targets; {@code refname} is set for
 * indirect targets ({@code .. _a: b_}).
 */
public record HyperlinkTarget(String name, String uri, String refname, Position position) {
    public boolean isExternal() {
        return !uri.isEmpty();
    }
}
