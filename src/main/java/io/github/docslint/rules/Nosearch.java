package io.github.docslint.rules;

import io.github.docslint.rst.Field;
import io.github.docslint.rst.RstDocument;
import io.github.docslint.site.DocsGraph;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The {@code :nosearch:} field as Sphinx reads it: {@code :no-search:} since Sphinx 7.3, exact case. */
final class Nosearch {
    static final Set<String> NAMES = Set.of("nosearch", "no-search");

    private Nosearch() {}

    /** The field Sphinx honours when it builds the file as a page: in the top field list, spelled exactly. */
    static Optional<Field> honoured(RstDocument doc, boolean rstProlog) {
        return doc.pageTopFields(rstProlog).stream()
                .filter(f -> NAMES.contains(f.name()))
                .findFirst();
    }

    static boolean hasProlog(DocsGraph graph) {
        return !graph.project().conf().rstProlog().isEmpty();
    }

    /** Spelled like the field in any case: what an author meant as :nosearch:. */
    static boolean looksLike(Field f) {
        return NAMES.contains(f.name().strip().toLowerCase(Locale.ROOT));
    }
}
