package io.github.docslint.bench;

import io.github.docslint.LintRequest;
import io.github.docslint.LintResult;
import io.github.docslint.Linter;
import io.github.docslint.bench.Processes.Measured;
import io.github.docslint.report.ReportFiles;
import io.github.docslint.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cold pass over a tree in a fresh JVM without Maven, the floor of item 2: {@code split} only
 * finds, reads and splits the {@code .rst} files (what any checker must do), {@code lint} runs the
 * static check once (and says when the docs graph was built: files scanned, rules not yet run),
 * {@code reports} also writes each report file (into a temporary folder) and
 * times it. Prints the milliseconds spent inside {@code main}, which leaves out the JVM's own start
 * that a Maven process has already paid.
 */
public final class ColdRun {
    private static final Pattern TOTAL = Pattern.compile("totalMs=(\\d+)");

    private ColdRun() {}

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        String mode = args[0];
        Path tree = Path.of(args[1]);
        StringBuilder out = new StringBuilder("cold " + mode);
        switch (mode) {
            case "split" -> {
                long lines = StaticCheckBenchmark.rstFiles(tree).parallelStream()
                        .mapToLong(StaticCheckBenchmark::lines)
                        .sum();
                out.append(" lines=").append(lines);
            }
            case "lint", "reports" -> {
                long[] graphAt = {0};
                LintResult result = Linter.run(LintRequest.of(tree), graph -> graphAt[0] = System.nanoTime());
                out.append(" findings=").append(result.findings().size());
                // files read and scanned, docs graph built; the source rules and the rest come after
                out.append(String.format(Locale.ROOT, " graphMs=%.0f", (graphAt[0] - t0) / 1e6));
                if (mode.equals("reports")) {
                    out.append(String.format(Locale.ROOT, " lintMs=%.0f", (System.nanoTime() - t0) / 1e6));
                    reports(result, tree, out);
                }
            }
            default -> throw new IllegalArgumentException("mode must be split, lint or reports, not " + mode);
        }
        out.append(String.format(Locale.ROOT, " totalMs=%.0f", (System.nanoTime() - t0) / 1e6));
        System.out.println(out);
    }

    private static void reports(LintResult result, Path tree, StringBuilder out) throws IOException {
        Path dir = Files.createTempDirectory("docslint-cold");
        for (ReportFormat f : EnumSet.allOf(ReportFormat.class)) {
            long t = System.nanoTime();
            for (Path p : ReportFiles.write(dir, EnumSet.of(f), result, tree, "bench")) {
                Files.delete(p);
            }
            out.append(String.format(Locale.ROOT, " %sMs=%.0f", f.id(), (System.nanoTime() - t) / 1e6));
        }
        Files.delete(dir);
    }

    /** The median of the in-main milliseconds that runs of {@link #main} printed. */
    static double medianMs(List<Measured> runs) throws IOException {
        double[] ms = new double[runs.size()];
        for (int i = 0; i < ms.length; i++) {
            Matcher m = TOTAL.matcher(runs.get(i).output());
            if (!m.find()) {
                throw new IOException("no totalMs in ColdRun's output:\n"
                        + Processes.tail(runs.get(i).output(), 20));
            }
            ms[i] = Double.parseDouble(m.group(1));
        }
        return LinkBenchmark.median(ms);
    }
}
