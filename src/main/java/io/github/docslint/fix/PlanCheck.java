package io.github.docslint.fix;

import io.github.docslint.fix.RootFixer.Group;
import io.github.docslint.fix.RootFixer.SiteEdit;
import io.github.docslint.fix.SourceBytes.Insertion;
import io.github.docslint.rst.Include;
import io.github.docslint.rst.RstDocument;
import io.github.docslint.rst.RstScanner;
import io.github.docslint.rst.SourceText;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.DocsGraph.IncludeSite;
import io.github.docslint.site.DocsGraph.IncludeUse;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a plan against the changed texts: each marker found exactly once and ending the field list
 * it is meant to cut, other includes' slices unmoved, the bytes round-trip, and a new scan reading the
 * additions as meant. A change that fails is refused (with its whole group) and the plan made again.
 */
final class PlanCheck {
    private final FixSources sources;
    private final Refusals refusals;
    private final Placements placements;

    PlanCheck(FixSources sources, Refusals refusals, Placements placements) {
        this.sources = sources;
        this.refusals = refusals;
        this.placements = placements;
    }

    /** The fixes, or null after refusing a group whose change does not check out (plan again then). */
    List<FileFix> validated(List<Group> groups) {
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
                if (sources.document(g.page()).orElseThrow().topFields().isEmpty()) {
                    newLists.add(g.page());
                }
            }
        }
        for (Group g : groups) {
            for (SiteEdit se : g.sites()) {
                String marker = sources.marker(se.target(), newLists.contains(se.target()));
                markers.put(se.site(), marker);
                siteEdits.put(se.site(), se);
                owner.put(se.site(), g);
                String file = se.site().file();
                inserts.computeIfAbsent(file, k -> new ArrayList<>()).add(placements.startAfter(se, marker));
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
            finalTexts.put(f, sources.text(f).orElseThrow().textWith(inserts.getOrDefault(f, List.of())));
        }
        List<FileFix> fixes = new ArrayList<>();
        for (String f : files) {
            SourceBytes sb = sources.text(f).orElseThrow();
            List<Insertion> mine = inserts.getOrDefault(f, List.of());
            String after = finalTexts.get(f);
            String why = null;
            byte[] bytes = null;
            if (!mine.isEmpty()) {
                try {
                    bytes = sb.with(mine);
                } catch (CharacterCodingException e) {
                    why = "it cannot be changed byte for byte in "
                            + sources.charset().name();
                }
            }
            for (Map.Entry<IncludeSite, List<IncludeUse>> e :
                    sources.graph().includeUses().entrySet()) {
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
                        refusals.refuse(owner.get(s), s, "':start-after:' not added: " + problem);
                        return null;
                    }
                } else if (mine.isEmpty()) {
                    continue;
                } else if (use.get().outcome() == DocsGraph.Outcome.NOT_RST) {
                    why = refusals.at(s) + " includes it as text, where the change would show";
                } else if (inc.options().containsKey("start-line")
                        || inc.options().containsKey("end-line")) {
                    why = refusals.at(s)
                            + " takes it by line numbers (:start-line:/:end-line:), which the change would shift";
                } else if (missingMarkerNowCuts(f, sb.text, after, inc, newLists.contains(f), mine)) {
                    continue; // ':start-after: :nosearch:' written before the field was: now it cuts as meant
                } else if (!slicesStay(sb.text, after, inc, mine)) {
                    why = refusals.at(s) + " cuts it at text (:start-after:/:end-before:) that the change would move";
                }
            }
            if (why == null && !mine.isEmpty()) {
                why = rescanProblem(f, after, groups, markers);
            }
            if (why != null) {
                for (Group g : touching.get(f)) {
                    refusals.refuse(g, null, "not changed: " + f + ": " + why);
                }
                return null;
            }
            if (bytes != null) {
                fixes.add(new FileFix(
                        sources.graph().project().absolute(f), sb.bytes, bytes, sources.charset(), added.get(f)));
            }
        }
        return fixes;
    }

    /** Why {@code marker} would not cut exactly the top field list of {@code target}'s changed text, or null. */
    private String markerProblem(String target, String after, String marker, boolean newList, List<Insertion> mine) {
        SourceBytes sb = sources.text(target).orElseThrow();
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
                    .filter(i -> i.text().startsWith(FixSources.NOSEARCH))
                    .findFirst()
                    .orElseThrow();
            end = shifted(ins.offset(), mine, false) + FixSources.NOSEARCH.length();
        } else {
            RstDocument doc = sources.document(target).orElseThrow();
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
            end = shifted(sb.end(sources.lastFieldLine(target)), mine, false);
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
                    && doc.pageTopFields(sources.prolog()).stream()
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
}
