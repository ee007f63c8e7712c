package io.github.docslint.rst;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The names hyperlink targets bind in one docutils document (one file, or a page's whole build),
 * and the names docutils refuses because two targets bind them to different places: a reference to
 * such a name resolves to nothing. Names are normalised.
 */
public final class TargetNames {
    /**
     * One binding, in document order. {@code chained} marks an internal target ({@code .. _a:})
     * taking the URI of the target right after it: it replaces the internal binding of its name.
     */
    public record Binding(HyperlinkTarget target, boolean chained) {}

    private final Map<String, HyperlinkTarget> byName = new HashMap<>();
    private final Set<String> refused = new HashSet<>();

    /** Binds the name of {@code b}'s target; returns whether the name was not bound before. */
    public boolean bind(Binding b) {
        HyperlinkTarget t = b.target();
        if (t.name().isEmpty()) {
            return false;
        }
        HyperlinkTarget old = byName.get(t.name());
        if (old == null || (b.chained() && !old.isExternal() && old.refname() == null)) {
            byName.put(t.name(), t);
            return old == null;
        }
        if (!(old.uri().equals(t.uri()) && Objects.equals(old.refname(), t.refname()))) {
            refused.add(t.name());
        }
        return false;
    }

    /** Unbinds {@code name}: the element that bound it was dropped. */
    void forget(String name) {
        byName.remove(name);
    }

    /** The URI {@code name} leads to through indirect targets, or null (unknown, refused, internal, a loop). */
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
