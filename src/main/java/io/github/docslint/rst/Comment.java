package io.github.docslint.rst;

/** An rst comment ({@code .. text}), its text with the lines joined by newlines. */
public record Comment(String text, Position position) {}
