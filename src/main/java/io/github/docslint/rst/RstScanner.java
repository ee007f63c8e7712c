package io.github.docslint.rst;

/**
 * Reads one rst file into an {@link RstDocument} in a single pass, following docutils' block parser
 * (its Body, Text and explicit-markup states) closely enough to find what docutils finds: the top
 * field list, directives with their arguments and options, includes, toctrees, images, raw HTML,
 * hyperlink targets and external links — and to skip what docutils does not render as rst (literal
 * and doctest blocks, comments, code directives, inline literals).
 *
 * <p>Each nested construct (list item, field body, directive content, table cell) is scanned as a
 * {@link Block} of its own lines with their indentation removed, as docutils does.
 */
public final class RstScanner {
    public RstDocument scan(SourceText source) {
        Scan scan = new Scan(source);
        scan.run();
        return scan.doc;
    }
}
