package io.github.docslint.rst;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An {@code .. include::} directive: the path as written and its options. */
public record Include(String path, Map<String, DirectiveOption> options, Position position) {
    private static final Set<String> RST_PARSERS =
            Set.of("rst", "restructuredtext", "rest", "restx", "rtxt", "docutils.parsers.rst");

    /** {@code <name>}: one of docutils' standard include files, never a file of the tree. */
    public boolean isStandard() {
        return path.length() > 2 && path.startsWith("<") && path.endsWith(">");
    }

    public Optional<String> option(String name) {
        DirectiveOption o = options.get(name);
        return o == null ? Optional.empty() : Optional.of(o.value());
    }

    /** Included as text ({@code :literal:}, {@code :code:}) or by another parser: not rst. */
    public boolean isParsedAsRst() {
        if (options.containsKey("literal") || options.containsKey("code")) {
            return false;
        }
        return option("parser")
                .map(p -> RST_PARSERS.contains(p.strip().toLowerCase(Locale.ROOT)))
                .orElse(true);
    }

    public boolean isLiteral() {
        return options.containsKey("literal") || options.containsKey("code");
    }

    /** Whether the include skips the start of the file, and with it any top field list. */
    public boolean skipsStart() {
        return options.containsKey("start-after") || options.containsKey("start-line");
    }
}
