package io.github.docslint.rst;

/** The content of a {@code .. raw::} directive, for the formats it names (e.g. {@code html}). */
public record RawBlock(String format, String content, Position contentStart) {}
