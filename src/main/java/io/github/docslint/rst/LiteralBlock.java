package io.github.docslint.rst;

/** Text that is not rst: a {@code ::} literal block, a doctest block, or an opaque directive body. */
public record LiteralBlock(String origin, Position start, int endLine) {}
