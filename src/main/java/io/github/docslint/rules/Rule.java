package io.github.docslint.rules;

import io.github.docslint.rst.Position;
import io.github.docslint.site.DocsGraph;

/** One check. Its id is public API: never rename one once released. */
public interface Rule {
    String id();

    Severity defaultSeverity();

    /** One sentence: what the rule reports. */
    String description();

    void check(DocsGraph graph, RuleSettings settings, Reporter reporter);

    /** Receives violations; {@code file} is relative to the source root, as in the graph. */
    interface Reporter {
        void report(String file, Position position, String message);
    }
}
