package io.github.docslint.rst;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Scan scan = new Scan(source);
        scan.run();
        return scan.doc;
    }

    private final class Scan implements InlineScanner.Sink {
        final SourceText src;
        final RstDocument doc = new RstDocument();
        /** Something other than docutils' pre-bibliographic elements was seen at document level. */
        boolean seenContent;
        /** Top field list lines must lie before this line (Sphinx's rst_prolog insertion point). */
        int topFieldLimit = Integer.MAX_VALUE;

        final Map<String, HyperlinkTarget> namedTargets = new HashMap<>();
        final Set<String> ambiguousNames = new java.util.HashSet<>();
        final List<HyperlinkTarget> anonymousTargets = new ArrayList<>();
        final List<Reference> references = new ArrayList<>();
        final List<Position> anonymousReferences = new ArrayList<>();
        /** Internal targets waiting for the next element; docutils gives them its URI if it is a target. */
        final List<HyperlinkTarget> pendingInternalTargets = new ArrayList<>();

        // the inline text being scanned: its lines' positions, for offsets reported by the sink
        private int[] inlineLineStart;
        private int[] inlineLine;
        private int[] inlineCol;

        Scan(SourceText src) {
            this.src = src;
        }

        void run() {
            List<String> lines = src.lines();
            doc.lineCount = lines.size();
            if (prologSplitsTopFields) {
                int k = 0;
                while (k < lines.size() && startsWithDocinfoField(lines.get(k))) {
                    k++;
                }
                if (k > 0) {
                    topFieldLimit = k;
                }
            }
            body(Block.of(lines), true);
            resolveReferences();
            doc.links.sort(Comparator.comparing(Link::position));
        }

        // sphinx.util.rst.docinfo_re: ':\w+:.*?' matched at the start of the line
        private boolean startsWithDocinfoField(String line) {
            if (line.isEmpty() || line.charAt(0) != ':') {
                return false;
            }
            int i = 1;
            while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
                i++;
            }
            return i > 1 && i < line.length() && line.charAt(i) == ':';
        }

        Position pos(Block b, int i, int k) {
            int line = b.line[i];
            return new Position(line + 1, src.sourceColumn(line, b.col[i] + k));
        }

        /** A document-level element that is not pre-bibliographic ends the chance of a top field list. */
        void content(boolean top) {
            if (top) {
                seenContent = true;
            }
            pendingInternalTargets.clear();
        }

        // -----------------------------------------------------------------------------------------
        // body elements

        void body(Block b, boolean top) {
            int i = 0;
            int n = b.size();
            while (i < n) {
                String t = b.text[i];
                if (t.isEmpty()) {
                    i++;
                    continue;
                }
                int next;
                if (t.charAt(0) == ' ') {
                    Block.Indented q = b.indented(i, false, -1, -1);
                    content(top);
                    body(q.block(), false);
                    next = q.end();
                } else {
                    next = element(b, i, top);
                }
                i = Math.max(next, i + 1);
            }
        }

        /** One body element starting at unindented line {@code i}; returns where the next one starts. */
        int element(Block b, int i, boolean top) {
            String t = b.text[i];
            char c = t.charAt(0);
            int m;
            if ("-+*\u2022\u2023\u2043".indexOf(c) >= 0 && (t.length() == 1 || t.charAt(1) == ' ')) {
                return listItem(b, i, skipSpaces(t, 1), top);
            }
            if ((m = enumerator(b, i)) > 0) {
                return listItem(b, i, m, top);
            }
            if (c == ':' && (m = fieldMarkerEnd(t)) > 0) {
                return fieldList(b, i, top);
            }
            if ((c == '-' || c == '+' || c == '/') && (m = optionMarkerEnd(t)) > 0) {
                content(top);
                Block.Indented q = b.indented(i, false, -1, m);
                body(q.block(), false);
                return q.end();
            }
            if (t.startsWith(">>>") && (t.length() == 3 || t.charAt(3) == ' ')) {
                content(top);
                int end = textBlockEnd(b, i);
                doc.literalBlocks.add(new LiteralBlock("doctest", pos(b, i, 0), b.line[end - 1] + 1));
                return end;
            }
            if (c == '|' && (t.length() == 1 || t.charAt(1) == ' ')) {
                return lineBlock(b, i, top);
            }
            if (c == '+' && isGridTableTop(t)) {
                content(top);
                return gridTable(b, i);
            }
            if (c == '=' && isSimpleTableTop(t)) {
                content(top);
                return simpleTable(b, i);
            }
            if (t.startsWith("..") && (t.length() == 2 || t.charAt(2) == ' ')) {
                return explicitMarkup(b, i, top);
            }
            if (t.startsWith("__") && (t.length() == 2 || t.charAt(2) == ' ')) {
                Block.Indented q = b.indented(i, true, -1, skipSpaces(t, 2));
                target(q.block(), "", true, pos(b, i, 0), top);
                return q.end();
            }
            if (isPunctuationLine(t)) {
                return line(b, i, top);
            }
            return text(b, i, top);
        }

        int skipSpaces(String t, int k) {
            while (k < t.length() && t.charAt(k) == ' ') {
                k++;
            }
            return k;
        }

        /** Body.list_item: the item's text starts at {@code indent}; the body is the lines indented that far. */
        int listItem(Block b, int i, int indent, boolean top) {
            content(top);
            Block.Indented q =
                    indent < b.text[i].length() ? b.indented(i, false, indent, -1) : b.indented(i, false, -1, indent);
            body(q.block(), false);
            return q.end();
        }

        /** End of a valid enumerated-list marker with its spaces, or -1 (docutils: is_enumerated_list_item). */
        int enumerator(Block b, int i) {
            Enumerator e = Enumerator.parse(b.text[i]);
            if (e == null) {
                return -1;
            }
            if (i + 1 >= b.size()) {
                return e.end();
            }
            String next = b.text[i + 1];
            if (next.isEmpty() || next.charAt(0) == ' ') {
                return e.end();
            }
            for (String succ : e.successors()) {
                if (next.startsWith(succ)) {
                    return e.end();
                }
            }
            return -1;
        }

        /** docutils' field_marker {@code :(?![: ])([^:\\]|\\.|:(?!([ `]|$)))*(?<! ):( +|$)}: end, or -1. */
        int fieldMarkerEnd(String t) {
            if (t.length() < 3 || t.charAt(1) == ':' || t.charAt(1) == ' ') {
                return -1;
            }
            int j = 1;
            while (j < t.length()) {
                char ch = t.charAt(j);
                if (ch == '\\') {
                    if (j + 1 >= t.length()) {
                        return -1;
                    }
                    j += 2;
                    continue;
                }
                if (ch == ':') {
                    char after = j + 1 < t.length() ? t.charAt(j + 1) : ' ';
                    if (after == ' ') {
                        return t.charAt(j - 1) == ' ' ? -1 : skipSpaces(t, j + 1);
                    }
                    if (after == '`') {
                        return -1;
                    }
                }
                j++;
            }
            return -1;
        }

        int fieldList(Block b, int i, boolean top) {
            boolean docinfo = top && !seenContent && b.line[i] < topFieldLimit;
            int n = b.size();
            while (i < n) {
                String t = b.text[i];
                if (t.isEmpty()) {
                    i++;
                    continue;
                }
                int m = t.charAt(0) == ':' ? fieldMarkerEnd(t) : -1;
                if (m < 0) {
                    break;
                }
                boolean isTop = docinfo && b.line[i] < topFieldLimit;
                int nameEnd = t.lastIndexOf(':', m - 1);
                String name = unescapeBackslashes(t.substring(1, nameEnd));
                Position p = pos(b, i, 0);
                Block.Indented q = b.indented(i, false, -1, m);
                Block body = q.block();
                doc.fields.add(new Field(name, joinTrimmed(body), isTop, p));
                if (!isTop) {
                    content(top);
                }
                body(body, false);
                i = q.end();
                if (docinfo && i < n && b.line[i] >= topFieldLimit) {
                    break; // Sphinx's prolog lands here: what follows is another field list
                }
            }
            if (top) {
                seenContent = true;
            }
            pendingInternalTargets.clear();
            return i;
        }

        /** docutils' option_marker for option lists ({@code -a, --all  Description}): end, or -1. */
        int optionMarkerEnd(String t) {
            int k = 0;
            while (true) {
                int e = optionEnd(t, k);
                if (e < 0) {
                    return -1;
                }
                k = e;
                if (t.startsWith(", ", k)) {
                    k += 2;
                    continue;
                }
                break;
            }
            if (k == t.length()) {
                return k;
            }
            if (k + 1 == t.length() && t.charAt(k) == ' ') {
                return k + 1;
            }
            if (t.startsWith("  ", k)) {
                return skipSpaces(t, k);
            }
            return -1;
        }

        private int optionEnd(String t, int k) {
            int n = t.length();
            if (k < n && (t.charAt(k) == '-' || t.charAt(k) == '+') && !(t.startsWith("--", k))) {
                // short option: -a, +a, then optionally " arg" or "arg"
                if (k + 1 >= n || !isAsciiAlnum(t.charAt(k + 1))) {
                    return -1;
                }
                int e = k + 2;
                int a = optArgEnd(t, e < n && t.charAt(e) == ' ' ? e + 1 : e);
                return a > 0 ? a : e;
            }
            int s;
            if (t.startsWith("--", k)) {
                s = k + 2;
            } else if (k < n && t.charAt(k) == '/') {
                s = k + 1;
            } else {
                return -1;
            }
            if (s >= n || !isAsciiAlnum(t.charAt(s))) {
                return -1;
            }
            int e = s + 1;
            while (e < n && (isAsciiAlnum(t.charAt(e)) || t.charAt(e) == '_' || t.charAt(e) == '-')) {
                e++;
            }
            if (e < n && (t.charAt(e) == '=' || t.charAt(e) == ' ')) {
                int a = optArgEnd(t, e + 1);
                if (a > 0) {
                    return a;
                }
            }
            return e;
        }

        private int optArgEnd(String t, int k) {
            int n = t.length();
            if (k >= n) {
                return -1;
            }
            if (t.charAt(k) == '<') {
                int close = t.indexOf('>', k + 1);
                int open = t.indexOf('<', k + 1);
                return close > k + 1 && (open < 0 || open > close) ? close + 1 : -1;
            }
            if (!Character.isLetter(t.charAt(k)) || t.charAt(k) > 127) {
                return -1;
            }
            int e = k + 1;
            while (e < n && (isAsciiAlnum(t.charAt(e)) || t.charAt(e) == '_' || t.charAt(e) == '-')) {
                e++;
            }
            return e;
        }

        private boolean isAsciiAlnum(char ch) {
            return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
        }

        /** StateMachine.get_text_block: lines up to the first blank one. */
        int textBlockEnd(Block b, int i) {
            int end = i;
            while (end < b.size() && !b.isBlank(end)) {
                end++;
            }
            return end;
        }

        int lineBlock(Block b, int i, boolean top) {
            content(top);
            int n = b.size();
            while (i < n && !b.isBlank(i)) {
                String t = b.text[i];
                if (t.charAt(0) != '|' || (t.length() > 1 && t.charAt(1) != ' ')) {
                    break;
                }
                Block.Indented q = b.indented(i, true, -1, skipSpaces(t, 1));
                inline(q.block(), 0, q.block().size());
                i = Math.max(q.end(), i + 1);
            }
            return i;
        }

        // -----------------------------------------------------------------------------------------
        // tables

        boolean isGridTableTop(String t) {
            // \+-[-+]+-\+ *$
            int n = t.length();
            if (n < 5 || t.charAt(0) != '+' || t.charAt(1) != '-' || t.charAt(n - 1) != '+' || t.charAt(n - 2) != '-') {
                return false;
            }
            for (int k = 2; k < n - 2; k++) {
                if (t.charAt(k) != '-' && t.charAt(k) != '+') {
                    return false;
                }
            }
            return true;
        }

        int gridTable(Block b, int i) {
            int end = i;
            while (end < b.size() && !b.isBlank(end) && b.text[end].charAt(0) != ' ') {
                end++;
            }
            // Body.isolate_grid_table: cut at a line that is not part of the table, check the edges
            int stop = end;
            for (int k = i; k < end; k++) {
                char first = b.text[k].charAt(0);
                if (first != '+' && first != '|') {
                    stop = k;
                    break;
                }
            }
            if (!isGridTableTop(b.text[stop - 1])) {
                int bottom = -1;
                for (int k = stop - 2; k > i + 1; k--) {
                    if (isGridTableTop(b.text[k])) {
                        bottom = k;
                        break;
                    }
                }
                if (bottom < 0) {
                    return end; // malformed table: docutils shows it as a literal block
                }
                stop = bottom + 1;
            }
            List<String> lines = new ArrayList<>(stop - i);
            for (int k = i; k < stop; k++) {
                lines.add(b.text[k]); // GridTable checks the edges, with docutils' wide-character widths
            }
            GridTable.parse(lines).ifPresent(cells -> {
                for (GridTable.Cell cell : cells) {
                    int size = cell.lines().size();
                    String[] text = cell.lines().toArray(new String[0]);
                    int[] line = new int[size];
                    int[] col = new int[size];
                    for (int k = 0; k < size; k++) {
                        int row = i + cell.firstLine() + k;
                        line[k] = b.line[row];
                        col[k] = b.col[row] + GridTable.charIndex(b.text[row], cell.firstColumn());
                    }
                    body(new Block(text, line, col), false);
                }
            });
            return stop;
        }

        boolean isSimpleTableTop(String t) {
            // =+( +=+)+ *$
            int k = 0;
            int n = t.length();
            int groups = 0;
            while (k < n) {
                if (t.charAt(k) != '=') {
                    return false;
                }
                while (k < n && t.charAt(k) == '=') {
                    k++;
                }
                groups++;
                if (k < n) {
                    if (t.charAt(k) != ' ') {
                        return false;
                    }
                    k = skipSpaces(t, k);
                }
            }
            return groups >= 2;
        }

        boolean isSimpleTableBorder(String t) {
            // =+[ =]*$
            if (t.isEmpty() || t.charAt(0) != '=') {
                return false;
            }
            for (int k = 1; k < t.length(); k++) {
                if (t.charAt(k) != '=' && t.charAt(k) != ' ') {
                    return false;
                }
            }
            return true;
        }

        /** A simple table: the cells of each row are scanned as nested rst, column by column. */
        int simpleTable(Block b, int i) {
            int n = b.size();
            String top = b.text[i];
            int end = -1;
            int found = 0;
            for (int k = i + 1; k < n; k++) {
                if (isSimpleTableBorder(b.text[k])) {
                    if (b.text[k].length() != top.length()) {
                        return k + 1; // malformed
                    }
                    found++;
                    if (found == 2 || k == n - 1 || b.isBlank(k + 1)) {
                        end = k;
                        break;
                    }
                }
            }
            if (end < 0) {
                return n; // malformed: no bottom border
            }
            List<int[]> columns = new ArrayList<>();
            for (int k = 0; k < top.length(); ) {
                int s = k;
                while (k < top.length() && top.charAt(k) == '=') {
                    k++;
                }
                columns.add(new int[] {s, k});
                k = skipSpaces(top, k);
            }
            // rows: a line with text in the first column starts a row; others continue it
            List<int[]> rows = new ArrayList<>();
            for (int k = i + 1; k < end; k++) {
                String t = b.text[k];
                if (isSimpleTableBorder(t) || isColumnSpanUnderline(t)) {
                    continue;
                }
                boolean firstColumnText = !t.isEmpty()
                        && !t.substring(0, Math.min(t.length(), columns.get(0)[1]))
                                .isBlank();
                if (firstColumnText || rows.isEmpty()) {
                    rows.add(new int[] {k, k + 1});
                } else {
                    rows.get(rows.size() - 1)[1] = k + 1;
                }
            }
            for (int[] row : rows) {
                for (int c = 0; c < columns.size(); c++) {
                    int from = columns.get(c)[0];
                    int to = c + 1 < columns.size() ? columns.get(c + 1)[0] : Integer.MAX_VALUE;
                    int size = row[1] - row[0];
                    String[] text = new String[size];
                    int[] line = new int[size];
                    int[] col = new int[size];
                    for (int k = 0; k < size; k++) {
                        String t = b.text[row[0] + k];
                        String cell = from >= t.length() ? "" : t.substring(from, Math.min(t.length(), to));
                        text[k] = stripTrailing(cell);
                        line[k] = b.line[row[0] + k];
                        col[k] = b.col[row[0] + k] + from;
                    }
                    Block cellBlock = new Block(text, line, col);
                    int indent = Integer.MAX_VALUE;
                    for (String t : text) {
                        if (!t.isEmpty()) {
                            indent = Math.min(indent, Block.indentOf(t));
                        }
                    }
                    if (indent != Integer.MAX_VALUE) {
                        body(cellBlock.sliceStripped(0, size, indent), false);
                    }
                }
            }
            return end + 1;
        }

        private boolean isColumnSpanUnderline(String t) {
            return !t.isBlank() && t.chars().allMatch(ch -> ch == '-' || ch == ' ');
        }

        // -----------------------------------------------------------------------------------------
        // section titles, transitions, paragraphs, definition lists

        boolean isPunctuationLine(String t) {
            char c = t.charAt(0);
            if (!isPunctuation7bit(c)) {
                return false;
            }
            for (int k = 1; k < t.length(); k++) {
                if (t.charAt(k) != c) {
                    return false;
                }
            }
            return true;
        }

        private boolean isPunctuation7bit(char c) {
            return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
        }

        /** Body.line and the Line state: a section overline or a transition. */
        int line(Block b, int i, boolean top) {
            String t = b.text[i];
            if (t.length() < 4) {
                return text(b, i, top); // too short to be an overline or a transition
            }
            content(top);
            if (!top) {
                return i + 1; // docutils: "Unexpected section title or transition"
            }
            int n = b.size();
            if (i + 1 >= n || b.isBlank(i + 1)) {
                return i + 1; // transition
            }
            if (isPunctuationLine(b.text[i + 1])) {
                return i + 2; // "Invalid section title or transition marker"
            }
            if (i + 2 >= n) {
                return i + 2; // "Incomplete section title"
            }
            if (b.text[i + 2].equals(t)) {
                inline(b, i + 1, i + 2);
            }
            return i + 3; // a title, or a malformed one that docutils shows as a literal block
        }

        /** Body.text and the Text state: a paragraph, a section title, or a definition list item. */
        int text(Block b, int i, boolean top) {
            int n = b.size();
            if (i + 1 < n && !b.isBlank(i + 1)) {
                String next = b.text[i + 1];
                if (next.charAt(0) == ' ') {
                    return definitionListItem(b, i, top);
                }
                if (isPunctuationLine(next)) {
                    String title = b.text[i];
                    boolean tooShort = title.codePointCount(0, title.length()) > next.length() && next.length() < 4;
                    if (!tooShort) {
                        content(top);
                        if (top) {
                            inline(b, i, i + 1);
                        }
                        return i + 2;
                    }
                }
            }
            return paragraph(b, i, top);
        }

        int definitionListItem(Block b, int i, boolean top) {
            content(top);
            inline(b, i, i + 1); // the term (with any classifiers)
            Block.Indented q = b.indented(i + 1, false, -1, -1);
            body(q.block(), false);
            return q.end();
        }

        int paragraph(Block b, int i, boolean top) {
            content(top);
            int end = i + 1;
            int n = b.size();
            while (end < n && !b.isBlank(end) && b.text[end].charAt(0) != ' ') {
                end++;
            }
            String last = b.text[end - 1];
            if (endsWithLiteralMarker(last)) {
                // the paragraph's inline text loses its '::' (or one ':'), then a literal block follows
                Block para = b.slice(i, end);
                int li = para.size() - 1;
                String l = last;
                if (end - i == 1 && l.equals("::")) {
                    l = "";
                } else if (l.length() >= 3 && l.charAt(l.length() - 3) == ' ') {
                    l = stripTrailing(l.substring(0, l.length() - 3));
                } else if (l.equals("::")) {
                    l = "";
                } else {
                    l = l.substring(0, l.length() - 1);
                }
                para.text[li] = l;
                inline(para, 0, para.size());
                return literalBlock(b, end);
            }
            inline(b, i, end);
            return end;
        }

        private boolean endsWithLiteralMarker(String line) {
            if (!line.endsWith("::")) {
                return false;
            }
            int k = line.length() - 3;
            int backslashes = 0;
            while (k >= 0 && line.charAt(k) == '\\') {
                backslashes++;
                k--;
            }
            return backslashes % 2 == 0;
        }

        /** Text.literal_block: the indented block after a '::' paragraph, or a quoted literal block. */
        int literalBlock(Block b, int i) {
            int n = b.size();
            Block.Indented q = b.indented(i, false, -1, -1);
            Block lit = q.block().trimmed();
            if (lit.size() > 0) {
                doc.literalBlocks.add(new LiteralBlock("::", pos(lit, 0, 0), lit.line[lit.size() - 1] + 1));
                return q.end();
            }
            int k = q.end();
            while (k < n && b.isBlank(k)) {
                k++;
            }
            if (k < n && isPunctuation7bit(b.text[k].charAt(0))) {
                char quote = b.text[k].charAt(0);
                int end = k;
                while (end < n && !b.isBlank(end) && b.text[end].charAt(0) == quote) {
                    end++;
                }
                doc.literalBlocks.add(new LiteralBlock("::", pos(b, k, 0), b.line[end - 1] + 1));
                return end;
            }
            return q.end(); // "Literal block expected; none found": the text is read normally
        }

        // -----------------------------------------------------------------------------------------
        // explicit markup: footnotes, citations, targets, substitutions, directives, comments

        int explicitMarkup(Block b, int i, boolean top) {
            String t = b.text[i];
            int k = skipSpaces(t, 2);
            if (k > 2 && k < t.length()) {
                char c = t.charAt(k);
                if (c == '[') {
                    int e = footnoteLabelEnd(t, k);
                    if (e > 0) {
                        content(top);
                        Block.Indented q = b.indented(i, false, -1, skipSpaces(t, e));
                        body(q.block(), false);
                        return q.end();
                    }
                }
                if (c == '_' && k + 1 < t.length() && t.charAt(k + 1) != ' ') {
                    Integer r = hyperlinkTarget(b, i, k + 1, top);
                    if (r != null) {
                        return r;
                    }
                    return comment(b, i, top);
                }
                if (c == '|' && k + 1 < t.length() && t.charAt(k + 1) != ' ') {
                    Integer r = substitutionDefinition(b, i, k + 1, top);
                    if (r != null) {
                        return r;
                    }
                    return comment(b, i, top);
                }
                int e = directiveMarkerEnd(t, k);
                if (e > 0) {
                    String name = t.substring(k, directiveNameEnd(t, k)).toLowerCase(java.util.Locale.ROOT);
                    return directive(b, i, name, e, null, top);
                }
            }
            return comment(b, i, top);
        }

        /** {@code \[([0-9]+|#|#name|\*|name)\]( +|$)} at {@code k}: end after ']', or -1. */
        int footnoteLabelEnd(String t, int k) {
            int j = k + 1;
            if (j < t.length() && t.charAt(j) == '#') {
                j++;
                j = Math.max(j, simpleNameEnd(t, j));
            } else if (j < t.length() && t.charAt(j) == '*') {
                j++;
            } else {
                int e = simpleNameEnd(t, j);
                if (e == j) {
                    return -1;
                }
                j = e;
            }
            if (j < t.length() && t.charAt(j) == ']' && (j + 1 == t.length() || t.charAt(j + 1) == ' ')) {
                return j + 1;
            }
            return -1;
        }

        int simpleNameEnd(String t, int p) {
            int i = p;
            if (i >= t.length() || !Punctuation.isNameChar(t.charAt(i))) {
                return p;
            }
            while (i < t.length() && Punctuation.isNameChar(t.charAt(i))) {
                i++;
            }
            while (i + 1 < t.length() && "-._+:".indexOf(t.charAt(i)) >= 0 && Punctuation.isNameChar(t.charAt(i + 1))) {
                i += 2;
                while (i < t.length() && Punctuation.isNameChar(t.charAt(i))) {
                    i++;
                }
            }
            return i;
        }

        /**
         * {@code (simplename)[ ]?::( +|$)} at {@code k}: end of the marker with its spaces, or -1. The
         * simplename may itself contain ':' (domain directives), so '::' is found after the name.
         */
        int directiveMarkerEnd(String t, int k) {
            int e = directiveNameEnd(t, k);
            if (e == k) {
                return -1;
            }
            int j = e;
            if (j < t.length() && t.charAt(j) == ' ') {
                j++;
            }
            if (t.startsWith("::", j) && (j + 2 == t.length() || t.charAt(j + 2) == ' ')) {
                return skipSpaces(t, j + 2);
            }
            return -1;
        }

        /** The longest simplename at k that is followed by '::' (a name may end before a ':' separator). */
        int directiveNameEnd(String t, int k) {
            int e = simpleNameEnd(t, k);
            // "py:function::" - the greedy name would swallow nothing extra, but "name:" + ":" must not
            while (e > k && !(t.startsWith("::", e) || t.startsWith(" ::", e))) {
                int cut = Math.max(
                        t.lastIndexOf(':', e - 1),
                        Math.max(
                                t.lastIndexOf('.', e - 1),
                                Math.max(
                                        t.lastIndexOf('-', e - 1),
                                        Math.max(t.lastIndexOf('_', e - 1), t.lastIndexOf('+', e - 1)))));
                if (cut <= k) {
                    return e;
                }
                e = cut;
            }
            return e;
        }

        int comment(Block b, int i, boolean top) {
            String t = b.text[i];
            int k = skipSpaces(t, 2);
            String first = t.substring(Math.min(k, t.length()));
            if (first.isBlank() && (i + 1 >= b.size() || b.isBlank(i + 1))) {
                doc.comments.add(new Comment("", pos(b, i, 0)));
                return i + 1; // an empty comment does not take the block after it
            }
            Block.Indented q = b.indented(i, false, -1, k);
            Block body = q.block().trimmed();
            doc.comments.add(new Comment(joinLines(body), pos(b, i, 0)));
            return Math.max(q.end(), i + 1);
        }

        /**
         * Body.hyperlink_target: {@code .. _name: uri}, {@code .. __: uri}, {@code .. _`a name`: uri};
         * {@code k} is just after the first '_'. Returns null when it is malformed (then a comment).
         */
        Integer hyperlinkTarget(Block b, int i, int k, boolean top) {
            Block.Indented q = b.indented(i, true, -1, k);
            Block blk = q.block();
            // the target name may run over several lines
            StringBuilder escaped = new StringBuilder(blk.text[0]);
            int used = 0;
            int[] m;
            while ((m = targetName(escaped.toString())) == null) {
                used++;
                if (used >= blk.size()) {
                    return null;
                }
                escaped.append(blk.text[used]);
            }
            String name = m[0] < 0 ? "" : normalizeTargetName(escaped.substring(m[0], m[1]));
            // the reference text: the rest of the line where the name ended, and the lines after it
            int restStart = m[2] - (escaped.length() - blk.text[used].length());
            List<String> rest = new ArrayList<>();
            String firstRest =
                    restStart >= 0 && restStart <= blk.text[used].length() ? blk.text[used].substring(restStart) : "";
            rest.add(firstRest.strip());
            for (int r = used + 1; r < blk.size(); r++) {
                rest.add(blk.text[r].strip());
            }
            target(rest, name, m[0] < 0, pos(b, i, 0), top);
            return Math.max(q.end(), i + 1);
        }

        private void target(Block blk, String name, boolean anonymous, Position p, boolean top) {
            List<String> rest = new ArrayList<>();
            for (String t : blk.text) {
                rest.add(t.strip());
            }
            target(rest, name, anonymous, p, top);
        }

        /** Body.make_target and parse_target on the reference lines. */
        private void target(List<String> block, String name, boolean anonymous, Position p, boolean top) {
            while (!block.isEmpty() && block.get(block.size() - 1).isEmpty()) {
                block.remove(block.size() - 1);
            }
            String refname = null;
            String uri = "";
            if (!block.isEmpty() && block.get(block.size() - 1).endsWith("_")) {
                refname = referenceName(String.join(" ", block));
            }
            if (refname == null) {
                StringBuilder sb = new StringBuilder();
                for (String l : block) {
                    sb.append(l);
                }
                uri = removeWhitespaceKeepEscapedSpaces(sb.toString());
            }
            HyperlinkTarget target = new HyperlinkTarget(name, uri, refname, p);
            doc.targets.add(target);
            if (anonymous) {
                anonymousTargets.add(target);
                pendingInternalTargets.clear();
                return;
            }
            if (uri.isEmpty() && refname == null) {
                addNamedTarget(target);
                pendingInternalTargets.add(target);
                return;
            }
            addNamedTarget(target);
            // chained targets: ".. _a:" right before ".. _b: uri" makes "a" point to uri too
            for (HyperlinkTarget internal : pendingInternalTargets) {
                addNamedTarget(new HyperlinkTarget(internal.name(), uri, refname, internal.position()), true);
            }
            pendingInternalTargets.clear();
        }

        void addNamedTarget(HyperlinkTarget t) {
            addNamedTarget(t, false);
        }

        void addNamedTarget(HyperlinkTarget t, boolean replaceInternal) {
            if (t.name().isEmpty()) {
                return;
            }
            HyperlinkTarget old = namedTargets.get(t.name());
            if (old == null || (replaceInternal && !old.isExternal() && old.refname() == null)) {
                namedTargets.put(t.name(), t);
            } else if (!(old.uri().equals(t.uri()) && java.util.Objects.equals(old.refname(), t.refname()))) {
                ambiguousNames.add(t.name());
            }
        }

        /**
         * docutils' explicit target pattern on the text after the first '_': returns [name start (-1 for
         * anonymous), name end, end of the match] or null.
         */
        int[] targetName(String s) {
            int n = s.length();
            if (n > 0 && s.charAt(0) == '_') { // anonymous: "_: uri" / "_ : uri"
                int j = 1;
                if (j < n && s.charAt(j) == ' ') {
                    j++;
                }
                if (j < n && s.charAt(j) == ':' && (j + 1 == n || s.charAt(j + 1) == ' ')) {
                    return new int[] {-1, -1, skipSpaces(s, j + 1)};
                }
                return null;
            }
            boolean quoted = n > 0 && s.charAt(0) == '`';
            int start = quoted ? 1 : 0;
            if (start >= n || s.charAt(start) == ' ' || s.charAt(start) == '`') {
                return null;
            }
            for (int j = start + 1; j < n; j++) {
                if (s.charAt(j) != ':' || !(j + 1 == n || s.charAt(j + 1) == ' ')) {
                    continue;
                }
                int e = s.charAt(j - 1) == ' ' ? j - 1 : j; // "[ ]?:" - the optional space
                if (e <= start) {
                    continue;
                }
                int nameEnd = e;
                if (quoted) {
                    if (s.charAt(e - 1) != '`' || e - 1 <= start) {
                        continue;
                    }
                    nameEnd = e - 1;
                }
                char last = s.charAt(nameEnd - 1);
                if (Character.isWhitespace(last) || (last == '\\' && !escapedAt(s, nameEnd - 1))) {
                    continue;
                }
                if (!quoted && last == ':' && !escapedAt(s, nameEnd - 1)) {
                    continue;
                }
                return new int[] {start, nameEnd, skipSpaces(s, j + 1)};
            }
            return null;
        }

        private boolean escapedAt(String s, int k) {
            int bs = 0;
            while (k - 1 - bs >= 0 && s.charAt(k - 1 - bs) == '\\') {
                bs++;
            }
            return bs % 2 == 1;
        }

        /** {@code name_} or {@code `a name`_} as the whole text: the (normalised) name, else null. */
        String referenceName(String text) {
            String t = String.join(" ", text.trim().split("\\s+"));
            if (t.startsWith("`") && t.endsWith("`_") && t.length() > 3 && t.charAt(1) != ' ') {
                return normalizeTargetName(t.substring(1, t.length() - 2));
            }
            if (t.endsWith("_") && simpleNameEnd(t, 0) == t.length() - 1) {
                return normalizeTargetName(t.substring(0, t.length() - 1));
            }
            return null;
        }

        String normalizeTargetName(String name) {
            return InlineScanner.normalizeName(unescapeBackslashes(name));
        }

        /**
         * Body.substitution_def: {@code .. |name| directive:: ...}; {@code k} is just after the '|'.
         * Returns null when malformed (then a comment).
         */
        Integer substitutionDefinition(Block b, int i, int k, boolean top) {
            String t = b.text[i];
            int close = -1;
            for (int j = k + 1; j < t.length(); j++) {
                if (t.charAt(j) == '|'
                        && !Character.isWhitespace(t.charAt(j - 1))
                        && !escapedAt(t, j)
                        && (j + 1 == t.length() || t.charAt(j + 1) == ' ')) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                return null; // a name over several lines is too rare to support; docutils may accept it
            }
            String name = t.substring(k, close);
            int d = skipSpaces(t, close + 1);
            int e = d < t.length() ? directiveMarkerEnd(t, d) : -1;
            if (e < 0) {
                // "Substitution definition empty or invalid": nothing is defined; skip its block
                Block.Indented q = b.indented(i, false, -1, d);
                return Math.max(q.end(), i + 1);
            }
            String directiveName = t.substring(d, directiveNameEnd(t, d)).toLowerCase(java.util.Locale.ROOT);
            return directive(b, i, directiveName, e, unescapeBackslashes(name), top);
        }

        // -----------------------------------------------------------------------------------------
        // directives

        /**
         * A directive whose marker ends at column {@code markerEnd} of line {@code i}; {@code
         * substitution} is the substitution name when it stands in a substitution definition.
         */
        int directive(Block b, int i, String name, int markerEnd, String substitution, boolean top) {
            DirectiveSpec spec = DirectiveSpec.of(name);
            Position at = pos(b, i, 0);
            Block.Indented q = b.indented(i, false, -1, markerEnd);
            int next = Math.max(q.end(), i + 1);
            Parsed d = parseDirectiveBlock(q.block(), spec);
            if (d == null) {
                content(top); // docutils reports an error and shows the block as a literal
                return next;
            }
            boolean preBibliographic = substitution != null
                    || spec.content() == DirectiveSpec.Content.INVISIBLE
                    || spec.content() == DirectiveSpec.Content.RAW
                    || name.equals("meta")
                    || name.equals("contents")
                    || name.equals("sectnum")
                    || name.equals("section-numbering")
                    || name.equals("target-notes")
                    || name.equals("header")
                    || name.equals("footer")
                    || name.equals("role")
                    || name.equals("default-role")
                    || name.equals("title")
                    || (name.equals("class") && d.content.size() == 0);
            if (!preBibliographic) {
                content(top);
            } else {
                pendingInternalTargets.clear();
            }
            Position contentStart = d.content.size() > 0 ? pos(d.content, 0, 0) : null;
            DirectiveBody bodyKind = switch (spec.content()) {
                case NESTED, FIGURE, INLINE, CSV_TABLE -> DirectiveBody.NESTED;
                case OPAQUE, RAW -> DirectiveBody.OPAQUE;
                default -> DirectiveBody.NONE;
            };
            doc.directives.add(new Directive(name, d.argument, d.options, bodyKind, at, contentStart));

            if (spec.argText() != DirectiveSpec.ArgText.PLAIN && d.argBlock.size() > 0) {
                Block arg = d.argBlock;
                if (spec.argText() == DirectiveSpec.ArgText.INLINE_AFTER_FIRST_WORD) {
                    arg = afterFirstWord(arg);
                }
                if (arg != null) {
                    inline(arg, 0, arg.size());
                }
            }
            switch (spec.content()) {
                case NESTED -> body(d.content, false);
                case INLINE -> inline(d.content, 0, d.content.size());
                case OPAQUE -> {
                    if (d.content.size() > 0) {
                        doc.literalBlocks.add(
                                new LiteralBlock(name, contentStart, d.content.line[d.content.size() - 1] + 1));
                    }
                }
                case IMAGE, FIGURE -> {
                    image(name, d, substitution, at);
                    if (spec.content() == DirectiveSpec.Content.FIGURE) {
                        body(d.content, false);
                    }
                }
                case INCLUDE -> doc.includes.add(new Include(pathArgument(d.argument), d.options, at));
                case RAW -> raw(d, contentStart);
                case TOCTREE -> toctree(d, at);
                case CSV_TABLE -> csvTable(d.content, d.options);
                default -> {}
            }
            return next;
        }

        private Block afterFirstWord(Block arg) {
            String first = arg.text[0];
            int k = 0;
            while (k < first.length() && first.charAt(k) == ' ') {
                k++;
            }
            while (k < first.length() && !Character.isWhitespace(first.charAt(k))) {
                k++;
            }
            while (k < first.length() && Character.isWhitespace(first.charAt(k))) {
                k++;
            }
            Block b = arg.slice(0, arg.size());
            if (k < first.length()) {
                b.strip(0, k);
                return b;
            }
            return arg.size() > 1 ? arg.slice(1, arg.size()) : null;
        }

        /** The parts of a directive block (docutils' parse_directive_block). */
        private record Parsed(String argument, Block argBlock, Map<String, DirectiveOption> options, Block content) {}

        /** Returns null when docutils would report an error instead of running the directive. */
        Parsed parseDirectiveBlock(Block indented, DirectiveSpec spec) {
            Block blk = indented;
            int from = 0;
            int to = blk.size();
            if (to > 0 && blk.isBlank(0)) {
                from = 1;
            }
            while (to > from && blk.isBlank(to - 1)) {
                to--;
            }
            blk = blk.slice(from, to);
            Block argBlock;
            Block content;
            int blankAt = blk.size();
            boolean hasOptions = !spec.options().isEmpty();
            if (blk.size() > 0 && (spec.takesArguments() || hasOptions)) {
                for (int k = 0; k < blk.size(); k++) {
                    if (blk.isBlank(k)) {
                        blankAt = k;
                        break;
                    }
                }
                argBlock = blk.slice(0, blankAt);
                content = blk.slice(Math.min(blankAt + 1, blk.size()), blk.size());
            } else {
                argBlock = blk.slice(0, 0);
                content = blk;
            }
            Map<String, DirectiveOption> options = new LinkedHashMap<>();
            if (hasOptions) {
                int optStart = -1;
                for (int k = 0; k < argBlock.size(); k++) {
                    if (argBlock.text[k].startsWith(":")) {
                        optStart = k;
                        break;
                    }
                }
                if (optStart >= 0) {
                    if (!parseOptions(argBlock.slice(optStart, argBlock.size()), spec, options)) {
                        return null;
                    }
                    argBlock = argBlock.slice(0, optStart);
                }
            }
            if (argBlock.size() > 0 && !spec.takesArguments()) {
                Block merged = concat(argBlock, blk.slice(Math.min(blankAt, blk.size()), blk.size()));
                content = merged;
                argBlock = argBlock.slice(0, 0);
            }
            content = content.trimmed();
            String argument = "";
            if (spec.takesArguments()) {
                String argText = joinLines(argBlock);
                String[] words =
                        argText.isBlank() ? new String[0] : argText.strip().split("\\s+");
                int max = spec.requiredArgs() + spec.optionalArgs();
                if (words.length < spec.requiredArgs()) {
                    return null;
                }
                if (words.length > max && !spec.finalArgWhitespace()) {
                    return null;
                }
                argument = words.length == 0 ? "" : argText.strip();
            }
            if (content.size() > 0 && !spec.hasContent()) {
                return null;
            }
            return new Parsed(argument, argBlock, Collections.unmodifiableMap(options), content);
        }

        private Block concat(Block a, Block b) {
            int n = a.size() + b.size();
            String[] t = new String[n];
            int[] l = new int[n];
            int[] c = new int[n];
            System.arraycopy(a.text, 0, t, 0, a.size());
            System.arraycopy(b.text, 0, t, a.size(), b.size());
            System.arraycopy(a.line, 0, l, 0, a.size());
            System.arraycopy(b.line, 0, l, a.size(), b.size());
            System.arraycopy(a.col, 0, c, 0, a.size());
            System.arraycopy(b.col, 0, c, a.size(), b.size());
            return new Block(t, l, c);
        }

        /**
         * The option block as docutils' ExtensionOptions field list: every line must belong to a field,
         * each value is one paragraph of raw text. False when docutils would reject the block.
         */
        boolean parseOptions(Block opt, DirectiveSpec spec, Map<String, DirectiveOption> out) {
            int k = 0;
            while (k < opt.size()) {
                String t = opt.text[k];
                if (t.isEmpty()) {
                    k++;
                    continue;
                }
                int m = t.charAt(0) == ':' ? fieldMarkerEnd(t) : -1;
                if (m < 0) {
                    return false;
                }
                int nameEnd = t.lastIndexOf(':', m - 1);
                String name = unescapeBackslashes(t.substring(1, nameEnd)).toLowerCase(java.util.Locale.ROOT);
                Block.Indented q = opt.indented(k, false, -1, m);
                Block value = q.block().trimmed();
                for (int v = 0; v < value.size(); v++) {
                    if (value.isBlank(v)) {
                        return false; // more than one paragraph
                    }
                }
                if (!spec.acceptsOption(name) || out.containsKey(name)) {
                    return false;
                }
                out.put(name, new DirectiveOption(name, joinTrimmed(value), pos(opt, k, 0)));
                k = Math.max(q.end(), k + 1);
            }
            return true;
        }

        private String pathArgument(String argument) {
            StringBuilder sb = new StringBuilder();
            for (String l : argument.split("\n", -1)) {
                sb.append(l.strip());
            }
            return sb.toString();
        }

        void image(String name, Parsed d, String substitution, Position at) {
            String uri = removeWhitespaceKeepEscapedSpaces(d.argument);
            DirectiveOption altOption = d.options.get("alt");
            String alt = altOption != null ? altOption.value() : substitution;
            boolean fromSubstitution = altOption == null && substitution != null;
            Set<String> classes = Set.of();
            DirectiveOption cls = d.options.get("class");
            if (cls != null && !cls.value().isBlank()) {
                classes = Set.of(java.util.Arrays.stream(cls.value().strip().split("\\s+"))
                        .distinct()
                        .toArray(String[]::new));
            }
            DirectiveOption target = d.options.get("target");
            Image.Kind kind = substitution != null
                    ? Image.Kind.SUBSTITUTION
                    : name.equals("figure") ? Image.Kind.FIGURE : Image.Kind.IMAGE;
            doc.images.add(new Image(kind, uri, alt, fromSubstitution, classes, target != null, at));
            if (target != null) {
                String value = target.value();
                String[] lines = value.split("\n", -1);
                String last = lines[lines.length - 1].strip();
                String refname = last.endsWith("_") ? referenceName(value) : null;
                if (refname != null) {
                    references.add(new Reference(refname, at));
                } else {
                    String targetUri = removeWhitespaceKeepEscapedSpaces(value);
                    if (InlineScanner.isHttp(targetUri)) {
                        doc.links.add(new Link(targetUri, Link.Kind.IMAGE_TARGET, at));
                    }
                }
            }
        }

        void raw(Parsed d, Position contentStart) {
            if (d.options.containsKey("file") || d.options.containsKey("url") || d.content.size() == 0) {
                return;
            }
            String format = String.join(
                    " ", d.argument.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
            doc.rawBlocks.add(new RawBlock(format, joinLines(d.content), contentStart));
            if (java.util.Arrays.asList(format.split(" ")).contains("html")) {
                HtmlImages.find(d.content, this::pos, doc.images);
            }
        }

        void toctree(Parsed d, Position at) {
            List<Toctree.Entry> entries = new ArrayList<>();
            for (int k = 0; k < d.content.size(); k++) {
                String t = d.content.text[k].strip();
                if (t.isEmpty()) {
                    continue;
                }
                String target = t;
                int lt = t.indexOf('<');
                if (t.endsWith(">") && lt >= 0 && lt < t.length() - 2) { // "Title <target>"
                    target = t.substring(lt + 1, t.length() - 1);
                }
                entries.add(new Toctree.Entry(target, pos(d.content, k, Block.indentOf(d.content.text[k]))));
            }
            doc.toctrees.add(new Toctree(List.copyOf(entries), d.options.containsKey("glob"), at));
        }

        /** csv-table content: each cell is nested rst. Quotes, doubled quotes and multi-line cells are read. */
        void csvTable(Block content, Map<String, DirectiveOption> options) {
            if (options.containsKey("file") || options.containsKey("url")) {
                return;
            }
            char delim = csvChar(options.get("delim"), ',');
            char quote = csvChar(options.get("quote"), '"');
            for (CsvCells.Cell cell : CsvCells.parse(content, delim, quote)) {
                body(cell.block(), false);
            }
        }

        private char csvChar(DirectiveOption o, char dflt) {
            if (o == null) {
                return dflt;
            }
            String v = o.value().strip();
            if (v.equals("tab")) {
                return '\t';
            }
            if (v.equals("space")) {
                return ' ';
            }
            return v.length() == 1 ? v.charAt(0) : dflt;
        }

        // -----------------------------------------------------------------------------------------
        // inline text

        /** Scans lines [from, to) of {@code b} as one run of inline text. */
        void inline(Block b, int from, int to) {
            if (to <= from) {
                return;
            }
            int n = to - from;
            StringBuilder sb = new StringBuilder();
            int[] starts = new int[n];
            int[] lines = new int[n];
            int[] cols = new int[n];
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    sb.append('\n');
                }
                starts[k] = sb.length();
                lines[k] = b.line[from + k];
                cols[k] = b.col[from + k];
                sb.append(b.text[from + k]);
            }
            inlineLineStart = starts;
            inlineLine = lines;
            inlineCol = cols;
            InlineScanner.scan(sb.toString(), this);
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
            return new Position(line + 1, src.sourceColumn(line, inlineCol[lo] + offset - inlineLineStart[lo]));
        }

        @Override
        public void link(String uri, Link.Kind kind, int offset) {
            if (InlineScanner.isHttp(uri)) {
                doc.links.add(new Link(uri, kind, inlinePos(offset)));
            }
        }

        @Override
        public void reference(String name, int offset) {
            references.add(new Reference(name, inlinePos(offset)));
        }

        @Override
        public void anonymousReference(int offset) {
            anonymousReferences.add(inlinePos(offset));
        }

        @Override
        public void target(String name, String uri, String refname, int offset) {
            HyperlinkTarget t = new HyperlinkTarget(name, uri, refname, inlinePos(offset));
            doc.targets.add(t);
            addNamedTarget(t);
        }

        // -----------------------------------------------------------------------------------------
        // references

        void resolveReferences() {
            for (Reference r : references) {
                String uri = resolve(r.name());
                if (uri == null) {
                    doc.unresolvedReferences.add(r);
                } else if (InlineScanner.isHttp(uri)) {
                    doc.links.add(new Link(uri, Link.Kind.NAMED_REFERENCE, r.position()));
                }
            }
            // docutils pairs anonymous references and targets in order, only when the counts agree
            if (anonymousReferences.size() == anonymousTargets.size()) {
                for (int k = 0; k < anonymousReferences.size(); k++) {
                    HyperlinkTarget t = anonymousTargets.get(k);
                    String uri = t.refname() != null ? resolve(t.refname()) : t.uri();
                    if (uri != null && InlineScanner.isHttp(uri)) {
                        doc.links.add(new Link(uri, Link.Kind.ANONYMOUS_REFERENCE, anonymousReferences.get(k)));
                    }
                }
            }
        }

        /** The URI a name leads to through indirect targets, or null. */
        String resolve(String name) {
            String n = name;
            for (int depth = 0; depth < 32; depth++) {
                if (ambiguousNames.contains(n)) {
                    return null;
                }
                HyperlinkTarget t = namedTargets.get(n);
                if (t == null) {
                    return null;
                }
                if (t.refname() == null) {
                    return t.uri().isEmpty() ? null : t.uri();
                }
                n = t.refname();
            }
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // text helpers

    static String joinLines(Block b) {
        return String.join("\n", b.text);
    }

    /** A field or option body as docutils' ExtensionOptions gives it: lines stripped, joined by newlines. */
    static String joinTrimmed(Block b) {
        Block t = b.trimmed();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(t.text[i].strip());
        }
        return sb.toString();
    }

    static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Backslash escapes removed: {@code \x} becomes {@code x}; an escaped space disappears. */
    static String unescapeBackslashes(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                if (next != ' ' && next != '\n') {
                    sb.append(next);
                }
            } else if (c != '\\') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** docutils' directives.uri: whitespace removed, escaped spaces kept as one space, escapes removed. */
    static String removeWhitespaceKeepEscapedSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                sb.append(next == '\n' ? ' ' : next);
            } else if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
