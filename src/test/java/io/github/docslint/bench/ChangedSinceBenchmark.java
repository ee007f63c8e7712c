package io.github.docslint.bench;

import io.github.docslint.LintRequest;
import io.github.docslint.LintResult;
import io.github.docslint.Linter;
import io.github.docslint.changes.GitChanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * How much faster {@code changedSince} is than a full check, on the Mattermost docs: a copy of the
 * corpus in a temporary folder is made a git repository (tag "base"), one file is edited, and then a
 * full check and a {@code changedSince=base} check (the git part included) are timed in this JVM,
 * static rules only, links not requested. Prints every run and the medians after warm-up. Run it with
 * {@code ./mvnw -q -Pbenchmark -DskipTests test} (README, Benchmarks); {@code -Dbench.runs},
 * {@code -Dbench.warmups}, {@code -Dbench.corpus} and {@code -Dbench.pages} (comma-separated paths in
 * the corpus, one scenario each) change what it does.
 */
public final class ChangedSinceBenchmark {
    private ChangedSinceBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (!PerfBenchmark.selected(System.getProperty("bench.only"), "changed")) {
            return;
        }
        Path corpus = Path.of(setting("bench.corpus", "../shared/corpus/mattermost-docs"));
        if (!Files.isDirectory(corpus.resolve("source"))) {
            System.out.println("ChangedSinceBenchmark skipped: no corpus at " + corpus.toAbsolutePath()
                    + " (it needs /work/shared/corpus/mattermost-docs beside the project, or -Dbench.corpus)");
            return;
        }
        int runs = Integer.parseInt(setting("bench.runs", "7"));
        int warmups = Integer.parseInt(setting("bench.warmups", "2"));
        List<String> pages = List.of(
                setting("bench.pages", "source/integrations-guide/github.rst,source/_static/badges/all-commercial.rst")
                        .split(","));
        System.out.printf(
                Locale.ROOT,
                "changedSince benchmark: %s, Java %s, %d cores; %d warm-up + %d measured runs each%n",
                corpus.toAbsolutePath().normalize(),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                warmups,
                runs);
        Path dir = Files.createTempDirectory("docslint-changed-bench");
        try {
            copy(corpus, dir);
            long t0 = System.nanoTime();
            try (Git git = Git.init()
                    .setDirectory(dir.toFile())
                    .setInitialBranch("main")
                    .call()) {
                git.add().addFilepattern(".").call();
                PersonIdent who = new PersonIdent("bench", "bench@example.invalid");
                git.commit().setMessage("base").setAuthor(who).setCommitter(who).call();
                git.tag().setName("base").call();
            }
            System.out.printf(
                    Locale.ROOT, "git repository of the copy made in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            for (String page : pages) {
                scenario(dir, page.strip(), runs, warmups);
            }
        } finally {
            delete(dir);
        }
    }

    private static void scenario(Path dir, String page, int runs, int warmups) throws IOException {
        Path file = dir.resolve(page);
        byte[] original = Files.readAllBytes(file);
        Files.writeString(
                file,
                "\n.. image:: /images/changed-by-benchmark.png\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try {
            LintRequest full = LintRequest.of(dir);
            List<Double> fullTimes = new ArrayList<>();
            List<Double> changedTimes = new ArrayList<>();
            List<Double> gitTimes = new ArrayList<>();
            LintResult fullResult = null;
            LintResult changedResult = null;
            for (int i = 0; i < warmups + runs; i++) {
                long a = System.nanoTime();
                fullResult = Linter.run(full);
                long b = System.nanoTime();
                Set<Path> changed = new HashSet<>();
                for (String rel : GitChanges.since(dir, "base")) {
                    changed.add(Path.of(rel));
                }
                long c = System.nanoTime();
                changedResult = Linter.run(full.withChangedFiles(changed));
                long d = System.nanoTime();
                if (i >= warmups) {
                    fullTimes.add((b - a) / 1e6);
                    gitTimes.add((c - b) / 1e6);
                    changedTimes.add((d - b) / 1e6);
                    System.out.printf(
                            Locale.ROOT,
                            "  run %d: full %.0f ms, changedSince %.0f ms (git %.0f ms), ratio %.3f%n",
                            i - warmups + 1,
                            (b - a) / 1e6,
                            (d - b) / 1e6,
                            (c - b) / 1e6,
                            (double) (d - b) / (b - a));
                }
            }
            long files = changedResult.findings().stream()
                    .map(f -> f.file())
                    .distinct()
                    .count();
            System.out.printf(
                    Locale.ROOT,
                    "%s changed: median full check %.0f ms (%d files, %d findings); median changedSince check %.0f ms"
                            + " (git part %.0f ms; %d findings in %d files); ratio %.3f; URLs a link check would"
                            + " request: full %d, changedSince %d%n",
                    page,
                    median(fullTimes),
                    fullResult.filesScanned(),
                    fullResult.findings().size(),
                    median(changedTimes),
                    median(gitTimes),
                    changedResult.findings().size(),
                    files,
                    median(changedTimes) / median(fullTimes),
                    urls(fullResult),
                    urls(changedResult));
        } finally {
            Files.write(file, original);
        }
    }

    private static long urls(LintResult r) {
        return r.links().stream().map(l -> l.url()).distinct().count();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String setting(String key, String dflt) {
        String v = System.getProperty(key);
        return v == null || v.isBlank() ? dflt : v;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(p -> {
                Path target = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
