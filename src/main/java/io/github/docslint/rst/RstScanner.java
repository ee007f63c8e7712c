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
    private final boolean prologSplitsTopFields;

    /** A scanner for trees without {@code rst_prolog}. */
    public RstScanner() {
        this(false);
    }

    /**
     * @param prologSplitsTopFields conf.py sets {@code rst_prolog}: Sphinx inserts it after the
     *     leading lines that look like {@code :word:}, which cuts the top field list there
     */
    public RstScanner(boolean prologSplitsTopFields) {
        this.prologSplitsTopFields = prologSplitsTopFields;
    }

    public RstDocument scan(SourceText source) {
        Scan scan = new Scan(source, prologSplitsTopFields);
        scan.run();
        return scan.doc;
    }
}
