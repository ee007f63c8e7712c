package io.github.docslint.rst;

/** How the scanner treated a directive's content. */
public enum DirectiveBody {
    /** Parsed as nested rst: its links, images and directives count. */
    NESTED,
    /** Code or data (code-block, literalinclude, math, raw, ...): nothing inside is rst. */
    OPAQUE,
    /** The directive has no content, or content docslint has no use for (index, meta, toctree). */
    NONE
}
