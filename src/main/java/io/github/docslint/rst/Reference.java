package io.github.docslint.rst;

/** A hyperlink reference by name ({@code name_}, {@code `a name`_}); {@code name} is normalised. */
public record Reference(String name, Position position) {}
