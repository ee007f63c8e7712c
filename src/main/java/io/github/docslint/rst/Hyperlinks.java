package io.github.docslint.rst;

import static io.github.docslint.rst.Markers.*;
import static io.github.docslint.rst.RstText.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Hyperlink targets and the references to them, resolved as docutils' transforms do at the end of a
 * file: named references through (indirect, chained) targets, anonymous ones paired in order.
 */
final class Hyperlinks {
    private final Scan scan;
    private final TargetNames names = new TargetNames();
    /** Every binding of a name, in order: a page's build binds them again in its own namespace. */
    private final List<TargetNames.Binding> bindings = new ArrayList<>();

    final List<HyperlinkTarget> anonymousTargets = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    final List<Position> anonymousReferences = new ArrayList<>();
    /** Internal targets waiting for the next element; docutils gives them its URI if it is a target. */
    final List<HyperlinkTarget> pendingInternalTargets = new ArrayList<>();

    Hyperlinks(Scan scan) {
        this.scan = scan;
    }

    /** Names first bound in {@link #names}, in order, so that a dropped element can take its own back. */
    private final List<String> addedNames = new ArrayList<>();

    void clearPendingTargets() {
        pendingInternalTargets.clear();
    }

    /** How much has been collected so far. */
    record Mark(int links, int targets, int references, int anonymousReferences, int names, int bindings) {}

    Mark mark() {
        return new Mark(
                scan.doc.links.size(),
                scan.doc.targets.size(),
                references.size(),
                anonymousReferences.size(),
                addedNames.size(),
                bindings.size());
    }

    /** Forgets what was collected since {@code m}: docutils dropped the element that held it. */
    void rollback(Mark m) {
        truncate(scan.doc.links, m.links());
        truncate(scan.doc.targets, m.targets());
        truncate(references, m.references());
        truncate(anonymousReferences, m.anonymousReferences());
        for (String name : addedNames.subList(m.names(), addedNames.size())) {
            names.forget(name);
        }
        truncate(addedNames, m.names());
        truncate(bindings, m.bindings());
    }

    private static void truncate(List<?> list, int size) {
        list.subList(size, list.size()).clear();
    }

    /**
     * Body.hyperlink_target: {@code .. _name: uri}, {@code .. __: uri}, {@code .. _`a name`: uri};
     * {@code k} is just after the first '_'. Returns null when it is malformed (then a comment).
     */
    Integer hyperlinkTarget(Block b, int i, int k) {
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
        target(rest, name, m[0] < 0, scan.pos(b, i, 0));
        return Math.max(q.end(), i + 1);
    }

    void target(Block blk, String name, boolean anonymous, Position p) {
        List<String> rest = new ArrayList<>();
        for (String t : blk.text) {
            rest.add(t.strip());
        }
        target(rest, name, anonymous, p);
    }

    /** Body.make_target and parse_target on the reference lines. */
    void target(List<String> block, String name, boolean anonymous, Position p) {
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
        scan.doc.targets.add(target);
        if (anonymous) {
            anonymousTargets.add(target);
            pendingInternalTargets.clear();
            return;
        }
        if (uri.isEmpty() && refname == null) {
            addNamedTarget(target, TargetNames.Kind.EXPLICIT);
            pendingInternalTargets.add(target);
            return;
        }
        addNamedTarget(target, TargetNames.Kind.EXPLICIT);
        // chained targets: ".. _a:" right before ".. _b: uri" makes "a" point to uri too
        for (HyperlinkTarget internal : pendingInternalTargets) {
            addNamedTarget(
                    new HyperlinkTarget(internal.name(), uri, refname, internal.position()), TargetNames.Kind.CHAINED);
        }
        pendingInternalTargets.clear();
    }

    void addNamedTarget(HyperlinkTarget t, TargetNames.Kind kind) {
        if (t.name().isEmpty()) {
            return;
        }
        TargetNames.Binding b = new TargetNames.Binding(t, kind);
        bindings.add(b);
        if (names.bind(b)) {
            addedNames.add(t.name());
        }
    }

    /**
     * docutils' explicit target pattern on the text after the first '_': returns [name start (-1 for
     * anonymous), name end, end of the match] or null.
     */
    static int[] targetName(String s) {
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

    /** {@code name_} or {@code `a name`_} as the whole text: the (normalised) name, else null. */
    static String referenceName(String text) {
        String t = String.join(" ", text.trim().split("\\s+"));
        if (t.startsWith("`") && t.endsWith("`_") && t.length() > 3 && t.charAt(1) != ' ') {
            return normalizeTargetName(t.substring(1, t.length() - 2));
        }
        if (t.endsWith("_") && simpleNameEnd(t, 0) == t.length() - 1) {
            return normalizeTargetName(t.substring(0, t.length() - 1));
        }
        return null;
    }

    static String normalizeTargetName(String name) {
        return InlineScanner.normalizeName(unescapeBackslashes(name));
    }

    void resolveReferences() {
        scan.doc.references.addAll(references);
        scan.doc.targetBindings.addAll(bindings);
        scan.doc.anonymousReferences.addAll(anonymousReferences);
        scan.doc.anonymousTargets.addAll(anonymousTargets);
        for (Reference r : references) {
            String uri = resolve(r.name());
            if (uri == null) {
                scan.doc.unresolvedReferences.add(r);
            } else if (InlineScanner.isHttp(uri)) {
                scan.doc.links.add(new Link(uri, Link.Kind.NAMED_REFERENCE, r.position()));
            }
        }
        // docutils pairs anonymous references and targets in order, only when the counts agree
        if (anonymousReferences.size() == anonymousTargets.size()) {
            for (int k = 0; k < anonymousReferences.size(); k++) {
                HyperlinkTarget t = anonymousTargets.get(k);
                String uri = names.uriOf(t);
                if (uri != null && InlineScanner.isHttp(uri)) {
                    scan.doc.links.add(new Link(uri, Link.Kind.ANONYMOUS_REFERENCE, anonymousReferences.get(k)));
                }
            }
        }
    }

    /** The URI a name leads to through indirect targets, or null. */
    String resolve(String name) {
        return names.resolve(name);
    }
}
