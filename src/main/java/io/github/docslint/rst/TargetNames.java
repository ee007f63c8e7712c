package io.github.docslint.rst;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names hyperlink targets bind in one docutils document (one file, or a page's whole build),
 * and the names docutils refuses because two targets bind them to different places: a reference to
 * such a name resolves to nothing. Names are normalised.
 */
public final class TargetNames {
    /** One binding, in document order. */
    public record Binding(HyperlinkTarget target, Kind kind) {}

    public enum Kind {
        /** a target docutils notes as explicit: {@code .. _a: ...}, {@code .. _a:}, {@code `a <uri>`_} */
        EXPLICIT,
        /**
         * an internal target ({@code .. _a:}) taking the URI of the target right after it: it replaces
         * the internal binding of its name
         */
        CHAINED,
        /** the target of an embedded alias {@code `a <b_>`_}: docutils notes it as indirect only */
        ALIAS
    }

    private final Map<String, HyperlinkTarget> byName = new HashMap<>();
    private final Set<String> refused = new HashSet<>();

    /** Binds the name of {@code b}'s target; returns whether the name was not bound before. */
    public boolean bind(Binding b) {
        HyperlinkTarget t = b.target();
        if (t.name().isEmpty()) {
            return false;
        }
        HyperlinkTarget old = byName.get(t.name());
        if (old == null || (b.kind() == Kind.CHAINED && !old.isExternal() && old.refname() == null)) {
            byName.put(t.name(), t);
            return old == null;
        }
        if (!harmless(old, b)) {
            refused.add(t.name());
        }
        return false;
    }

    /**
     * docutils only notes a second explicit target of a name when both carry the same URI; any
     * other pair (two indirect targets, two internal ones, even alike) makes the name unusable. Two
     * embedded aliases to the same name are not explicit targets and do no harm.
     */
    private static boolean harmless(HyperlinkTarget old, Binding b) {
        HyperlinkTarget t = b.target();
        if (t.isExternal()) {
            return t.uri().equals(old.uri());
        }
        return b.kind() == Kind.ALIAS && t.refname() != null && t.refname().equals(old.refname());
    }

    /** Unbinds {@code name}: the element that bound it was dropped. */
    void forget(String name) {
        byName.remove(name);
    }

    /** The URI {@code name} leads to through indirect targets, or null (unknown, refused, internal, a loop). */
    /** Where a target leads: its own URI, or through its indirect name; null when nowhere. */
    public String uriOf(HyperlinkTarget t) {
        return t.refname() != null ? resolve(t.refname()) : t.uri();
    }

    public String resolve(String name) {
        String n = name;
        for (int depth = 0; depth < 32; depth++) {
            if (refused.contains(n)) {
                return null;
            }
            HyperlinkTarget t = byName.get(n);
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
