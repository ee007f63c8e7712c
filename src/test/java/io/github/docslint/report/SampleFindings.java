package io.github.docslint.report;

import io.github.docslint.rst.Position;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Findings that make writers work: markup characters, quotes, non-ASCII text and control characters
 * in messages, a space, non-ASCII letters, '#' and '%' in paths, and a file outside the project base.
 */
final class SampleFindings {
    static final String MARKUP = "alt text of <img src=\"a.png\"> & 'b' is \"missing\" >here<";
    static final String UNICODE = "alt text 'Überblick ☃ 😀' is a placeholder, ça va: 100%";
    static final String CONTROL = "bad\u0001byte\ttab\nnew line\r\nand \u001b escape";

    private SampleFindings() {}

    /** The base of the sample: a project folder inside {@code dir}. */
    static Path base(Path dir) {
        return dir.toAbsolutePath().normalize().resolve("project");
    }

    static Path spaced(Path dir) {
        return base(dir).resolve("docs/a b.rst");
    }

    static Path odd(Path dir) {
        return base(dir).resolve("docs/ünï#%:x.rst");
    }

    /** A checked file without findings. */
    static Path clean(Path dir) {
        return base(dir).resolve("docs/clean.rst");
    }

    static Path outside(Path dir) {
        return dir.toAbsolutePath().normalize().resolve("shared/x.rst");
    }

    /** Sorted, as the linter returns them. */
    static List<Finding> findings(Path dir) {
        List<Finding> list = new ArrayList<>(List.of(
                new Finding("image-alt-missing", Severity.ERROR, spaced(dir), new Position(3, 5), MARKUP),
                new Finding("image-alt-placeholder", Severity.WARNING, spaced(dir), new Position(7, 1), UNICODE),
                new Finding("include-missing", Severity.ERROR, odd(dir), new Position(1, 1), CONTROL),
                new Finding(
                        "include-outside-root", Severity.ERROR, outside(dir), new Position(2, 3), "outside the base")));
        Collections.sort(list);
        return list;
    }

    /** The rst files checked: the base's, not the one outside. */
    static List<Path> checkedFiles(Path dir) {
        return List.of(spaced(dir), clean(dir), odd(dir));
    }
}
