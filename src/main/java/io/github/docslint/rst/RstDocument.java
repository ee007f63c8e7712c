package io.github.docslint.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * What the scanner found in one file, every element with its position. The lists are in source
 * order. Links are the external links this file renders by itself (a page's build resolves its
 * references again over all the files it reads: see {@code DocsGraph.links}); {@link #unresolvedReferences}
 * are named references whose target is not in this file (it may come from a file that includes
 * this one, or that this one includes).
 */
public final class RstDocument {
    final List<Field> fields = new ArrayList<>();
    final List<Directive> directives = new ArrayList<>();
    final List<Include> includes = new ArrayList<>();
    final List<Toctree> toctrees = new ArrayList<>();
    final List<Image> images = new ArrayList<>();
    final List<RawBlock> rawBlocks = new ArrayList<>();
    final List<LiteralBlock> literalBlocks = new ArrayList<>();
    final List<Comment> comments = new ArrayList<>();
    final List<HyperlinkTarget> targets = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<Link> rawHtmlLinks = new ArrayList<>();
    final List<Reference> unresolvedReferences = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    final List<TargetNames.Binding> targetBindings = new ArrayList<>();
    final List<Position> anonymousReferences = new ArrayList<>();
    final List<Position> unrenderedAnonymousReferences = new ArrayList<>();
    final List<HyperlinkTarget> anonymousTargets = new ArrayList<>();
    int lineCount;
    int leadingFieldLines;

    RstDocument() {}

    /** Fields of the top field list (docutils' docinfo), in order: what an include of the whole file shows. */
    public List<Field> topFields() {
        return fields.stream().filter(Field::top).toList();
    }

    /**
     * The top field list Sphinx reads when it builds this file as a page. With {@code rst_prolog}
     * set, Sphinx inserts the prolog after the leading lines that look like {@code :word:}, which
     * ends the field list there (a field after a blank line, or named {@code :no-search:}, is cut
     * off). Included files get no prolog, so {@link #topFields()} is their view.
     */
    public List<Field> pageTopFields(boolean rstProlog) {
        if (!rstProlog || leadingFieldLines == 0) {
            return topFields();
        }
        return fields.stream()
                .filter(f -> f.top() && f.position().line() <= leadingFieldLines)
                .toList();
    }

    /** Every field of every field list, top ones included. */
    public List<Field> fields() {
        return fields;
    }

    public List<Directive> directives() {
        return directives;
    }

    public List<Include> includes() {
        return includes;
    }

    public List<Toctree> toctrees() {
        return toctrees;
    }

    public List<Image> images() {
        return images;
    }

    public List<RawBlock> rawBlocks() {
        return rawBlocks;
    }

    public List<LiteralBlock> literalBlocks() {
        return literalBlocks;
    }

    public List<Comment> comments() {
        return comments;
    }

    public List<HyperlinkTarget> targets() {
        return targets;
    }

    public List<Link> links() {
        return links;
    }

    /**
     * The http(s) URLs of {@code <a href>} and {@code <img src>} in {@code .. raw:: html} blocks: docutils
     * passes them through untouched rather than rendering links, so they are checked only when asked.
     */
    public List<Link> rawHtmlLinks() {
        return rawHtmlLinks;
    }

    public List<Reference> unresolvedReferences() {
        return unresolvedReferences;
    }

    /**
     * Every named reference of this file, resolved here or not: a page's build resolves them again
     * against the names of all the files it reads (a name bound twice there resolves to nothing).
     */
    public List<Reference> references() {
        return references;
    }

    /**
     * Where this file's anonymous references ({@code name__}) are, in order: docutils pairs them with
     * the anonymous targets of the whole page's build, not of the file alone.
     */
    public List<Position> anonymousReferences() {
        return anonymousReferences;
    }

    /**
     * Anonymous references that take their target in the pairing but render nothing (they stand in
     * an element docutils removes after pairing, like a contents title with nothing to list).
     */
    public List<Position> unrenderedAnonymousReferences() {
        return unrenderedAnonymousReferences;
    }

    /** This file's anonymous targets ({@code .. __: uri}, {@code __ uri}), in order. */
    public List<HyperlinkTarget> anonymousTargets() {
        return anonymousTargets;
    }

    /** The names this file's targets bind, in order, as a page's build binds them in its namespace. */
    public List<TargetNames.Binding> targetBindings() {
        return targetBindings;
    }

    public int lineCount() {
        return lineCount;
    }
}
