package io.github.docslint.rules;

import io.github.docslint.rst.Position;
import io.github.docslint.site.DocsGraph;

/** A rule over the sources alone: the docs graph of one Sphinx root. */
public non-sealed interface SourceRule extends Rule {
    void check(DocsGraph graph, RuleSettings settings, Reporter reporter);

    /** Receives violations; {@code file} is relative to the source root, as in the graph. */
    interface Reporter {
        void report(String file, Position position, String message);
    }
}
