package io.github.docslint;

import io.github.docslint.changes.ChangeScope;
import io.github.docslint.links.LinkResult;
import io.github.docslint.rst.Link;
import io.github.docslint.rst.Position;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.LinkRule;
import io.github.docslint.rules.Rule;
import io.github.docslint.rules.Rules;
import io.github.docslint.rules.Severity;
import io.github.docslint.rules.Suppressions;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.FileFilter;
import io.github.docslint.site.FileScans;
import io.github.docslint.site.SourceFile;
import io.github.docslint.site.SourceRoots;
import io.github.docslint.site.SphinxGlob;
import io.github.docslint.site.SphinxProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The whole check, one request in, one result out: files, then documents (scanned once each), then
 * the docs graph of each Sphinx root, then findings from every source rule that is not off; then the
 * external links of the pages, each URL checked once, and findings from the link rules.
 */
public final class Linter {
    private Linter() {}

    /**
     * @throws IllegalArgumentException for a request that cannot be run (a source directory that does
     *     not exist, a bad glob); the message says what to fix
     * @throws IOException when a folder of the tree cannot be walked
     */
    public static LintResult run(LintRequest request) throws IOException {
        return run(request, graph -> {});
    }

    /** {@link #run(LintRequest)}, handing each root's docs graph to {@code graphs} as it is built. */
    public static LintResult run(LintRequest request, Consumer<DocsGraph> graphs) throws IOException {
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
        // The project folder is walked once, for its roots and their files, and the files found are scanned
        // while the walk goes on; configured folders each walk their own.
        FileScans scans = new FileScans(request.encoding());
        SourceRoots.Survey survey = null;
        if (request.sourceDirectories().isEmpty()) {
            try {
                survey = SourceRoots.survey(base, skip, warnings::add, scans::scanEarly);
            } finally {
                scans.walkDone();
            }
        }
        List<Path> roots = new ArrayList<>();
        for (Path root : survey != null ? survey.rootsOrBase() : configuredRoots(request, base)) {
            if (skip.stream().noneMatch(root::startsWith)) {
                roots.add(root);
            }
        }
        List<Finding> findings = new ArrayList<>();
        int files = 0;
        // each root's graph with what a change-limited run reports on it, in root order
        Map<DocsGraph, ChangeScope> scopes = new LinkedHashMap<>();
        Set<Path> reportedFiles = new TreeSet<>(Comparator.comparing(Path::toString));
        Suppressions suppressions = new Suppressions();
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
            Optional<List<SourceRoots.RstFile>> found =
                    survey == null ? Optional.empty() : survey.rstFiles(root, nested, FileFilter.defaults());
            SphinxProject project = found.isPresent()
                    ? SphinxProject.loadFound(root, base, survey, found.get(), scans, warnings::add)
                    : SphinxProject.load(root, base, nested, request.encoding(), warnings::add);
            files += project.rstFiles().size();
            DocsGraph graph = DocsGraph.build(project, includeOnly);
            ChangeScope scope = scope(request, base, graph);
            scopes.put(graph, scope);
            graphs.accept(graph);
            suppressions.add(graph);
            for (String rel : project.rstFiles().keySet()) {
                if (reported(filter, rel) && scope.reportsFindingsOn(rel)) {
                    reportedFiles.add(project.absolute(rel));
                }
            }
        }
        SourceRuleRuns ruleRuns =
                new SourceRuleRuns(scopes, rule -> severity(request, rule), request.settings(), filter);
        // The links thread collects the pages' links on the second core while this one runs the source
        // rules, takes its share of the rules left, then checks the links: that mostly waits on the
        // network, so a run costs about the longer of the two, not their sum.
        List<String> linkWarnings = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Linked> linking = CompletableFuture.supplyAsync(
                () -> {
                    // appearances of external links, in file order; one per place even when two roots share a file
                    Set<Appearance> appearances = new LinkedHashSet<>();
                    scopes.forEach((graph, scope) -> collectLinks(
                            graph,
                            rel -> reported(filter, rel) && scope.checksLinksOf(rel),
                            request.links().rawHtml(),
                            appearances));
                    ruleRuns.takeRuns();
                    Set<String> urls = new LinkedHashSet<>();
                    for (Appearance a : appearances) {
                        urls.add(a.url());
                    }
                    return new Linked(appearances, LinkStage.check(urls, request.links(), linkWarnings::add));
                },
                Linter::startLinkThread);
        ruleRuns.takeRuns();
        Linked linked = joinLinks(linking); // the links thread's rule runs are done too
        findings.addAll(ruleRuns.findings());
        warnings.addAll(linkWarnings);
        Map<String, LinkResult> results = linked.checked().results();
        List<LinkOutcome> links = new ArrayList<>();
        for (Appearance a : linked.appearances()) {
            LinkOutcome outcome = new LinkOutcome(a.file(), a.position(), results.get(a.url()));
            links.add(outcome);
            for (LinkRule rule : Rules.linkRules()) {
                Severity severity = severity(request, rule);
                if (severity != Severity.OFF) {
                    rule.message(outcome.result())
                            .ifPresent(m -> findings.add(new Finding(rule.id(), severity, a.file(), a.position(), m)));
                }
            }
        }
        findings.removeIf(suppressions::hides);
        Collections.sort(findings);
        links.sort(Comparator.comparing((LinkOutcome o) -> o.file().toString()).thenComparing(LinkOutcome::position));
        return new LintResult(
                findings, roots, files, warnings, links, linked.checked().stats(), List.copyOf(reportedFiles));
    }

    private static void startLinkThread(Runnable task) {
        Thread t = new Thread(task, "docslint-links");
        t.setDaemon(true);
        t.start();
    }

    private static Linked joinLinks(CompletableFuture<Linked> checking) {
        try {
            return checking.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private record Appearance(Path file, Position position, String url) {}

    private record Linked(Set<Appearance> appearances, LinkStage.Checked checked) {}

    /** The external links of the readable content files the filter reports on, in file order. */
    private static void collectLinks(
            DocsGraph graph, Predicate<String> reported, boolean rawHtml, Set<Appearance> into) {
        SphinxProject project = graph.project();
        for (String rel : new TreeSet<>(graph.contentFiles())) {
            if (!reported.test(rel)) {
                continue;
            }
            Optional<SourceFile> source = project.file(rel).filter(SourceFile::isReadable);
            if (source.isEmpty()) {
                continue;
            }
            Path abs = project.absolute(rel);
            List<Link> found = new ArrayList<>(graph.links(rel));
            if (rawHtml) {
                found.addAll(source.get().document().rawHtmlLinks());
            }
            for (Link link : found) {
                into.add(new Appearance(abs, link.position(), link.uri()));
            }
        }
    }

    /** The files a change touched, when the request names them, and their includers. */
    private static ChangeScope scope(LintRequest request, Path base, DocsGraph graph) {
        if (request.changedFiles() == null) {
            return ChangeScope.ALL;
        }
        List<Path> changed = new ArrayList<>();
        for (Path p : request.changedFiles()) {
            changed.add(base.resolve(p).normalize());
        }
        return ChangeScope.of(graph, changed);
    }

    private static Severity severity(LintRequest request, Rule rule) {
        return request.severities().getOrDefault(rule.id(), rule.defaultSeverity());
    }

    /** Includes select the rst files reported on; excludes also drop the snippets they include. */
    private static boolean reported(FileFilter filter, String file) {
        return filter.reportsOn(file);
    }

    private static List<Path> configuredRoots(LintRequest request, Path base) {
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
