package io.github.docslint.fix;

import io.github.docslint.fix.RootFixer.Group;
import io.github.docslint.site.DocsGraph.IncludeSite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fixer left alone and why, by the key of what was refused (a page, or one include): the
 * first reason given for a key is the one the note keeps.
 */
final class Refusals {
    private final FixSources sources;
    private final Map<String, String> refused = new LinkedHashMap<>();

    Refusals(FixSources sources) {
        this.sources = sources;
    }

    boolean has(String key) {
        return refused.containsKey(key);
    }

    /** One note per refusal, each naming the file and line left alone. */
    List<String> notes() {
        return new ArrayList<>(refused.values());
    }

    static String key(String page) {
        return "page " + page;
    }

    static String key(IncludeSite s) {
        return "include " + s.file() + ":" + s.position();
    }

    String at(IncludeSite s) {
        return "the include at " + sources.path(s.file()) + ":" + s.position().line();
    }

    void refuse(String key, String file, int line, String why) {
        refused.putIfAbsent(key, "docslint: left " + sources.path(file) + ":" + line + " alone: " + why);
    }

    void refuse(String key, IncludeSite s, String why) {
        refuse(key, s.file(), s.position().line(), why);
    }

    void refuse(Group g, IncludeSite s, String why) {
        if (g.page() != null) {
            refuse(g.key(), g.page(), 1, why);
        } else {
            refuse(g.key(), s != null ? s : g.sites().get(0).site(), why);
        }
    }
}
