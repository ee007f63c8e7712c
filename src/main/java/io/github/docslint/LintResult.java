package io.github.docslint;

import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run found: the findings in a stable order (file, line, column, rule), the source roots
 * checked, how many files were read, and warnings about the setup (e.g. a conf.py value that could not
 * be read literally), and every appearance of an external link with its check result, in file and
 * line order; and the rst files whose findings are reported (after includes and excludes), in path
 * order, for reports that list every file checked.
 */
public record LintResult(
        List<Finding> findings,
        List<Path> roots,
        int filesScanned,
        List<String> warnings,
        List<LinkOutcome> links,
        LinkStats linkStats,
        List<Path> files) {
    public LintResult {
        findings = List.copyOf(findings);
        roots = List.copyOf(roots);
        warnings = List.copyOf(warnings);
        links = List.copyOf(links);
        files = List.copyOf(files);
    }

    /** A result without links. */
    public LintResult(List<Finding> findings, List<Path> roots, int filesScanned, List<String> warnings) {
        this(findings, roots, filesScanned, warnings, List.of(), LinkStats.NONE, List.of());
    }

    /** The same result with other findings (e.g. those left after a filter). */
    public LintResult withFindings(List<Finding> kept) {
        return new LintResult(kept, roots, filesScanned, warnings, links, linkStats, files);
    }

    /** Distinct URLs of the run. */
    public int urls() {
        return linkStats.urls();
    }

    /** Distinct URLs answered from the cache. */
    public int urlsFromCache() {
        return linkStats.fromCache();
    }

    /** Distinct URLs checked in this run rather than taken from the cache. */
    public int urlsChecked() {
        return linkStats.checked();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Finding counts by rule id, in rule id order. */
    public Map<String, Integer> countsByRule() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : findings) {
            counts.merge(f.rule(), 1, Integer::sum);
        }
        return counts;
    }
}
