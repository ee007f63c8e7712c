package io.github.docslint.rst;

import static io.github.docslint.rst.Markers.*;
import static io.github.docslint.rst.RstText.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The state of one file's scan and docutils' Body and Text states: the block-level constructs
 * (paragraphs, titles, lists, field lists, literal blocks, comments), handing directives, tables,
 * targets and inline text to their parsers.
 */
final class Scan {
    final SourceText src;
    final RstDocument doc = new RstDocument();
    /** Something other than docutils' pre-bibliographic elements was seen at document level. */
    boolean seenContent;
    /** Section title styles in the order met, and the current section depth (docutils' memo). */
    private final List<String> titleStyles = new ArrayList<>();

    private int sectionLevel;
    /** The next {@link #body} call reads a sidebar's content. */
    boolean nextBodyIsSidebar;
    /**
     * The body being read is a sidebar's own content (docutils' state_machine.node is the sidebar),
     * where topics may stand though titles may not.
     */
    boolean inSidebar;
    /**
     * Whether this body is parsed as Sphinx parses {@code only} and {@code ifconfig} content (docutils'
     * match_titles), where topics and sidebars may stand even inside a body element; set for the
     * next {@link #body} call only.
     */
    boolean titlesAllowed;

    boolean nextBodyAllowsTitles;
    /** How many {@link #body} calls are open: each nested construct is one more (see {@link NestingTooDeepException}). */
    private int depth;
    /** contents directives with a title; whether they list anything is known only at the end of the file. */
    private final List<PendingContents> pendingContents = new ArrayList<>();

    /**
     * A contents directive at section depth {@code level} whose title takes lines {@code firstLine}
     * to {@code lastLine} (1-based); {@code listsSection} once a section it would list is seen.
     */
    private static final class PendingContents {
        final int level;
        final boolean local;
        final int firstLine;
        final int lastLine;
        boolean listsSection;
        boolean closed;

        PendingContents(int level, boolean local, int firstLine, int lastLine) {
            this.level = level;
            this.local = local;
            this.firstLine = firstLine;
            this.lastLine = lastLine;
        }
    }

    final Hyperlinks links = new Hyperlinks(this);
    final Directives directives = new Directives(this);
    final Tables tables = new Tables(this);
    final InlineText inline = new InlineText(this);

    Scan(SourceText src) {
        this.src = src;
    }

    void run() {
        List<String> lines = src.lines();
        doc.lineCount = lines.size();
        int k = 0;
        while (k < lines.size() && startsWithDocinfoField(lines.get(k))) {
            k++;
        }
        doc.leadingFieldLines = k;
        body(Block.of(lines), true);
        moveToFront(links.anonymousReferences, decorationReferences);
        moveToFront(links.anonymousTargets, decorationTargets);
        links.resolveReferences();
        dropEmptyContents();
        doc.links.sort(Comparator.comparing(Link::position));
    }

    /** Anonymous references and targets in header (0) and footer (1) directives. */
    private final List<List<Position>> decorationReferences = List.of(new ArrayList<>(), new ArrayList<>());

    private final List<List<HyperlinkTarget>> decorationTargets = List.of(new ArrayList<>(), new ArrayList<>());

    /** A header or footer directive's content collected the anonymous items since the given counts. */
    void decoration(int part, int refsFrom, int targetsFrom) {
        List<Position> refs = links.anonymousReferences;
        List<HyperlinkTarget> targets = links.anonymousTargets;
        decorationReferences.get(part).addAll(refs.subList(Math.min(refsFrom, refs.size()), refs.size()));
        decorationTargets.get(part).addAll(targets.subList(Math.min(targetsFrom, targets.size()), targets.size()));
    }

    /**
     * docutils puts header and footer content in the document's decoration, its first child (after
     * any title): their anonymous items come first, header before footer, when they are paired.
     */
    private static <T> void moveToFront(List<T> items, List<List<T>> parts) {
        Set<T> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(items);
        List<T> front = new ArrayList<>();
        for (List<T> part : parts) {
            for (T item : part) {
                if (present.remove(item)) {
                    front.add(item);
                }
            }
        }
        if (front.isEmpty()) {
            return;
        }
        Set<T> moved = Collections.newSetFromMap(new IdentityHashMap<>());
        moved.addAll(front);
        List<T> rest = new ArrayList<>();
        for (T item : items) {
            if (!moved.contains(item)) {
                rest.add(item);
            }
        }
        items.clear();
        items.addAll(front);
        items.addAll(rest);
    }

    Position pos(Block b, int i, int k) {
        int line = b.line[i];
        return new Position(line + 1, src.sourceColumn(line, b.col[i] + b.offset(i, k)));
    }

    /** A document-level element that is not pre-bibliographic ends the chance of a top field list. */
    void content(boolean top) {
        if (top) {
            seenContent = true;
        }
        links.clearPendingTargets();
    }

    // -----------------------------------------------------------------------------------------
    // body elements

    void body(Block b, boolean top) {
        if (++depth > NestingTooDeepException.MAX_DEPTH) {
            int first = 0;
            while (first < b.size() - 1 && b.isBlank(first)) {
                first++;
            }
            throw new NestingTooDeepException(b.size() == 0 ? new Position(1, 1) : pos(b, first, 0));
        }
        boolean outerInSidebar = inSidebar;
        boolean outerTitlesAllowed = titlesAllowed;
        inSidebar = nextBodyIsSidebar;
        titlesAllowed = nextBodyAllowsTitles;
        nextBodyIsSidebar = false;
        nextBodyAllowsTitles = false;
        int i = 0;
        int n = b.size();
        FollowingElement following = new FollowingElement();
        while (i < n) {
            String t = b.text[i];
            if (t.isEmpty()) {
                i++;
                continue;
            }
            int next;
            int comments = doc.comments.size();
            listKind = null;
            if (t.charAt(0) == ' ') {
                Block.Indented q = b.indented(i, false, -1, -1);
                content(top);
                blockQuote(q.block());
                next = q.end();
            } else {
                next = element(b, i, top);
            }
            next = Math.max(next, i + 1);
            boolean isComment = doc.comments.size() > comments
                    && doc.comments.get(comments).position().equals(pos(b, i, 0));
            following.element(isComment ? comments : -1, listKind, b.line[i] + 1, lastLine(b, i, next));
            i = next;
        }
        following.end();
        inSidebar = outerInSidebar;
        titlesAllowed = outerTitlesAllowed;
        depth--;
        listKind = null; // an element holding this body is not itself the list item it ended with
    }

    /** The kind of list the element just read is an item of (items of one list continue it), or null. */
    private String listKind;

    /** The 1-based line of the last non-blank line of block lines [i, end). */
    private static int lastLine(Block b, int i, int end) {
        int k = Math.min(end, b.size()) - 1;
        while (k > i && b.isBlank(k)) {
            k--;
        }
        return b.line[k] + 1;
    }

    /**
     * Gives the comments of one body the lines of the element after them: a run of comments waits for
     * the next other element, and list items of one list extend it.
     */
    private final class FollowingElement {
        private final List<Integer> waiting = new ArrayList<>();
        private final List<Integer> open = new ArrayList<>();
        private String kind;
        private int first;
        private int last;

        void element(int comment, String itemKind, int firstLine, int lastLine) {
            if (!open.isEmpty() && itemKind != null && itemKind.equals(kind) && comment < 0) {
                last = lastLine; // the next item of the same list
                return;
            }
            close();
            if (comment >= 0) {
                waiting.add(comment);
                return;
            }
            open.addAll(waiting);
            waiting.clear();
            kind = itemKind;
            first = firstLine;
            last = lastLine;
        }

        void end() {
            close();
            waiting.clear(); // nothing follows them in this body
        }

        private void close() {
            for (int c : open) {
                doc.comments.set(c, doc.comments.get(c).withNext(new LineSpan(first, last)));
            }
            open.clear();
        }
    }

    /**
     * Body.block_quote: the quote's lines, where a line that follows a blank line inside the quote
     * and starts with a dash ("--", "---", an em-dash) may begin an attribution that ends it; the
     * attribution is one run of inline text, whatever its lines look like, and the lines after it
     * form another block quote.
     */
    void blockQuote(Block q) {
        int start = 0;
        int n = q.size();
        while (start < n) {
            while (start < n && q.isBlank(start)) {
                start++;
            }
            if (start >= n) {
                return;
            }
            int blank = -1;
            boolean nonblankSeen = false;
            int from = -1;
            int end = -1;
            int indent = 0;
            int mark = 0;
            for (int i = start; i < n && from < 0; i++) {
                if (q.isBlank(i)) {
                    blank = i;
                    continue;
                }
                if (nonblankSeen && blank == i - 1) {
                    mark = attributionMarkEnd(q.text[i]);
                    if (mark > 0) {
                        int[] shape = attributionShape(q, i);
                        if (shape != null) {
                            from = i;
                            end = shape[0];
                            indent = shape[1];
                        }
                    }
                }
                nonblankSeen = true;
            }
            if (from < 0) {
                body(q.slice(start, n), false);
                return;
            }
            body(q.slice(start, from), false);
            Block a = q.slice(from, end);
            a.strip(0, mark);
            for (int k = 1; k < a.size(); k++) {
                a.strip(k, indent);
            }
            inline.scan(a, 0, a.size());
            start = end;
        }
    }

    /** The end of docutils' attribution_pattern {@code (---?(?!-)|\u2014) *(?=[^ \n])} at the line start, or -1. */
    private static int attributionMarkEnd(String t) {
        int k;
        if (t.startsWith("\u2014")) {
            k = 1;
        } else if (t.startsWith("---")) {
            k = 3;
        } else if (t.startsWith("--")) {
            k = 2;
        } else {
            return -1;
        }
        if (k > 1 && k < t.length() && t.charAt(k) == '-') {
            return -1;
        }
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        return k < t.length() && t.charAt(k) != '\n' ? k : -1;
    }

    /**
     * check_attribution: the lines after the attribution's first, up to a blank line, must share one
     * indentation; returns the end of the attribution and that indentation, or null.
     */
    private static int[] attributionShape(Block q, int from) {
        int indent = -1;
        int i = from + 1;
        for (; i < q.size() && !q.isBlank(i); i++) {
            String t = q.text[i];
            int li = 0;
            while (li < t.length() && Punctuation.isSpace(t.charAt(li))) {
                li++;
            }
            if (indent < 0) {
                indent = li;
            } else if (li != indent) {
                return null;
            }
        }
        return new int[] {i, Math.max(indent, 0)};
    }

    /** One body element starting at unindented line {@code i}; returns where the next one starts. */
    int element(Block b, int i, boolean top) {
        String t = b.text[i];
        char c = t.charAt(0);
        int m;
        if ("-+*\u2022\u2023\u2043".indexOf(c) >= 0 && (t.length() == 1 || t.charAt(1) == ' ')) {
            return item(listItem(b, i, skipSpaces(t, 1), top), "bullet " + c);
        }
        if ((m = enumerator(b, i)) > 0) {
            return item(listItem(b, i, m, top), "enumerated");
        }
        if (c == ':' && fieldMarkerEnd(t) > 0) {
            return fieldList(b, i, top);
        }
        if ((c == '-' || c == '+' || c == '/') && (m = optionMarkerEnd(t)) > 0) {
            content(top);
            Block.Indented q = b.indented(i, false, -1, m);
            body(q.block(), false);
            return item(q.end(), "option");
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
            return tables.grid(b, i);
        }
        if (c == '=' && isSimpleTableTop(t)) {
            content(top);
            return tables.simple(b, i);
        }
        if (t.startsWith("..") && (t.length() == 2 || t.charAt(2) == ' ')) {
            return explicitMarkup(b, i, top);
        }
        if (t.startsWith("__") && (t.length() == 2 || t.charAt(2) == ' ')) {
            Block.Indented q = b.indented(i, true, -1, skipSpaces(t, 2));
            links.target(q.block(), "", true, pos(b, i, 0));
            return q.end();
        }
        if (isPunctuationLine(t)) {
            return line(b, i, top);
        }
        return text(b, i, top);
    }

    /** Marks the element just read as an item of a list of {@code kind}; returns {@code end}. */
    private int item(int end, String kind) {
        listKind = kind;
        return end;
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

    int fieldList(Block b, int i, boolean top) {
        boolean docinfo = top && !seenContent;
        // what the pre-bibliographic elements before the docinfo collected, and the topic fields' share
        int refsBefore = links.anonymousReferences.size();
        int targetsBefore = links.anonymousTargets.size();
        int[][] topics = new int[2][]; // dedication, abstract: [refs from, refs to, targets from, targets to]
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
            boolean isTop = docinfo;
            int nameEnd = t.lastIndexOf(':', m - 1);
            String name = unescapeBackslashes(t.substring(1, nameEnd));
            Position p = pos(b, i, 0);
            Block.Indented q = b.indented(i, false, -1, m);
            Block body = q.block();
            doc.fields.add(new Field(name, joinTrimmed(body), isTop, p));
            if (!isTop) {
                content(top);
            }
            int refsFrom = links.anonymousReferences.size();
            int targetsFrom = links.anonymousTargets.size();
            body(body, false);
            if (isTop) {
                int topic = docinfoTopic(name, body);
                if (topic >= 0 && topics[topic] == null) {
                    topics[topic] = new int[] {
                        refsFrom, links.anonymousReferences.size(), targetsFrom, links.anonymousTargets.size()
                    };
                }
            }
            i = q.end();
        }
        if (docinfo) {
            reorderDocinfo(links.anonymousReferences, refsBefore, topics, 0);
            reorderDocinfo(links.anonymousTargets, targetsBefore, topics, 2);
        }
        if (top) {
            seenContent = true;
        }
        links.clearPendingTargets();
        return i;
    }

    /**
     * docutils' DocInfo transform (before anonymous references are paired) turns a non-empty
     * {@code :dedication:} or {@code :abstract:} field of the docinfo into a topic: 0 or 1, else -1.
     */
    private static int docinfoTopic(String name, Block body) {
        String normed = String.join(" ", name.strip().split("\\s+")).toLowerCase(java.util.Locale.ROOT);
        int topic = normed.equals("dedication") ? 0 : normed.equals("abstract") ? 1 : -1;
        return topic >= 0 && body.trimmed().size() > 0 ? topic : -1;
    }

    /**
     * docutils' DocInfo transform moves the docinfo (the top field list) before the pre-bibliographic
     * elements that precede it, with the dedication and abstract topics after the other fields; the
     * anonymous references and targets are then paired in that order. {@code before} items came from
     * those elements, {@code topics[t][at..at+1]} is each topic field's share of the rest.
     */
    private static <T> void reorderDocinfo(List<T> items, int before, int[][] topics, int at) {
        List<T> prefix = new ArrayList<>(items.subList(0, before));
        List<T> fields = new ArrayList<>();
        List<List<T>> topicItems = new ArrayList<>();
        for (int t = 0; t < topics.length; t++) {
            topicItems.add(new ArrayList<>());
        }
        for (int k = before; k < items.size(); k++) {
            int owner = -1;
            for (int t = 0; t < topics.length; t++) {
                if (topics[t] != null && k >= topics[t][at] && k < topics[t][at + 1]) {
                    owner = t;
                }
            }
            (owner < 0 ? fields : topicItems.get(owner)).add(items.get(k));
        }
        items.clear();
        items.addAll(fields);
        for (List<T> l : topicItems) {
            items.addAll(l);
        }
        items.addAll(prefix);
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
            inline.scan(q.block(), 0, q.block().size());
            i = Math.max(q.end(), i + 1);
        }
        return i;
    }

    // -----------------------------------------------------------------------------------------
    // tables

    // -----------------------------------------------------------------------------------------
    // section titles, transitions, paragraphs, definition lists

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
        if (b.text[i + 2].equals(t) && titleLevelOk("over" + t.charAt(0))) {
            inline.scan(b, i + 1, i + 2);
        }
        return i + 3; // a title, or a malformed one that docutils shows as a literal block
    }

    /** A contents directive with a title, at the current section depth. */
    void contentsTitle(boolean local, int firstLine, int lastLine) {
        PendingContents p = new PendingContents(sectionLevel, local, firstLine, lastLine);
        p.listsSection = !local && !titleStyles.isEmpty(); // the document already has a section
        pendingContents.add(p);
    }

    /** A section starts at depth {@code level}: a local contents lists its enclosing section's children. */
    private void sectionStarts(int level) {
        for (PendingContents p : pendingContents) {
            if (!p.local) {
                p.listsSection = true; // the whole document: any section is listed
            } else if (!p.closed) {
                if (level == p.level + 1) {
                    p.listsSection = true;
                }
                p.closed = level <= p.level + 1; // later sections are not children of its section
            }
        }
    }

    /**
     * docutils' Contents transform removes a contents topic that lists no section, its title
     * included: what that title rendered vanishes (targets it defined still resolve, as references
     * are resolved before).
     */
    private void dropEmptyContents() {
        for (PendingContents p : pendingContents) {
            if (!p.listsSection) {
                doc.links.removeIf(l -> inLines(l.position(), p));
                doc.references.removeIf(r -> inLines(r.position(), p));
                doc.unresolvedReferences.removeIf(r -> inLines(r.position(), p));
                for (Position a : doc.anonymousReferences) {
                    if (inLines(a, p)) {
                        doc.unrenderedAnonymousReferences.add(a); // still paired with a target first
                    }
                }
            }
        }
    }

    private static boolean inLines(Position at, PendingContents p) {
        return at.line() >= p.firstLine && at.line() <= p.lastLine;
    }

    /**
     * docutils' check_subsection: a title may start a sibling or an outer section, or one level
     * deeper; a new style any deeper is "Title level inconsistent", and the title is dropped.
     */
    private boolean titleLevelOk(String style) {
        int index = titleStyles.indexOf(style);
        if (index < 0) {
            if (titleStyles.size() != sectionLevel) {
                return false;
            }
            titleStyles.add(style);
            sectionLevel = titleStyles.size();
            sectionStarts(sectionLevel);
            return true;
        }
        if (index + 1 > sectionLevel + 1) {
            return false;
        }
        sectionLevel = index + 1;
        sectionStarts(sectionLevel);
        return true;
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
                boolean tooShort = GridTable.columnWidth(title) > next.length() && next.length() < 4;
                if (!tooShort) {
                    content(top);
                    if (top && titleLevelOk(String.valueOf(next.charAt(0)))) {
                        inline.scan(b, i, i + 1);
                    }
                    return i + 2;
                }
            }
        }
        return paragraph(b, i, top);
    }

    int definitionListItem(Block b, int i, boolean top) {
        content(top);
        inline.scan(b, i, i + 1); // the term (with any classifiers)
        Block.Indented q = b.indented(i + 1, false, -1, -1);
        body(q.block(), false);
        return item(q.end(), "definition");
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
            inline.scan(para, 0, para.size());
            return literalBlock(b, end);
        }
        inline.scan(b, i, end);
        return end;
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
                Integer r = links.hyperlinkTarget(b, i, k + 1);
                if (r != null) {
                    return r;
                }
                return comment(b, i);
            }
            if (c == '|' && k + 1 < t.length() && t.charAt(k + 1) != ' ') {
                Integer r = directives.substitutionDefinition(b, i, k + 1, top);
                if (r != null) {
                    return r;
                }
                return comment(b, i);
            }
            int e = directiveMarkerEnd(t, k);
            if (e > 0) {
                String name = t.substring(k, directiveNameEnd(t, k)).toLowerCase(java.util.Locale.ROOT);
                return directives.directive(b, i, name, e, null, top);
            }
        }
        return comment(b, i);
    }

    int comment(Block b, int i) {
        String t = b.text[i];
        int k = skipSpaces(t, 2);
        String first = t.substring(Math.min(k, t.length()));
        if (first.isBlank() && (i + 1 >= b.size() || b.isBlank(i + 1))) {
            links.clearPendingTargets();
            doc.comments.add(new Comment("", pos(b, i, 0), new LineSpan(b.line[i] + 1, b.line[i] + 1), null));
            return i + 1; // an empty comment does not take the block after it
        }
        links.clearPendingTargets(); // a comment is invisible: a target before it is not chained past it
        Block.Indented q = b.indented(i, false, -1, k);
        Block body = q.block().trimmed();
        int end = Math.max(q.end(), i + 1);
        doc.comments.add(
                new Comment(joinLines(body), pos(b, i, 0), new LineSpan(b.line[i] + 1, lastLine(b, i, end)), null));
        return end;
    }

    // -----------------------------------------------------------------------------------------
    // directives

    // -----------------------------------------------------------------------------------------
    // inline text

    // -----------------------------------------------------------------------------------------
    // references

}
