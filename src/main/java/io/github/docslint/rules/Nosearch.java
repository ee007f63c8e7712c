package io.github.docslint.rules;

import io.github.docslint.rst.Field;
import io.github.docslint.rst.RstDocument;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The {@code :nosearch:} field as Sphinx reads it: {@code :no-search:} since Sphinx 7.3, exact case. */
final class Nosearch {
    static final Set<String> NAMES = Set.of("nosearch", "no-search");

    private Nosearch() {}

    /** The field Sphinx honours: in the top field list, spelled exactly. */
    static Optional<Field> honoured(RstDocument doc) {
        return doc.fields().stream()
                .filter(f -> f.top() && NAMES.contains(f.name()))
                .findFirst();
    }

    /** Spelled like the field in any case: what an author meant as :nosearch:. */
    static boolean looksLike(Field f) {
        return NAMES.contains(f.name().strip().toLowerCase(Locale.ROOT));
    }
}
