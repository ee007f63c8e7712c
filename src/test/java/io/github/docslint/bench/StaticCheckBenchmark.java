package io.github.docslint.bench;

import io.github.docslint.LintRequest;
import io.github.docslint.LintResult;
import io.github.docslint.Linter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Item 1: the static check (scan, docs graph, every source rule; links extracted, not requested) on a
 * tree, against what any checker must at least do: find the {@code .rst} files, read them and split
 * them into lines. The static check scans the files on all cores, so the baseline is measured both on
 * one thread and on all cores; the target compares with the parallel one. Run by {@link PerfBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StaticCheckBenchmark {
    /** The project folder holding the Sphinx root(s). */
    @Param("../shared/corpus/mattermost-docs")
    public String tree;

    @Benchmark
    public LintResult staticCheck() throws IOException {
        return Linter.run(LintRequest.of(Path.of(tree)));
    }

    @Benchmark
    public long readAndSplit() throws IOException {
        return rstFiles(Path.of(tree)).stream()
                .mapToLong(StaticCheckBenchmark::lines)
                .sum();
    }

    @Benchmark
    public long readAndSplitParallel() throws IOException {
        return rstFiles(Path.of(tree)).parallelStream()
                .mapToLong(StaticCheckBenchmark::lines)
                .sum();
    }

    static List<Path> rstFiles(Path tree) throws IOException {
        try (Stream<Path> all = Files.walk(tree)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".rst"))
                    .filter(Files::isRegularFile)
                    .toList();
        }
    }

    /** Reads a file and splits it into lines (kept as strings, as a scanner would), returning their count. */
    static long lines(Path file) {
        try {
            List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return lines.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
