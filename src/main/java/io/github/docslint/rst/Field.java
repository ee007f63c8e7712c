package io.github.docslint.rst;

/**
 * One field of a field list ({@code :name: body}). {@code top} marks the fields of the document's
 * top field list (docutils' docinfo), the only ones Sphinx reads as file-wide metadata.
 */
public record Field(String name, String body, boolean top, Position position) {}
