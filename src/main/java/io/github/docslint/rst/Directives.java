package io.github.docslint.rst;

import static io.github.docslint.rst.Markers.*;
import static io.github.docslint.rst.RstText.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Directives: docutils' parse_directive_block (arguments, options, content) with each directive's
 * spec, then what each kind contributes to the document (images, includes, raw HTML, toctrees,
 * nested content).
 */
final class Directives {
    private final Scan scan;

    Directives(Scan scan) {
        this.scan = scan;
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

    /**
     * A directive whose marker ends at column {@code markerEnd} of line {@code i}; {@code
     * substitution} is the substitution name when it stands in a substitution definition.
     */
    int directive(Block b, int i, String name, int markerEnd, String substitution, boolean top) {
        DirectiveSpec spec = DirectiveSpec.of(name);
        Position at = scan.pos(b, i, 0);
        Block.Indented q = b.indented(i, false, -1, markerEnd);
        int next = Math.max(q.end(), i + 1);
        Parsed d = parseDirectiveBlock(q.block(), spec);
        if (d != null && d.content.size() == 0 && DirectiveSpec.requiresContent(name)) {
            d = null; // "Content block expected ... none found": nothing is rendered, not even the title
        }
        if (d != null && name.equals("sidebar") && d.options.containsKey("subtitle")) {
            // docutils: 'The "subtitle" option may not be used without a title.'; its value is required
            if (d.argument.isEmpty() || d.optionBlocks.get("subtitle").size() == 0) {
                d = null;
            }
        }
        if (d != null && DirectiveSpec.isPseudoSection(name) && !(top || scan.inSidebar || scan.titlesAllowed)) {
            // docutils: 'The "topic" directive may not be used within topics or body elements.'
            d = null;
        }
        if (d != null && name.equals("sidebar") && scan.inSidebar) {
            d = null; // 'The "sidebar" directive may not be used within a sidebar element.'
        }
        if (d == null) {
            scan.content(top); // docutils reports an error and shows the block as a literal
            return next;
        }
        boolean preBibliographic = substitution != null
                || spec.content() == DirectiveSpec.Content.INVISIBLE
                || spec.content() == DirectiveSpec.Content.RAW
                || DirectiveSpec.isPreBibliographic(name)
                || (name.equals("class") && d.content.size() == 0); // a pending node, like meta
        if (!preBibliographic) {
            scan.content(top);
        } else {
            scan.links.clearPendingTargets();
        }
        Position contentStart = d.content.size() > 0 ? scan.pos(d.content, 0, 0) : null;
        DirectiveBody bodyKind = switch (spec.content()) {
            case NESTED, FIGURE, INLINE, INLINE_LINES, CSV_TABLE -> DirectiveBody.NESTED;
            case OPAQUE, RAW -> DirectiveBody.OPAQUE;
            default -> DirectiveBody.NONE;
        };
        scan.doc.directives.add(new Directive(name, d.argument, d.options, bodyKind, at, contentStart));
        Hyperlinks.Mark mark = scan.links.mark();
        int idsBefore = scan.inline.elementsWithId;
        if (name.equals("list-table") && !listTableOk(d)) {
            return next; // docutils shows an error instead of the table, its title included
        }
        List<CsvCells.Cell> csvCells = List.of();
        if (spec.content() == DirectiveSpec.Content.CSV_TABLE) {
            csvCells = csvTableCells(d);
            if (csvCells == null) {
                return next; // docutils shows an error instead of the table, its title included
            }
        }

        if (spec.argText() != DirectiveSpec.ArgText.PLAIN && d.argBlock.size() > 0) {
            Block arg = d.argBlock;
            if (spec.argText() == DirectiveSpec.ArgText.INLINE_AFTER_FIRST_WORD) {
                arg = afterFirstWord(arg);
            }
            if (arg != null) {
                scan.inline.scan(arg, 0, arg.size());
                if (name.equals("contents")) {
                    scan.contentsTitle(d.options.containsKey("local"), arg.line[0] + 1, arg.line[arg.size() - 1] + 1);
                }
            }
        }
        if (name.equals("sidebar") && d.options.containsKey("subtitle")) {
            Block subtitle = d.optionBlocks.get("subtitle"); // inline rst, like the title
            scan.inline.scan(subtitle, 0, subtitle.size());
        }
        switch (spec.content()) {
            case NESTED -> {
                scan.nextBodyIsSidebar = name.equals("sidebar");
                // Sphinx parses these with section titles allowed (nested_parse_with_titles)
                scan.nextBodyAllowsTitles = name.equals("only") || name.equals("ifconfig");
                int refsFrom = scan.links.anonymousReferences.size();
                int targetsFrom = scan.links.anonymousTargets.size();
                if (name.equals("epigraph") || name.equals("highlights") || name.equals("pull-quote")) {
                    scan.blockQuote(d.content); // docutils' BlockQuote directive: an attribution may end it
                } else {
                    scan.body(d.content, false);
                }
                if (name.equals("header") || name.equals("footer")) {
                    scan.decoration(name.equals("header") ? 0 : 1, refsFrom, targetsFrom);
                }
            }
            case INLINE -> scan.inline.scan(d.content, 0, d.content.size());
            case INLINE_LINES -> {
                for (int k = 0; k < d.content.size(); k++) {
                    scan.inline.scan(d.content, k, k + 1);
                }
            }
            case OPAQUE -> {
                if (d.content.size() > 0) {
                    scan.doc.literalBlocks.add(
                            new LiteralBlock(name, contentStart, d.content.line[d.content.size() - 1] + 1));
                }
            }
            case IMAGE, FIGURE -> {
                image(name, d, substitution, at);
                if (spec.content() == DirectiveSpec.Content.FIGURE) {
                    scan.body(d.content, false);
                }
            }
            case INCLUDE -> scan.doc.includes.add(new Include(pathArgument(d.argument), d.options, at));
            case RAW -> raw(d, contentStart);
            case TOCTREE -> toctree(d, at);
            case CSV_TABLE -> {
                for (CsvCells.Cell cell : csvCells) {
                    scan.body(cell.block(), false);
                }
            }
            default -> {}
        }
        if (substitution != null && scan.inline.elementsWithId > idsBefore) {
            // docutils drops a substitution definition holding an element with an id (a named
            // embedded target, an inline target, a footnote reference) or an anonymous reference
            scan.links.rollback(mark);
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
    private record Parsed(
            String argument,
            Block argBlock,
            Map<String, DirectiveOption> options,
            Map<String, Block> optionBlocks,
            Block content) {}

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
        Map<String, Block> optionBlocks = new LinkedHashMap<>();
        if (hasOptions) {
            int optStart = -1;
            for (int k = 0; k < argBlock.size(); k++) {
                if (argBlock.text[k].startsWith(":")) {
                    optStart = k;
                    break;
                }
            }
            if (optStart >= 0) {
                if (!parseOptions(argBlock.slice(optStart, argBlock.size()), spec, options, optionBlocks)) {
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
            String[] words = argText.isBlank() ? new String[0] : argText.strip().split("\\s+");
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
        return new Parsed(
                argument,
                argBlock,
                Collections.unmodifiableMap(options),
                Collections.unmodifiableMap(optionBlocks),
                content);
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
    boolean parseOptions(Block opt, DirectiveSpec spec, Map<String, DirectiveOption> out, Map<String, Block> blocks) {
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
            if (name.strip().contains(" ") || !spec.acceptsOption(name) || out.containsKey(name)) {
                return false;
            }
            out.put(name, new DirectiveOption(name, joinTrimmed(value), scan.pos(opt, k, 0)));
            blocks.put(name, value);
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
                    .map(ClassNames::normalize)
                    .filter(c -> !c.isEmpty())
                    .distinct()
                    .toArray(String[]::new));
        }
        DirectiveOption target = d.options.get("target");
        Image.Kind kind = substitution != null
                ? Image.Kind.SUBSTITUTION
                : name.equals("figure") ? Image.Kind.FIGURE : Image.Kind.IMAGE;
        scan.doc.images.add(new Image(kind, uri, alt, fromSubstitution, classes, target != null, at));
        if (target != null) {
            String value = target.value();
            String[] lines = value.split("\n", -1);
            String last = lines[lines.length - 1].strip();
            String refname = last.endsWith("_") ? Hyperlinks.referenceName(value) : null;
            if (refname != null) {
                scan.links.references.add(new Reference(refname, at));
            } else {
                String targetUri = removeWhitespaceKeepEscapedSpaces(value);
                if (InlineScanner.isHttp(targetUri)) {
                    scan.doc.links.add(new Link(targetUri, Link.Kind.IMAGE_TARGET, at));
                }
            }
        }
    }

    void raw(Parsed d, Position contentStart) {
        if (d.options.containsKey("file") || d.options.containsKey("url") || d.content.size() == 0) {
            return;
        }
        String format =
                String.join(" ", d.argument.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        scan.doc.rawBlocks.add(new RawBlock(format, joinLines(d.content), contentStart));
        if (java.util.Arrays.asList(format.split(" ")).contains("html")) {
            RawHtml.find(d.content, scan::pos, scan.doc.images, scan.doc.rawHtmlLinks);
        }
    }

    void toctree(Parsed d, Position at) {
        List<Toctree.Entry> entries = new ArrayList<>();
        for (int k = 0; k < d.content.size(); k++) {
            String t = d.content.text[k].strip();
            if (t.isEmpty()) {
                continue;
            }
            // Sphinx's explicit_title_re: "Title <target>"
            int lt = t.indexOf('<');
            boolean explicit = t.endsWith(">") && lt >= 0 && lt < t.length() - 2;
            String target = explicit ? t.substring(lt + 1, t.length() - 1) : t;
            entries.add(new Toctree.Entry(target, explicit, scan.pos(d.content, k, Block.indentOf(d.content.text[k]))));
        }
        scan.doc.toctrees.add(new Toctree(List.copyOf(entries), d.options.containsKey("glob"), at));
    }

    /**
     * The cells docutils renders for a csv-table (the {@code :header:} rows, then the body), or null
     * when it shows an error instead of the table (tables.py CSVTable.run).
     */
    private List<CsvCells.Cell> csvTableCells(Parsed d) {
        Map<String, DirectiveOption> options = d.options;
        if (options.containsKey("file") || options.containsKey("url")) {
            // "may not both specify an external file and have content"; external data is not read
            return d.content.size() > 0 ? null : List.of();
        }
        Integer delim = csvChar(options.get("delim"), ',', true);
        Integer quote = csvChar(options.get("quote"), '"', false);
        Integer escape = csvChar(options.get("escape"), -1, false);
        Integer headerRows = nonNegativeInt(options.get("header-rows"));
        Integer stubColumns = nonNegativeInt(options.get("stub-columns"));
        if (delim == null || quote == null || escape == null || headerRows == null || stubColumns == null) {
            return null; // an invalid option value: docutils reports the directive as an error
        }
        List<List<CsvCells.Cell>> head = List.of();
        Block header = d.optionBlocks.get("header");
        if (header != null) {
            head = CsvCells.rows(header, new CsvCells.Dialect(',', '"', '\\', true));
        }
        List<List<CsvCells.Cell>> rows = CsvCells.rows(
                d.content,
                new CsvCells.Dialect(
                        (char) delim.intValue(), (char) quote.intValue(), escape, !options.containsKey("keepspace")));
        if (head == null || rows == null) {
            return null; // a csv.Error
        }
        int maxCols = 0;
        for (List<CsvCells.Cell> row : head) {
            maxCols = Math.max(maxCols, row.size());
        }
        for (List<CsvCells.Cell> row : rows) {
            maxCols = Math.max(maxCols, row.size());
        }
        if (!tableDimensionsOk(rows.stream().map(List::size).toList(), headerRows, stubColumns)
                || !columnWidthsOk(options.get("widths"), maxCols)) {
            return null;
        }
        List<CsvCells.Cell> cells = new ArrayList<>();
        head.forEach(cells::addAll);
        rows.forEach(cells::addAll);
        return cells;
    }

    /**
     * ListTable.check_list_content and the table checks: the content must be exactly one bullet list
     * whose items each hold exactly one bullet list, all of the same length.
     */
    private boolean listTableOk(Parsed d) {
        Integer headerRows = nonNegativeInt(d.options.get("header-rows"));
        Integer stubColumns = nonNegativeInt(d.options.get("stub-columns"));
        List<Block> rows = bulletItems(d.content);
        if (headerRows == null || stubColumns == null || rows == null) {
            return false;
        }
        List<Integer> sizes = new ArrayList<>();
        for (Block row : rows) {
            List<Block> cells = bulletItems(row);
            if (cells == null || (!sizes.isEmpty() && cells.size() != sizes.get(0))) {
                return false;
            }
            sizes.add(cells.size());
        }
        return columnWidthsOk(d.options.get("widths"), sizes.get(0))
                && tableDimensionsOk(sizes, headerRows, stubColumns);
    }

    /**
     * The item bodies of {@code b} when it parses as exactly one bullet list (every unindented line
     * is a bullet with the same character, Body.list_item's indentation rules), else null.
     */
    private static List<Block> bulletItems(Block b) {
        Block t = b.trimmed();
        char bullet = 0;
        List<Block> items = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            String s = t.text[i];
            if (s.isEmpty()) {
                i++;
                continue;
            }
            char c = s.charAt(0);
            if ("-+*\u2022\u2023\u2043".indexOf(c) < 0
                    || (s.length() > 1 && s.charAt(1) != ' ')
                    || (bullet != 0 && c != bullet)) {
                return null; // another element (or another list) after or instead of the list
            }
            bullet = c;
            int indent = skipSpaces(s, 1);
            Block.Indented q =
                    indent < s.length() ? t.indented(i, false, indent, -1) : t.indented(i, false, -1, indent);
            items.add(q.block());
            i = Math.max(q.end(), i + 1);
        }
        return items.isEmpty() ? null : items;
    }

    /** Table.check_table_dimensions, on the number of cells of each row. */
    private static boolean tableDimensionsOk(List<Integer> rowSizes, int headerRows, int stubColumns) {
        if (rowSizes.size() < headerRows || (headerRows > 0 && rowSizes.size() == headerRows)) {
            return false; // no data remaining for the table body
        }
        for (int n : rowSizes) {
            if (n < stubColumns || (stubColumns > 0 && n == stubColumns)) {
                return false;
            }
        }
        return true;
    }

    /** Table.get_column_widths: explicit widths must match the columns; no columns at all is an error. */
    private static boolean columnWidthsOk(DirectiveOption widths, int columns) {
        String v = widths == null ? "auto" : widths.value().strip();
        if (v.equals("auto")) {
            return columns > 0;
        }
        // directives.positive_int_list
        String[] parts = v.contains(",") ? v.split(",", -1) : v.split("\\s+");
        for (String p : parts) {
            Integer n = parseInt(p);
            if (n == null || n <= 0) {
                return false;
            }
        }
        return parts.length == columns;
    }

    private static Integer nonNegativeInt(DirectiveOption o) {
        if (o == null) {
            return 0;
        }
        Integer n = parseInt(o.value());
        return n == null || n < 0 ? null : n;
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * directives.single_char_or_unicode (and "tab" and "space" for the delimiter); null when docutils
     * rejects the value.
     */
    private static Integer csvChar(DirectiveOption o, int dflt, boolean whitespaceNames) {
        if (o == null) {
            return dflt;
        }
        String v = o.value().strip();
        if (whitespaceNames && v.equals("tab")) {
            return (int) '\t';
        }
        if (whitespaceNames && v.equals("space")) {
            return (int) ' ';
        }
        String code = unicodeCode(v);
        return code.length() == 1 ? Integer.valueOf(code.charAt(0)) : null;
    }

    /** directives.unicode_code: a decimal or hexadecimal character code, else the text itself. */
    private static String unicodeCode(String v) {
        if (!v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            Integer n = parseInt(v);
            return n != null && Character.isBmpCodePoint(n) ? String.valueOf((char) n.intValue()) : v;
        }
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        String hex = null;
        for (String prefix : new String[] {"0x", "\\x", "\\u", "x", "u+", "u"}) {
            if (lower.startsWith(prefix)) {
                hex = lower.substring(prefix.length());
                break;
            }
        }
        if (lower.startsWith("&#x") && lower.endsWith(";")) {
            hex = lower.substring(3, lower.length() - 1);
        }
        if (hex != null
                && !hex.isEmpty()
                && hex.length() <= 6
                && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            int n = Integer.parseInt(hex, 16);
            if (Character.isBmpCodePoint(n)) {
                return String.valueOf((char) n);
            }
        }
        return v;
    }
}
