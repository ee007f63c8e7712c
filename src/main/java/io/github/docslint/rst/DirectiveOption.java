package io.github.docslint.rst;

/** One option of a directive ({@code :name: value}); the value has its lines joined with newlines. */
public record DirectiveOption(String name, String value, Position position) {}
