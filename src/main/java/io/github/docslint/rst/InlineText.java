package io.github.docslint.rst;

import static io.github.docslint.rst.Markers.*;
import static io.github.docslint.rst.RstText.*;

/**
 * Runs of inline text (paragraphs, titles, terms, cells) handed to the {@link InlineScanner}, with
 * the positions of their lines, so that what it finds is reported where it is written.
 */
final class InlineText implements InlineScanner.Sink {
    private final Scan scan;
    // the text being scanned: where its lines start, and their source line and column
    private int[] inlineLineStart;
    private int[] inlineLine;
    private int[] inlineCol;
    private Block inlineBlock;
    private int inlineFrom;
    /** Elements with an id seen so far (see {@link InlineScanner.Sink#elementWithId}). */
    int elementsWithId;

    InlineText(Scan scan) {
        this.scan = scan;
    }

    /** Scans lines [from, to) of {@code b} as one run of inline text. */
    void scan(Block b, int from, int to) {
        if (to <= from) {
            return;
        }
        int n = to - from;
        // No link without a scheme's ':' or a reference's '_': most lines are ruled out before any copy.
        int length = n - 1;
        boolean marked = false;
        for (int k = from; k < to; k++) {
            String line = b.text[k];
            length += line.length();
            marked = marked || line.indexOf(':') >= 0 || line.indexOf('_') >= 0;
        }
        if (!marked) {
            return;
        }
        char[] chars = new char[length]; // the lines joined by '\n', written once into the scanner's array
        int[] starts = new int[n];
        int[] lines = new int[n];
        int[] cols = new int[n];
        int at = 0;
        int lastUnderscore = -1;
        int lastBackquote = -1;
        boolean escapes = false;
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                chars[at++] = '\n';
            }
            starts[k] = at;
            lines[k] = b.line[from + k];
            cols[k] = b.col[from + k];
            String line = b.text[from + k];
            line.getChars(0, line.length(), chars, at);
            // found on the String (one byte a char, searched by the JDK's intrinsics), not the copy
            int u = line.lastIndexOf('_');
            if (u >= 0) {
                lastUnderscore = at + u;
            }
            int q = line.lastIndexOf('`');
            if (q >= 0) {
                lastBackquote = at + q;
            }
            escapes = escapes || line.indexOf('\\') >= 0;
            at += line.length();
        }
        inlineLineStart = starts;
        inlineLine = lines;
        inlineCol = cols;
        inlineBlock = b;
        inlineFrom = from;
        InlineScanner.scan(chars, this, lastUnderscore, lastBackquote, escapes);
    }

    private Position inlinePos(int offset) {
        int lo = 0;
        int hi = inlineLineStart.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (inlineLineStart[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int line = inlineLine[lo];
        return new Position(
                line + 1,
                scan.src.sourceColumn(
                        line, inlineCol[lo] + inlineBlock.offset(inlineFrom + lo, offset - inlineLineStart[lo])));
    }

    @Override
    public void link(String uri, Link.Kind kind, int offset) {
        if (InlineScanner.isHttp(uri)) {
            scan.doc.links.add(new Link(uri, kind, inlinePos(offset)));
        }
    }

    @Override
    public void reference(String name, int offset) {
        scan.links.references.add(new Reference(name, inlinePos(offset)));
    }

    @Override
    public void elementWithId(int offset) {
        elementsWithId++;
    }

    @Override
    public void anonymousReference(int offset) {
        elementsWithId++;
        scan.links.anonymousReferences.add(inlinePos(offset));
    }

    @Override
    public void target(String name, String uri, String refname, int offset) {
        elementsWithId++;
        HyperlinkTarget t = new HyperlinkTarget(name, uri, refname, inlinePos(offset));
        scan.doc.targets.add(t);
        scan.links.addNamedTarget(t, refname == null ? TargetNames.Kind.EXPLICIT : TargetNames.Kind.ALIAS);
    }
}
