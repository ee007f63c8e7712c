package io.github.docslint.report;

import io.github.docslint.LintResult;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The console form of a result: one line per finding, {@code path:line:col: severity: message [rule]}
 * with the path relative to the project base (what IDEs and CI logs turn into links), and a summary.
 */
public final class ConsoleReport {
    private ConsoleReport() {}

    public static String line(Finding f, Path base) {
        return relative(base, f.file()) + ":" + f.position().line() + ":"
                + f.position().column() + ": " + f.severity().label() + ": " + f.message() + " [" + f.rule() + "]";
    }

    /** "2 errors, 1 warning in 2 files (image-alt-missing: 2, include-unused: 1)" or "no findings in 5 files". */
    public static String summary(LintResult result) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        if (errors + warnings == 0) {
            return "no findings in " + plural(result.filesScanned(), "file");
        }
        long files = result.findings().stream().map(Finding::file).distinct().count();
        List<String> byRule = new ArrayList<>();
        for (Map.Entry<String, Integer> e : result.countsByRule().entrySet()) {
            byRule.add(e.getKey() + ": " + e.getValue());
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + plural(files, "file") + " ("
                + String.join(", ", byRule) + ")";
    }

    /**
     * "2468 links to 1761 URLs: 1700 from the cache, 61 checked" or "2468 links to 1761 URLs not
     * checked: offline".
     */
    public static String linkSummary(LintResult result, String uncheckedReason) {
        String head = plural(result.links().size(), "link") + " to " + plural(result.urls(), "URL");
        if (uncheckedReason != null) {
            return head + " " + uncheckedReason;
        }
        return head + ": " + result.urlsFromCache() + " from the cache, " + result.urlsChecked() + " checked";
    }

    static String relative(Path base, Path file) {
        Path b = base.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        Path rel = f.startsWith(b) ? b.relativize(f) : f;
        return rel.toString().replace('\\', '/');
    }

    /** {@code 1 file}, {@code 2 files}. */
    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
