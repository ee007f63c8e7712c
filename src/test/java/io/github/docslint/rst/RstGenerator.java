package io.github.docslint.rst;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random small rst documents built from the constructs the scanner must understand: paragraphs with
 * links in every inline context, lists, definition and field lists, block quotes, line blocks,
 * literal and doctest blocks, comments, targets, substitutions, directives (admonitions, images,
 * figures, code, raw HTML, tabs, tables), grid and simple tables. Not every output is valid rst: a
 * few directives are malformed on purpose, as in real trees. Every line holds a unique word so that
 * a line number can only mean one place.
 */
final class RstGenerator {
    /** How often two blocks follow each other without a blank line (docutils often warns, or merges them). */
    private static final double NO_BLANK_LINE = 0.1;

    private final Random r;
    private int uid;
    private final String indentUnit;
    private final List<String> names = new ArrayList<>();
    private final List<String> substitutions = new ArrayList<>();
    private final List<String> textSubstitutions = new ArrayList<>();

    RstGenerator(Random r) {
        this.r = r;
        this.indentUnit = pick("   ", "   ", "  ", "    ", "\t");
    }

    /** A whole document, with {@code \n} line ends. */
    String document() {
        List<String> out = new ArrayList<>();
        if (chance(0.15)) {
            out.add(":orphan:");
            if (chance(0.5)) {
                out.add(":nosearch:");
            }
            out.add("");
        }
        int n = 2 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            out.addAll(block(0, true));
            if (!chance(NO_BLANK_LINE) || endsWithTable(out)) {
                out.add("");
            }
        }
        // one blank line between blocks: docutils numbers a term from the end of its definition, blank
        // lines included, and the oracle corrects that only within 3 lines (see definitions())
        List<String> tidy = new ArrayList<>();
        for (String l : out) {
            if (!(l.isEmpty() && (tidy.isEmpty() || tidy.get(tidy.size() - 1).isEmpty()))) {
                tidy.add(l);
            }
        }
        return String.join("\n", tidy) + "\n";
    }

    // ---------------------------------------------------------------------------------------------
    // helpers

    private boolean chance(double p) {
        return r.nextDouble() < p;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[r.nextInt(options.length)];
    }

    private String word() {
        return pick("alpha", "beta", "see", "the", "docs", "and", "more", "text", "item", "value") + (++uid);
    }

    /**
     * A URL no other URL of the document contains: the oracle finds a link's line by searching its
     * text in the paragraph (or, in a csv-table, from the table's first line), so a URL that also
     * appears earlier as plain text would be put on the wrong line (oracle limitation).
     */
    private String url() {
        int k = r.nextInt(1000);
        String base = pick("https://", "http://", "https://", "HTTPS://") + pick("a", "b", "c", "docs", "x-y")
                + (++uid) + ".example" + pick(".org", ".com", "") + "/"
                + pick("", "p" + k, "dir/p" + k + ".html", "q?x=" + k, "f#frag" + k, "a_b" + k + "/", "p(" + k + ")");
        return base;
    }

    private String name() {
        return pick("name", "Ref", "link", "other name", "x") + r.nextInt(6);
    }

    /**
     * A table is always followed by a blank line. After a simple table without one, docutils reports a
     * malformed table and reads on (known scanner bug: see
     * TableTest.simpleTableWithoutBlankLineAfterIt); after a grid table without one, docutils 0.19 goes
     * back two lines too far and reads the last row again as a line block (a docutils bug).
     */
    private static boolean endsWithTable(List<String> lines) {
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        return last.matches("\\+[-=+]+\\+|=+( +=+)*");
    }

    private static List<String> indent(List<String> lines, String prefix) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            out.add(l.isEmpty() ? l : prefix + l);
        }
        return out;
    }

    /** First line after {@code marker}, the others indented by {@code hang}. */
    private static List<String> hanging(String marker, List<String> body, String hang) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String l = body.get(i);
            if (i == 0) {
                out.add(l.isEmpty() ? marker.stripTrailing() : marker + l);
            } else {
                out.add(l.isEmpty() ? l : hang + l);
            }
        }
        if (body.isEmpty()) {
            out.add(marker.stripTrailing());
        }
        return out;
    }

    private List<String> blocks(int depth) {
        List<String> out = new ArrayList<>();
        int n = 1 + r.nextInt(depth > 1 ? 2 : 3);
        for (int i = 0; i < n; i++) {
            if (i > 0 && (!chance(NO_BLANK_LINE) || endsWithTable(out))) {
                out.add("");
            }
            out.addAll(block(depth, false));
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // inline text

    /**
     * A piece docutils allows in a substitution definition: no element with an id (named embedded
     * reference, inline target, footnote or citation reference) and no anonymous reference; docutils
     * drops a definition that has one (known scanner bug: see
     * LinkTest.substitutionDefinitionWithIllegalElementsIsDropped).
     */
    private String substitutionPiece() {
        String u = url();
        return switch (r.nextInt(8)) {
            case 0, 1 -> u;
            case 2 -> "`" + word() + " <" + u + ">`__";
            case 3 -> "*" + u + "*";
            case 4 -> "``" + u + "``";
            case 5 -> (names.isEmpty() ? name() : pick(names.toArray(new String[0]))).replace(" ", "") + "_";
            case 6 -> "TODO:fix";
            default -> word();
        };
    }

    /** One inline piece; may hold a line break (a URL split inside {@code <...>}). */
    private String piece() {
        String u = url();
        String w = word();
        return switch (r.nextInt(38)) {
            case 0, 1, 2 -> u;
            case 3 -> u + pick(".", ",", ";", ":", "!", "?", ")", "'");
            case 4 -> "(" + u + ")";
            case 5 -> "<" + u + ">";
            case 6, 7 -> "`" + w + " text <" + u + ">`_";
            case 8 -> "`" + w + " <" + u + ">`__";
            case 9 -> "`<" + u + ">`_";
            case 10 -> {
                int cut = u.indexOf('/', 9);
                yield cut > 0 ? "`" + w + " <" + u.substring(0, cut) + "\n" + u.substring(cut) + ">`__" : u;
            }
            case 11, 12 -> {
                String nm = names.isEmpty() || chance(0.3) ? name() : pick(names.toArray(new String[0]));
                yield nm.contains(" ") ? "`" + nm + "`_" : pick(nm + "_", "`" + nm + "`_");
            }
            case 13 -> pick("anon" + w + "__", "`anon " + w + "`__");
            case 14 -> "*" + w + " " + u + "*";
            case 15 -> "**" + u + "**";
            case 16 -> "``" + u + "``";
            case 17 -> ":code:`" + u + "`";
            case 18 -> "`" + u + "`";
            case 19 -> pick(":doc:`" + w + " <" + u + ">`", ":ref:`" + u + "`", ":pep:`8`", "`" + u + "`:sup:");
            case 20 -> pick("TODO:fix", "foo:bar", "urn:x", "mailto:a" + uid + "@b.example", "a" + uid + "@b.example");
            case 21 -> "\\" + u;
            case 22 -> substitutions.isEmpty() ? w : "|" + pick(substitutions.toArray(new String[0])) + "|";
            case 23 -> pick("[1]_", "[#]_", "[#note]_", "[CIT2002]_");
            case 24 -> "_`" + w + " target`";
            case 25 -> "`" + w + " <" + name() + "_>`_";
            case 26 -> pick("*", "**", "`", "``", "|", "_") + w;
            case 27 -> "\"" + u + "\"";
            case 28 -> u + "/" + pick("\\_x", "a\\ b");
            case 29 -> "<" + u + ">`_";
            case 30 -> pick("C:\\path", "word:with:colons", "https:", "http:/x", "don't", "a*b", "'*'", "x_y");
            case 31 ->
                pick(
                        name().replace(" ", "") + "_.",
                        "`" + name() + "`_'s",
                        "**" + u + "**" + url(),
                        u + "`_`",
                        "`" + w + " " + u);
            // a reference through a text substitution only: the oracle puts |image|_ on the line
            // of the image's definition, not where the reference is written (oracle choice)
            case 32 ->
                textSubstitutions.isEmpty()
                        ? w
                        : "|" + pick(textSubstitutions.toArray(new String[0])) + "|" + pick("_", "__");
            case 33, 34 -> soup();
            default -> w;
        };
    }

    private static final String[] SOUP = {
        "`", "``", "*", "**", "_", "__", "|", ":", "<", ">", "(", ")", "\"", "'", "\\", " ", "-", ".", ",", "/", "[",
        "]", "#", "x", "ab", "name_", ":code:", ":sup:", "[1]_", "TODO:", "a@b.c", "\u00a0"
    };

    /** Markup characters, words and URLs run together, for the inline parser's corner cases. */
    private String soup() {
        StringBuilder sb = new StringBuilder();
        for (int i = 2 + r.nextInt(6); i > 0; i--) {
            sb.append(chance(0.25) ? url() : pick(SOUP));
        }
        String t = sb.toString().strip();
        return t.isEmpty() ? word() : t;
    }

    /** Inline text of a few pieces, over {@code maxLines} lines at most. */
    private List<String> inline(int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder(word());
        int pieces = 1 + r.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            String p = piece();
            if (lines.size() + 1 < maxLines && chance(0.25)) {
                lines.add(cur.toString());
                cur = new StringBuilder(word());
            }
            cur.append(' ').append(p);
        }
        lines.add(cur.toString());
        // split pieces that hold a line break; a continuation line must not start a new construct
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            for (String part : l.split("\n")) {
                out.add(part);
            }
        }
        if (maxLines <= 1 && out.size() > 1) {
            return List.of(String.join(" ", out));
        }
        return out;
    }

    private String inlineLine() {
        return String.join(" ", inline(1));
    }

    // ---------------------------------------------------------------------------------------------
    // blocks

    private List<String> block(int depth, boolean top) {
        int kinds = depth >= 3 ? 6 : 33;
        return switch (r.nextInt(kinds)) {
            case 0, 1, 2 -> inline(3);
            case 3 -> literal();
            case 4 -> comment();
            case 5 -> target();
            case 6 -> top ? title() : inline(2);
            case 7 -> bullets(depth);
            case 8 -> enumerated(depth);
            case 9 -> definitions(depth);
            case 10 -> fields(depth);
            case 11 -> quote(depth);
            case 12 -> top ? lineBlock() : inline(2); // see lineBlock()
            case 13 -> List.of(">>> print('" + url() + "')", url() + " " + word());
            case 14 -> substitution();
            case 15, 16 -> admonition(depth);
            case 17 -> image();
            case 18 -> code();
            case 19 -> raw();
            case 20 -> tabs(depth);
            case 21 -> listTable(depth);
            case 22 -> csvTable();
            case 23 -> gridTable(depth);
            case 24 -> simpleTable();
            case 25 -> footnote(depth);
            case 26 -> sphinxDirective(depth, top);
            case 27 -> optionList(depth);
            case 28 -> top ? List.of(word() + " " + url(), "", "-".repeat(10), "", word()) : inline(1);
            case 29 -> {
                List<String> out = new ArrayList<>(inline(1));
                out.add("");
                out.addAll(indent(inline(2), indentUnit));
                out.add("");
                out.add(indentUnit + "-- " + inlineLine());
                yield out;
            }
            case 31, 32 -> tricky(depth, top);
            default -> titledDirective(depth, top);
        };
    }

    private List<String> literal() {
        List<String> out = new ArrayList<>();
        List<String> body = List.of(word() + " " + url(), "  `" + word() + " <" + url() + ">`_");
        switch (r.nextInt(4)) {
            case 0 -> out.add(word() + " " + url() + "::");
            case 1 -> out.add(word() + " text ::");
            case 2 -> out.add("::");
            default -> {
                out.add(word() + " quoted::");
                out.add("");
                out.add("> " + url());
                out.add("> " + word());
                return out;
            }
        }
        out.add("");
        out.addAll(indent(body, indentUnit));
        return out;
    }

    private List<String> comment() {
        if (chance(0.3)) { // the empty comment does not take the indented block after a blank line
            List<String> out = new ArrayList<>(List.of("..", ""));
            out.addAll(indent(List.of(word() + " " + url()), indentUnit));
            return out;
        }
        List<String> out = new ArrayList<>();
        out.add(".. " + pick(word(), "image:: commented.png", "_not a target", "note: " + url(), "|x| y") + " "
                + url());
        if (chance(0.5)) {
            out.addAll(indent(List.of(word() + " " + url(), ".. image:: in-comment.png"), indentUnit));
        }
        return out;
    }

    private List<String> target() {
        String nm = name();
        names.add(nm);
        String label = nm.contains(" ") || chance(0.2) ? "`" + nm + "`" : nm;
        // no anonymous target in a field body: the top field list becomes the docinfo, which docutils
        // moves before everything, so its anonymous targets are paired first (known scanner bug:
        // see LinkTest.anonymousTargetsInTheTopFieldListComeFirst)
        int kind = r.nextInt(7);
        if (inField > 0 && (kind == 4 || kind == 5)) {
            kind = 0;
        }
        return switch (kind) {
            case 0, 1 -> List.of(".. _" + label + ": " + url());
            case 2 -> List.of(".. _" + label + ":", ".. _" + name() + "x: " + url());
            case 3 ->
                List.of(".. _" + label + ": "
                        + pick(names.toArray(new String[0])).replace(" ", "") + "_");
            case 4 -> List.of("__ " + url());
            case 5 -> List.of(".. __: " + url());
            default -> List.of(".. _" + label + ":", indentUnit + url());
        };
    }

    /**
     * A section title at a level docutils accepts: at most one deeper than the current one (a new
     * style two levels down is a severe error; known scanner bug: see LinkTest.titleLevelInconsistent).
     */
    private List<String> title() {
        String t = inlineLine();
        int level = r.nextInt(Math.min(titleLevel + 1, TITLE_STYLES.length)) + 1;
        titleLevel = level;
        String style = TITLE_STYLES[level - 1];
        String ch = style.substring(0, 1);
        int len = t.length() + r.nextInt(3);
        if (style.length() > 1) {
            return List.of(ch.repeat(len), t, ch.repeat(len));
        }
        return List.of(t, ch.repeat(len));
    }

    /** Underline character, doubled for an overlined style; in the order of their levels. */
    private static final String[] TITLE_STYLES = {"==", "=", "-", "~", "##"};

    private int titleLevel;

    /** Depth of field bodies being generated. */
    private int inField;

    private List<String> bullets(int depth) {
        List<String> out = new ArrayList<>();
        String marker = pick("- ", "* ", "+ ");
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            out.addAll(hanging(marker, blocks(depth + 1), "  "));
            if (chance(0.7)) {
                out.add("");
            }
        }
        return out;
    }

    private List<String> enumerated(int depth) {
        List<String> out = new ArrayList<>();
        String style = pick("1.", "#.", "(a)", "i)");
        for (int i = 0; i < 1 + r.nextInt(3); i++) {
            String m = switch (style) {
                case "1." -> (i + 1) + ". ";
                case "#." -> "#. ";
                case "(a)" -> "(" + (char) ('a' + i) + ") ";
                default -> new String[] {"i", "ii", "iii"}[i] + ") ";
            };
            out.addAll(hanging(m, blocks(depth + 1), " ".repeat(m.length())));
            out.add("");
        }
        return out;
    }

    private List<String> definitions(int depth) {
        List<String> out = new ArrayList<>();
        for (int i = 1 + r.nextInt(2); i > 0; i--) {
            List<String> definition = blocks(depth + 1);
            // docutils numbers a term from the end of its definition; the oracle corrects that only
            // within 3 lines, so links go in terms of short definitions only (oracle limitation)
            int size = definition.size();
            while (size > 0 && definition.get(size - 1).isEmpty()) {
                size--;
            }
            // a " : " in the term starts a classifier, whose line the oracle does not correct
            String term = size <= 2 ? inlineLine().replace(" : ", " ; ") : word();
            out.add(term + (chance(0.2) ? " : classifier" : ""));
            out.addAll(indent(definition, indentUnit));
            out.add("");
        }
        return out;
    }

    private List<String> fields(int depth) {
        List<String> out = new ArrayList<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            String f = ":" + pick("field", "nosearch", "Author", "orphan", "meta data") + i + ": ";
            List<String> body = new ArrayList<>(inline(2));
            if (chance(0.3)) {
                // after a first line of text: a directive as the first line of a field body cannot have
                // content (its indentation is stripped with the body's), and the ones that need content
                // are errors (known scanner bug: see DirectiveTest.directivesThatNeedContent)
                body.add("");
                inField++;
                body.addAll(blocks(depth + 1));
                inField--;
            }
            out.addAll(hanging(f, body, indentUnit));
        }
        return out;
    }

    private List<String> quote(int depth) {
        List<String> out = new ArrayList<>(inline(1));
        out.add("");
        out.addAll(indent(blocks(depth + 1), indentUnit));
        return out;
    }

    /**
     * Top level only: in a nested line block docutils gives the lines no source, and the oracle then
     * loses their links (oracle limitation, not a scanner bug).
     */
    private List<String> lineBlock() {
        List<String> out = new ArrayList<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            out.add("| " + inlineLine());
            if (chance(0.3)) {
                out.add("   " + word() + " " + url());
            }
        }
        return out;
    }

    private List<String> substitution() {
        boolean text = chance(0.5);
        // text and image substitutions have names of their own: |image|_ is never generated
        String s = (text ? "t" : "i") + r.nextInt(4);
        substitutions.add(s);
        if (text) {
            textSubstitutions.add(s);
            StringBuilder replacement = new StringBuilder(word());
            for (int i = r.nextInt(4); i >= 0; i--) {
                replacement.append(' ').append(substitutionPiece());
            }
            return List.of(".. |" + s + "| replace:: " + replacement);
        }
        List<String> out = new ArrayList<>();
        out.add(".. |" + s + "| " + pick("image", "Image") + ":: sub" + uid + ".png");
        out.addAll(indent(imageOptions(), indentUnit));
        return out;
    }

    private List<String> imageOptions() {
        List<String> opts = new ArrayList<>();
        if (chance(0.4)) {
            opts.add(pick(":alt: " + word(), ":alt:", ":ALT: Upper"));
        }
        if (chance(0.3)) {
            opts.add(":target: " + pick(url(), name().replace(" ", "") + "_", "`" + name() + "`_", "local.html"));
        }
        if (chance(0.3)) {
            opts.add(":class: " + pick("a", "a b", "a a"));
        }
        if (chance(0.2)) {
            opts.add(":width: 100px");
        }
        return opts;
    }

    private List<String> admonition(int depth) {
        String nm = pick("note", "warning", "tip", "NOTE", "Note", "seealso", "important");
        List<String> out = new ArrayList<>();
        if (chance(0.3)) {
            out.add(".. " + nm + ":: " + inlineLine());
        } else {
            out.add(".. " + nm + "::");
        }
        if (chance(0.1)) {
            out.add(indentUnit + pick(":unknown: x", ":class: c", ":name: n" + uid));
        }
        out.add("");
        out.addAll(indent(blocks(depth + 1), indentUnit));
        return out;
    }

    private List<String> titledDirective(int depth, boolean top) {
        // topic and sidebar only where docutils allows them (known scanner bug: see
        // DirectiveTest.topicAndSidebarInsideBodyElementsAreErrors)
        String head = switch (r.nextInt(top ? 6 : 4) + (top ? 0 : 2)) {
            // docutils gives topic, sidebar and rubric titles no source line, and the oracle then loses
            // their links (oracle limitation): their titles are plain words
            case 0 -> ".. topic:: " + word();
            case 1 -> ".. sidebar:: " + word();
            case 2 -> ".. admonition:: " + inlineLine();
            case 3 -> ".. versionadded:: 1.0 " + inlineLine();
            case 4 -> ".. container:: cls";
            default -> ".. rubric:: " + word();
        };
        List<String> out = new ArrayList<>();
        out.add(head);
        if (!head.startsWith(".. rubric")) {
            out.add("");
            out.addAll(indent(blocks(depth + 1), indentUnit));
        }
        return out;
    }

    private List<String> image() {
        List<String> out = new ArrayList<>();
        boolean figure = chance(0.3);
        out.add(".. " + (figure ? pick("figure", "Figure") : pick("image", "Image", "IMAGE")) + ":: img" + uid
                + ".png");
        out.addAll(indent(imageOptions(), indentUnit));
        if (chance(0.08)) {
            out.add(indentUnit + ":alt: twice");
            out.add(indentUnit + ":alt: twice");
        }
        if (figure || chance(0.08)) {
            out.add("");
            out.addAll(indent(inline(2), indentUnit));
        }
        return out;
    }

    private List<String> code() {
        List<String> out = new ArrayList<>();
        out.add(".. "
                + pick(
                        "code-block:: python",
                        "code:: text",
                        "sourcecode::",
                        "math::",
                        "highlight:: none",
                        "literalinclude:: x.py"));
        if (chance(0.3)) {
            out.add(indentUnit + ":caption: " + url());
        }
        out.add("");
        out.addAll(indent(List.of(word() + " = '" + url() + "'", "`x <" + url() + ">`_"), indentUnit));
        return out;
    }

    private List<String> raw() {
        List<String> out = new ArrayList<>();
        out.add(".. raw:: " + pick("html", "html", "latex", "HTML"));
        out.add("");
        List<String> body = new ArrayList<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            body.add(
                    switch (r.nextInt(5)) {
                        case 0 -> "<img src=\"raw" + uid++ + ".png\">";
                        case 1 -> "<img src=\"raw" + uid++ + ".png\" alt=\"\">";
                        case 2 -> "<p>" + word() + " <a href=\"" + url() + "\"><img src=\"r" + uid + ".png\"></a></p>";
                        case 3 -> "<IMG SRC=\"up" + uid++ + ".png\" ALT=\"Up\">";
                        default -> "<p>" + url() + "</p>";
                    });
        }
        out.addAll(indent(body, indentUnit));
        return out;
    }

    private List<String> tabs(int depth) {
        List<String> out = new ArrayList<>();
        out.add(".. " + pick("tabs", "tab-set") + "::");
        out.add("");
        for (int i = 1 + r.nextInt(2); i > 0; i--) {
            List<String> tab = new ArrayList<>();
            tab.add(".. " + pick("tab", "tab-item") + ":: " + inlineLine());
            tab.add("");
            tab.addAll(indent(blocks(depth + 2), indentUnit));
            out.addAll(indent(tab, indentUnit));
            out.add("");
        }
        return out;
    }

    private List<String> listTable(int depth) {
        List<String> out = new ArrayList<>();
        out.add(".. list-table:: " + (chance(0.5) ? inlineLine() : ""));
        int rows = 1 + r.nextInt(2);
        if (rows > 1 && chance(0.5)) { // header rows >= rows is an error (known scanner bug: see TableTest)
            out.add("   :header-rows: 1");
        }
        out.add("");
        for (int row = rows; row > 0; row--) {
            out.add("   * - " + inlineLine());
            List<String> cell = blocks(depth + 2);
            out.addAll(hanging("     - ", cell, "       "));
        }
        return out;
    }

    private List<String> csvTable() {
        List<String> out = new ArrayList<>();
        out.add(".. csv-table:: " + (chance(0.5) ? inlineLine() : ""));
        if (chance(0.4)) {
            // no links in the header (known scanner bug: see TableTest.csvTableHeaderOptionIsRst)
            out.add("   :header: \"" + word() + "\", \"" + word() + "\"");
        }
        out.add("");
        for (int row = 1 + r.nextInt(3); row > 0; row--) {
            String a = pick(url(), word() + " " + url(), "\"" + word() + ", " + url() + "\"", word());
            String b = pick("\"" + word() + " `x <" + url() + ">`_\"", word(), url());
            out.add("   " + a + ", " + b);
        }
        return out;
    }

    private List<String> gridTable(int depth) {
        String[][] cells = new String[1 + r.nextInt(2)][2];
        int[] width = {4, 4};
        for (String[] row : cells) {
            for (int c = 0; c < 2; c++) {
                row[c] = switch (r.nextInt(4)) {
                    case 0 -> ".. image:: grid" + uid++ + ".png";
                    case 1 -> url();
                    default -> inlineLine();
                };
                width[c] = Math.max(width[c], row[c].length() + 2);
            }
        }
        String border = "+" + "-".repeat(width[0]) + "+" + "-".repeat(width[1]) + "+";
        List<String> out = new ArrayList<>();
        out.add(border);
        for (String[] row : cells) {
            out.add("| " + pad(row[0], width[0] - 1) + "| " + pad(row[1], width[1] - 1) + "|");
            out.add(border);
        }
        return out;
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }

    private List<String> simpleTable() {
        String[][] cells = new String[1 + r.nextInt(3)][2];
        int w0 = 5;
        for (String[] row : cells) {
            row[0] = pick(word(), "x" + uid++);
            row[1] = pick(inlineLine(), url(), ".. image:: simple" + uid++ + ".png");
            w0 = Math.max(w0, row[0].length());
        }
        int w1 = 10;
        for (String[] row : cells) {
            w1 = Math.max(w1, row[1].length());
        }
        String border = "=".repeat(w0) + "  " + "=".repeat(w1);
        List<String> out = new ArrayList<>();
        out.add(border);
        for (String[] row : cells) {
            out.add(pad(row[0], w0) + "  " + row[1]);
        }
        out.add(border);
        return out;
    }

    /** Sphinx and docutils directives that hold prose, or nothing a reader sees. */
    private List<String> sphinxDirective(int depth, boolean top) {
        List<String> out = new ArrayList<>();
        switch (r.nextInt(top ? 12 : 10)) {
            case 0 -> {
                out.add(".. glossary::");
                out.add("");
                out.add(indentUnit + inlineLine());
                out.addAll(indent(indent(inline(2), indentUnit), indentUnit));
            }
            case 1 -> {
                out.add(".. hlist::");
                out.add(indentUnit + ":columns: 2");
                out.add("");
                out.add(indentUnit + "* " + inlineLine());
                out.add(indentUnit + "* " + inlineLine());
            }
            case 2 -> out.add(".. centered:: " + inlineLine());
            case 3 -> {
                out.add(".. seealso:: " + inlineLine());
                if (chance(0.5)) {
                    out.add("");
                    out.addAll(indent(blocks(depth + 1), indentUnit));
                }
            }
            case 4 -> out.add(".. " + pick("deprecated", "versionchanged") + ":: 3.0 " + inlineLine());
            case 5 -> {
                out.add(".. only:: html");
                out.add("");
                out.addAll(indent(blocks(depth + 1), indentUnit));
            }
            case 6 -> {
                out.add(".. " + pick("epigraph", "compound", "highlights") + "::");
                out.add("");
                out.addAll(indent(inline(2), indentUnit));
            }
            case 7 -> {
                out.add(".. meta::");
                out.add(indentUnit + ":og:url: " + url());
            }
            case 8 -> out.add(".. index:: " + word() + " " + url());
            case 9 -> {
                out.add(".. class:: special");
                out.add("");
                out.addAll(inline(2));
            }
            // top level only: nested, docutils gives their lines no source and the oracle loses
            // their links (oracle limitation)
            case 10 -> {
                // one line: docutils reads each line of a line-block directive as inline text of
                // its own (known scanner bug: see LinkTest.lineBlockDirectiveLinesAreSeparate)
                out.add(".. " + pick("parsed-literal", "line-block") + "::");
                out.add("");
                out.add(indentUnit + inlineLine());
            }
            default -> out.add(".. " + pick("header", "footer") + ":: " + inlineLine());
        }
        return out;
    }

    /** Text that looks like another construct, or nearly is one. */
    private List<String> tricky(int depth, boolean top) {
        String u = url();
        String w = word();
        return switch (r.nextInt(16)) {
            case 0 -> List.of("A. " + w + " " + u, "B. " + word());
            case 1 -> List.of("1. " + w + " " + u, "3. " + word() + " " + url());
            case 2 -> List.of("ii. " + w + " " + u, "iii. " + word());
            case 3 -> List.of(w + " " + u + " ::", indentUnit + word() + " " + url());
            case 4 -> List.of(w + "\t" + u + "\tend");
            case 5 -> List.of(":a\\:b: " + w + " " + u, ":c: `d <" + url() + ">`_");
            case 6 -> List.of(".. _" + w + ":" + u);
            case 7 -> List.of(w + " " + u, ".. image:: para" + uid + ".png", ".. _" + word() + ": " + url());
            case 8 -> List.of("- " + w + " " + u, "- " + word(), "  - " + word() + " " + url());
            case 9 -> List.of("- " + w, "text " + u);
            case 10 -> List.of("`*" + w + "* <" + u + ">`_ and `a \\` b <" + url() + ">`__ :ref:`x <" + w + ">`");
            case 11 -> List.of("``a ` b " + u + "`` " + url());
            case 12 -> top ? List.of(w + " " + u, "===") : List.of(w + " " + u);
            case 13 -> List.of("+-" + w + " " + u);
            case 14 -> List.of(w + " " + u, indentUnit + word() + " " + url(), word());
            default -> top ? List.of("| " + w, "  " + u) : List.of(w); // see lineBlock()
        };
    }

    private List<String> optionList(int depth) {
        List<String> out = new ArrayList<>();
        for (int i = 1 + r.nextInt(2); i > 0; i--) {
            String opt = pick("-a", "--all", "-o FILE", "--out=FILE", "/V", "-a, --all") + "  ";
            out.addAll(hanging(opt, inline(2), " ".repeat(opt.length())));
        }
        return out;
    }

    private List<String> footnote(int depth) {
        String label = pick("[1]", "[#]", "[#note]", "[CIT2002]", "[*]");
        List<String> out = new ArrayList<>();
        out.add(".. " + label + " " + inlineLine());
        if (chance(0.3)) {
            out.add("");
            out.addAll(indent(blocks(depth + 1), indentUnit));
        }
        return out;
    }
}
