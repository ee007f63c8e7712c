package io.github.docslint;

import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Rule;
import io.github.docslint.rules.Rules;
import io.github.docslint.rules.Severity;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.FileFilter;
import io.github.docslint.site.SourceRoots;
import io.github.docslint.site.SphinxGlob;
import io.github.docslint.site.SphinxProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The whole check, one request in, one result out: files, then documents (scanned once each), then
 * the docs graph of each Sphinx root, then findings from every rule that is not off.
 */
public final class Linter {
    private Linter() {}

    /**
     * @throws IllegalArgumentException for a request that cannot be run (a source directory that does
     *     not exist, a bad glob); the message says what to fix
     * @throws IOException when a folder of the tree cannot be walked
     */
    public static LintResult run(LintRequest request) throws IOException {
        Path base = request.baseDir().toAbsolutePath().normalize();
        FileFilter filter = FileFilter.of(request.includes(), request.excludes());
        List<Pattern> includeOnly = new ArrayList<>();
        for (String glob : request.includeOnly()) {
            try {
                includeOnly.add(SphinxGlob.compile(glob));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "includeOnly pattern '" + glob + "' is not valid: " + e.getMessage(), e);
            }
        }
        List<String> warnings = new ArrayList<>();
        List<Path> skip = new ArrayList<>();
        for (Path dir : request.skipDirectories()) {
            skip.add(base.resolve(dir).toAbsolutePath().normalize());
        }
        List<Path> roots = new ArrayList<>();
        for (Path root : roots(request, base, warnings)) {
            if (skip.stream().noneMatch(root::startsWith)) {
                roots.add(root);
            }
        }
        List<Finding> findings = new ArrayList<>();
        int files = 0;
        for (Path root : roots) {
            List<Path> nested = new ArrayList<>();
            for (Path other : roots) {
                if (!other.equals(root) && other.startsWith(root)) {
                    nested.add(other);
                }
            }
            for (Path dir : skip) {
                if (dir.startsWith(root)) {
                    nested.add(dir);
                }
            }
            SphinxProject project = SphinxProject.load(root, base, nested, request.encoding(), warnings::add);
            files += project.rstFiles().size();
            DocsGraph graph = DocsGraph.build(project, includeOnly);
            Set<String> seen = new HashSet<>();
            for (Rule rule : Rules.all()) {
                Severity severity = request.severities().getOrDefault(rule.id(), rule.defaultSeverity());
                if (severity == Severity.OFF) {
                    continue;
                }
                rule.check(graph, request.settings(), (file, position, message) -> {
                    // includes select the rst files; excludes also drop the snippets they include
                    boolean reported = file.startsWith("../")
                            || (file.endsWith(".rst") ? filter.accepts(file) : !filter.isExcluded(file));
                    if (reported && seen.add(rule.id() + '\u0000' + file + '\u0000' + position + '\u0000' + message)) {
                        findings.add(new Finding(rule.id(), severity, project.absolute(file), position, message));
                    }
                });
            }
        }
        Collections.sort(findings);
        return new LintResult(findings, roots, files, warnings);
    }

    private static List<Path> roots(LintRequest request, Path base, List<String> warnings) throws IOException {
        if (request.sourceDirectories().isEmpty()) {
            return SourceRoots.rootsOrBase(base, warnings::add);
        }
        List<Path> roots = new ArrayList<>();
        for (Path dir : request.sourceDirectories()) {
            Path abs = base.resolve(dir).toAbsolutePath().normalize();
            if (!Files.isDirectory(abs)) {
                throw new IllegalArgumentException("source directory " + abs + " does not exist or is not a folder");
            }
            roots.add(abs);
        }
        return roots;
    }
}
