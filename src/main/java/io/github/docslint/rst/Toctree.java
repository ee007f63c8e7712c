package io.github.docslint.rst;

import java.util.List;

/** A {@code .. toctree::} with its entries; {@code glob} when entries may be Sphinx glob patterns. */
public record Toctree(List<Entry> entries, boolean glob, Position position) {
    /**
     * One entry: {@code target} is the document name or URL, from {@code Title <target>} (then
     * {@code explicitTitle}, and Sphinx never treats it as a glob pattern) or the bare line.
     */
    public record Entry(String target, boolean explicitTitle, Position position) {}
}
