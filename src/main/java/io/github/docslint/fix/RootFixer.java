package io.github.docslint.fix;

import io.github.docslint.fix.SourceBytes.Insertion;
import io.github.docslint.rst.Comment;
import io.github.docslint.rst.DirectiveOption;
import io.github.docslint.rst.Field;
import io.github.docslint.rst.Include;
import io.github.docslint.rst.Position;
import io.github.docslint.rst.RstDocument;
import io.github.docslint.rst.RstScanner;
import io.github.docslint.rst.SourceText;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Suppression;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.DocsGraph.IncludeSite;
import io.github.docslint.site.DocsGraph.IncludeUse;
import io.github.docslint.site.FileFilter;
import io.github.docslint.site.SourceFile;
import io.github.docslint.site.SourceRoots;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Plans the fixes of one Sphinx root. A page that needs {@code :nosearch:} gets it together with a
 * {@code :start-after:} on every include that would otherwise print it, or not at all: the built pages
 * never get worse. Every planned change is checked against the changed text (markers found exactly
 * once, other includes' slices unmoved, the bytes round-trip); a change that fails is left out with a
 * note saying why, and the plan is made again without it.
 */
final class RootFixer {
    private static final String NOSEARCH = ":nosearch:";

    private final DocsGraph graph;
    private final FileFilter filter;
    private final Charset charset;
    private final boolean prolog;
    private final Map<String, Optional<SourceBytes>> texts = new HashMap<>();
    /** What was left alone, by group key, with the note saying why. */
    private final Map<String, String> refused = new LinkedHashMap<>();

    private record SiteEdit(IncludeSite site, Include include, String target) {}

    /** Changes that stand or fall together: a page's :nosearch: and the includes it needs, or one include. */
    private record Group(String key, String page, Insertion nosearch, List<SiteEdit> sites) {}

    RootFixer(DocsGraph graph, FileFilter filter, Charset charset) {
        this.graph = graph;
        this.filter = filter;
        this.charset = charset;
        this.prolog = !graph.project().conf().rstProlog().isEmpty();
    }

    List<String> notes() {
        return new ArrayList<>(refused.values());
    }

    List<FileFix> plan(List<Finding> findings) {
        Set<String> pages = new TreeSet<>();
        Set<IncludeSite> sites = new LinkedHashSet<>();
        for (Finding f : findings) {
            String rel = SourceRoots.relativePath(graph.project().root(), f.file());
            if (f.rule().equals(Fixer.NOSEARCH_MISSING)) {
                pages.add(rel);
            } else if (f.rule().equals(Fixer.INCLUDE_SHOWS_METADATA)) {
                sites.add(new IncludeSite(rel, f.position()));
            }
        }
        while (true) {
            List<Group> groups = groups(pages, sites);
            List<FileFix> fixes = validated(groups);
            if (fixes != null) {
                return fixes;
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // planning

    private List<Group> groups(Set<String> pages, Set<IncludeSite> sites) {
        List<Group> out = new ArrayList<>();
        Set<IncludeSite> taken = new LinkedHashSet<>();
        for (String page : pages) {
            if (refused.containsKey(key(page))) {
                continue;
            }
            Insertion nosearch = nosearchInsertion(page);
            if (nosearch == null) {
                continue;
            }
            List<SiteEdit> edits = new ArrayList<>();
            String why = null;
            for (Map.Entry<IncludeSite, List<IncludeUse>> e :
                    graph.includeUses().entrySet()) {
                IncludeSite s = e.getKey();
                Optional<IncludeUse> use = e.getValue().stream()
                        .filter(u -> u.target().equals(page))
                        .findFirst();
                if (use.isEmpty() || why != null) {
                    continue;
                }
                Include inc = use.get().include();
                if (use.get().outcome() == DocsGraph.Outcome.NOT_RST) {
                    why = at(s) + " includes it as text, where the new line would show";
                } else if (use.get().outcome() != DocsGraph.Outcome.RST || inc.skipsStart()) {
                    continue; // a skipping include is checked against the new text
                } else if (inc.options().containsKey("end-before")
                        || inc.options().containsKey("end-line")) {
                    why = at(s) + " has :end-before:/:end-line:, which a new ':start-after:' would change";
                } else if (!filter.reportsOn(s.file())) {
                    why = at(s) + " would need ':start-after:', but its file is left out by includes/excludes";
                } else if (refused.containsKey(key(s))) {
                    why = at(s) + " would need ':start-after:', which cannot be added: see the note on it";
                } else {
                    edits.add(new SiteEdit(s, inc, page));
                }
            }
            if (why != null) {
                refuse(key(page), page, 1, "':nosearch:' not added: " + why);
                continue;
            }
            out.add(new Group(key(page), page, nosearch, edits));
            for (SiteEdit se : edits) {
                taken.add(se.site());
            }
        }
        for (IncludeSite s : sites) {
            if (taken.contains(s) || refused.containsKey(key(s))) {
                continue;
            }
            List<IncludeUse> uses = graph.includeUses().getOrDefault(s, List.of());
            Set<String> targets = new TreeSet<>();
            Include inc = null;
            for (IncludeUse u : uses) {
                if (u.outcome() == DocsGraph.Outcome.RST
                        && !u.include().skipsStart()
                        && document(u.target())
                                .map(d -> !d.topFields().isEmpty())
                                .orElse(false)) {
                    targets.add(u.target());
                    inc = u.include();
                }
            }
            if (inc == null) {
                continue;
            }
            if (targets.size() > 1) {
                refuse(
                        key(s),
                        s,
                        "':start-after:' not added: the include leads to different files in different" + " pages ("
                                + String.join(", ", targets) + "), which one marker cannot cut alike");
            } else if (inc.options().containsKey("end-before") || inc.options().containsKey("end-line")) {
                refuse(
                        key(s),
                        s,
                        "':start-after:' not added: the include has :end-before:/:end-line:, which it"
                                + " would change; add ':start-after:' yourself");
            } else {
                out.add(new Group(
                        key(s),
                        null,
                        null,
                        List.of(new SiteEdit(s, inc, targets.iterator().next()))));
            }
        }
        return out;
    }

    /** Where :nosearch: goes in {@code page}: into its top field list, or as a new one at the top. */
    private Insertion nosearchInsertion(String page) {
        Optional<SourceBytes> text = text(page);
        Optional<RstDocument> doc = document(page);
        if (text.isEmpty() || doc.isEmpty()) {
            refuse(key(page), page, 1, "':nosearch:' not added: the file cannot be read in " + charset.name());
            return null;
        }
        SourceBytes sb = text.get();
        List<Field> pageFields = doc.get().pageTopFields(prolog);
        if (!pageFields.isEmpty()) {
            // first in the list: an include that skips the list with ':start-after: <a later field>' still does
            return new Insertion(sb.start(pageFields.get(0).position().line()), NOSEARCH + sb.eol);
        }
        if (!doc.get().topFields().isEmpty()) {
            refuse(
                    key(page),
                    page,
                    doc.get().topFields().get(0).position().line(),
                    "':nosearch:' not added: with"
                            + " rst_prolog set in conf.py, Sphinx reads only a field list that starts on line 1; move this"
                            + " one there, then run fix again");
            return null;
        }
        int line = prolog ? 1 : afterLeadingComments(doc.get(), sb);
        return new Insertion(sb.start(line), NOSEARCH + sb.eol + (line <= sb.lineCount() ? sb.eol : ""));
    }

    /**
     * The first line after the comments that open the file (a licence header, a note), when a blank
     * line follows them: Sphinx still reads a field list there. A {@code docslint: disable=} comment
     * stays right before the element it silences, so the field list goes above it.
     */
    private static int afterLeadingComments(RstDocument doc, SourceBytes sb) {
        int line = 1;
        while (true) {
            while (line <= sb.lineCount() && sb.isBlank(line)) {
                line++;
            }
            int at = line;
            Optional<Comment> c = doc.comments().stream()
                    .filter(x -> x.position().line() == at && x.position().column() == 1)
                    .findFirst();
            if (c.isEmpty()
                    || Suppression.of(c.get()).filter(s -> !s.wholeFile()).isPresent()) {
                break;
            }
            line = c.get().lines().last() + 1;
        }
        if (line == 1 || line > sb.lineCount() || !sb.isBlank(line - 1)) {
            return 1;
        }
        return line;
    }

    /** The new option line after the include's last line, indented like its options. */
    private Insertion optionInsertion(SiteEdit se, String marker) {
        SourceBytes sb = text(se.site().file()).orElseThrow();
        Position p = se.include().position();
        String first = sb.line(p.line());
        int c0 = SourceBytes.columns(first, p.column() - 1);
        int last = p.line();
        for (int k = p.line() + 1; k <= sb.lineCount(); k++) {
            String t = sb.line(k);
            if (t.isBlank() || SourceBytes.indent(t) <= c0) {
                break;
            }
            last = k;
        }
        String indent = null;
        Optional<DirectiveOption> firstOption =
                se.include().options().values().stream().min(Comparator.comparing(DirectiveOption::position));
        if (firstOption.isPresent()) {
            Position op = firstOption.get().position();
            String lead = sb.line(op.line())
                    .substring(0, Math.min(op.column() - 1, sb.line(op.line()).length()));
            indent = lead.isBlank() ? lead : null;
        }
        if (indent == null) {
            StringBuilder sbIndent = new StringBuilder();
            for (char ch :
                    first.substring(0, Math.min(p.column() - 1, first.length())).toCharArray()) {
                sbIndent.append(ch == '\t' ? '\t' : ' ');
            }
            indent = sbIndent + "   ";
        }
        return new Insertion(sb.end(last), sb.eol + indent + ":start-after: " + marker);
    }

    // ------------------------------------------------------------------------------------------
    // checking the plan against the changed texts

    /** The fixes, or null after refusing a group whose change does not check out (plan again then). */
    private List<FileFix> validated(List<Group> groups) {
        Map<String, List<Insertion>> inserts = new TreeMap<>();
        Map<String, List<Group>> touching = new HashMap<>();
        Map<String, List<String>> added = new HashMap<>();
        Map<IncludeSite, SiteEdit> siteEdits = new HashMap<>();
        Map<IncludeSite, Group> owner = new HashMap<>();
        Map<IncludeSite, String> markers = new HashMap<>();
        Set<String> newLists = new TreeSet<>();
        for (Group g : groups) {
            if (g.page() != null) {
                inserts.computeIfAbsent(g.page(), k -> new ArrayList<>()).add(g.nosearch());
                touching.computeIfAbsent(g.page(), k -> new ArrayList<>()).add(g);
                added.computeIfAbsent(g.page(), k -> new ArrayList<>()).add("':nosearch:'");
                if (document(g.page()).orElseThrow().topFields().isEmpty()) {
                    newLists.add(g.page());
                }
            }
        }
        for (Group g : groups) {
            for (SiteEdit se : g.sites()) {
                String marker = marker(se.target(), newLists.contains(se.target()));
                markers.put(se.site(), marker);
                siteEdits.put(se.site(), se);
                owner.put(se.site(), g);
                String file = se.site().file();
                inserts.computeIfAbsent(file, k -> new ArrayList<>()).add(optionInsertion(se, marker));
                touching.computeIfAbsent(file, k -> new ArrayList<>()).add(g);
                added.computeIfAbsent(file, k -> new ArrayList<>())
                        .add("':start-after: " + marker + "' to the include on line "
                                + se.include().position().line());
            }
        }
        Set<String> files = new TreeSet<>(inserts.keySet());
        for (SiteEdit se : siteEdits.values()) {
            files.add(se.target());
        }
        Map<String, String> finalTexts = new HashMap<>();
        for (String f : files) {
            finalTexts.put(f, text(f).orElseThrow().textWith(inserts.getOrDefault(f, List.of())));
        }
        List<FileFix> fixes = new ArrayList<>();
        for (String f : files) {
            SourceBytes sb = text(f).orElseThrow();
            List<Insertion> mine = inserts.getOrDefault(f, List.of());
            String after = finalTexts.get(f);
            String why = null;
            byte[] bytes = null;
            if (!mine.isEmpty()) {
                try {
                    bytes = sb.with(mine);
                } catch (CharacterCodingException e) {
                    why = "it cannot be changed byte for byte in " + charset.name();
                }
            }
            for (Map.Entry<IncludeSite, List<IncludeUse>> e :
                    graph.includeUses().entrySet()) {
                IncludeSite s = e.getKey();
                Optional<IncludeUse> use =
                        e.getValue().stream().filter(u -> u.target().equals(f)).findFirst();
                if (why != null || use.isEmpty()) {
                    continue;
                }
                Include inc = use.get().include();
                SiteEdit planned = siteEdits.get(s);
                if (planned != null) {
                    String problem = markerProblem(f, after, markers.get(s), newLists.contains(f), mine);
                    if (problem != null) {
                        refuse(owner.get(s), s, "':start-after:' not added: " + problem);
                        return null;
                    }
                } else if (mine.isEmpty()) {
                    continue;
                } else if (use.get().outcome() == DocsGraph.Outcome.NOT_RST) {
                    why = at(s) + " includes it as text, where the change would show";
                } else if (inc.options().containsKey("start-line")
                        || inc.options().containsKey("end-line")) {
                    why = at(s) + " takes it by line numbers (:start-line:/:end-line:), which the change would shift";
                } else if (missingMarkerNowCuts(f, sb.text, after, inc, newLists.contains(f), mine)) {
                    continue; // ':start-after: :nosearch:' written before the field was: now it cuts as meant
                } else if (!slicesStay(sb.text, after, inc, mine)) {
                    why = at(s) + " cuts it at text (:start-after:/:end-before:) that the change would move";
                }
            }
            if (why == null && !mine.isEmpty()) {
                why = rescanProblem(f, after, groups, markers);
            }
            if (why != null) {
                for (Group g : touching.get(f)) {
                    refuse(g, null, "not changed: " + f + ": " + why);
                }
                return null;
            }
            if (bytes != null) {
                fixes.add(new FileFix(graph.project().absolute(f), sb.bytes, bytes, charset, added.get(f)));
            }
        }
        return fixes;
    }

    /** Why {@code marker} would not cut exactly the top field list of {@code target}'s changed text, or null. */
    private String markerProblem(String target, String after, String marker, boolean newList, List<Insertion> mine) {
        SourceBytes sb = text(target).orElseThrow();
        int count = 0;
        for (int i = after.indexOf(marker); i >= 0; i = after.indexOf(marker, i + 1)) {
            count++;
        }
        if (count != 1) {
            return "'" + marker + "', the last line of the field list of " + target + ", occurs " + count
                    + " times there, so it would not cut at the field list; add ':start-after:' with text that"
                    + " occurs once";
        }
        int end;
        if (newList) {
            Insertion ins = mine.stream()
                    .filter(i -> i.text().startsWith(NOSEARCH))
                    .findFirst()
                    .orElseThrow();
            end = shifted(ins.offset(), mine, false) + NOSEARCH.length();
        } else {
            RstDocument doc = document(target).orElseThrow();
            int firstLine = doc.topFields().get(0).position().line();
            for (int line = 1; line < firstLine; line++) {
                int l = line;
                boolean inComment = doc.comments().stream()
                        .anyMatch(c -> c.position().column() == 1 && c.lines().contains(l));
                if (!sb.isBlank(line) && !inComment) {
                    return target + " has content before its field list (line " + line + ") that ':start-after:'"
                            + " would cut too; add ':start-after:' yourself";
                }
            }
            end = shifted(sb.end(lastFieldLine(target)), mine, false);
        }
        if (after.indexOf(marker) + marker.length() != end) {
            return "'" + marker + "' does not end the field list of " + target + "; add ':start-after:' yourself";
        }
        return null;
    }

    /**
     * An include whose :start-after: text the file lacks (docutils then includes nothing and reports an
     * error) and which, after the change, cuts exactly the new field list: the change is its fix.
     */
    private boolean missingMarkerNowCuts(
            String f, String before, String after, Include inc, boolean newList, List<Insertion> mine) {
        Optional<String> m = inc.option("start-after");
        return m.isPresent()
                && !m.get().isEmpty()
                && !before.contains(m.get())
                && !inc.options().containsKey("end-before")
                && markerProblem(f, after, m.get(), newList, mine) == null;
    }

    /** Whether the include's :start-after:/:end-before: texts are found at the same places, moved by the change. */
    private static boolean slicesStay(String before, String after, Include inc, List<Insertion> mine) {
        int from = 0;
        int fromAfter = 0;
        for (String option : List.of("start-after", "end-before")) {
            Optional<String> m = inc.option(option);
            if (m.isEmpty() || m.get().isEmpty()) {
                continue;
            }
            int was = before.indexOf(m.get(), from);
            int is = after.indexOf(m.get(), fromAfter);
            if (m.get().contains("\n") || is != (was < 0 ? -1 : shifted(was, mine, true))) {
                return false;
            }
            if (was >= 0 && option.equals("start-after")) {
                from = was + m.get().length();
                fromAfter = is + m.get().length();
            }
        }
        return true;
    }

    /** A text offset after the insertions: those before it (or at it, when {@code inclusive}) move it. */
    private static int shifted(int offset, List<Insertion> insertions, boolean inclusive) {
        int out = offset;
        for (Insertion i : insertions) {
            if (i.offset() < offset || (inclusive && i.offset() == offset)) {
                out += i.text().length();
            }
        }
        return out;
    }

    /** Scans the changed text again: the page honours :nosearch:, each edited include has its marker. */
    private String rescanProblem(String f, String after, List<Group> groups, Map<IncludeSite, String> markers) {
        RstDocument doc = new RstScanner().scan(SourceText.of(after));
        for (Group g : groups) {
            if (f.equals(g.page())
                    && doc.pageTopFields(prolog).stream()
                            .noneMatch(x -> x.name().equals("nosearch"))) {
                return "the new ':nosearch:' would not be read as the top field list";
            }
        }
        long wanted = markers.entrySet().stream()
                .filter(e -> e.getKey().file().equals(f))
                .count();
        long found = doc.includes().stream()
                .filter(i -> markers.entrySet().stream()
                        .anyMatch(e -> e.getKey().file().equals(f)
                                && i.option("start-after").equals(Optional.of(e.getValue()))))
                .count();
        return found < wanted ? "the new ':start-after:' would not be read as an option of the include" : null;
    }

    // ------------------------------------------------------------------------------------------
    // markers

    /** The last line of {@code target}'s top field list, stripped: what ':start-after:' cuts after. */
    private String marker(String target, boolean newList) {
        if (newList) {
            return NOSEARCH;
        }
        return text(target).orElseThrow().line(lastFieldLine(target)).strip();
    }

    /** The last non-blank line of the top field list: its last field and that field's indented body. */
    private int lastFieldLine(String target) {
        SourceBytes sb = text(target).orElseThrow();
        List<Field> top = document(target).orElseThrow().topFields();
        int last = top.get(top.size() - 1).position().line();
        for (int k = last + 1; k <= sb.lineCount(); k++) {
            String t = sb.line(k);
            if (t.isBlank()) {
                continue;
            }
            if (SourceBytes.indent(t) == 0) {
                break;
            }
            last = k;
        }
        return last;
    }

    // ------------------------------------------------------------------------------------------
    // files and notes

    private Optional<SourceBytes> text(String rel) {
        return texts.computeIfAbsent(rel, k -> {
            try {
                return Optional.of(
                        new SourceBytes(Files.readAllBytes(graph.project().absolute(k)), charset));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    private Optional<RstDocument> document(String rel) {
        return graph.project().file(rel).filter(SourceFile::isReadable).map(SourceFile::document);
    }

    private static String key(String page) {
        return "page " + page;
    }

    private static String key(IncludeSite s) {
        return "include " + s.file() + ":" + s.position();
    }

    private String at(IncludeSite s) {
        return "the include at " + path(s.file()) + ":" + s.position().line();
    }

    private String path(String rel) {
        return SourceRoots.relativePath(
                graph.project().baseDir(), graph.project().absolute(rel));
    }

    private void refuse(String key, String file, int line, String why) {
        refused.putIfAbsent(key, "docslint: left " + path(file) + ":" + line + " alone: " + why);
    }

    private void refuse(String key, IncludeSite s, String why) {
        refuse(key, s.file(), s.position().line(), why);
    }

    private void refuse(Group g, IncludeSite s, String why) {
        if (g.page() != null) {
            refuse(g.key(), g.page(), 1, why);
        } else {
            refuse(g.key(), s != null ? s : g.sites().get(0).site(), why);
        }
    }
}
