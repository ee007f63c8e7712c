package io.github.docslint.rules;

import io.github.docslint.rst.Position;
import java.nio.file.Path;
import java.util.Comparator;

/** One rule violation at one place in one file. */
public record Finding(String rule, Severity severity, Path file, Position position, String message)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.file.toString())
            .thenComparing(Finding::position)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }
}
