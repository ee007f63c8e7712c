package io.github.docslint.rules;

import io.github.docslint.rst.Field;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.SourceFile;

/** A :nosearch: field that Sphinx ignores: not in the top field list, or not spelled in lower case. */
final class NosearchMisplacedRule implements SourceRule {
    @Override
    public String id() {
        return "nosearch-misplaced";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A :nosearch: field is present but Sphinx ignores it (after the title or other content, or"
                + " not in lower case) and prints it as text.";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        boolean prolog = Nosearch.hasProlog(graph);
        for (String page : graph.pages()) {
            SourceFile f = graph.project().rstFiles().get(page);
            if (f == null || !f.isReadable()) {
                continue;
            }
            java.util.Optional<Field> honoured = Nosearch.honoured(f.document(), prolog);
            for (Field field : f.document().fields()) {
                if (!Nosearch.looksLike(field) || honoured.filter(field::equals).isPresent()) {
                    continue;
                }
                String written = ":" + field.name() + ":";
                boolean inTopList = f.document().pageTopFields(prolog).contains(field);
                String message = inTopList
                        ? "Sphinx ignores '" + written + "': field names are case-sensitive, write ':"
                                + field.name().strip().toLowerCase(java.util.Locale.ROOT) + ":'"
                        : "Sphinx ignores '" + written + "' here and prints it as text: it only counts in the"
                                + " field list at the very top of the file, before the title and any other content"
                                + (prolog
                                        ? " (with rst_prolog set in conf.py, the top fields must be consecutive lines"
                                                + " starting at line 1)"
                                        : "");
                reporter.report(page, field.position(), message);
            }
        }
    }
}
