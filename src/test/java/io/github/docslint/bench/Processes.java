package io.github.docslint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs whole processes under {@code /usr/bin/time -v}: wall time, peak resident memory, exit code, output. */
final class Processes {
    static final Path TIME = Path.of("/usr/bin/time");
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern CPU = Pattern.compile("(?:User|System) time \\(seconds\\): ([\\d.]+)");

    private Processes() {}

    /**
     * One run of a command: its wall time, peak RSS, CPU time (user + system, all threads) and what it
     * printed (stdout and stderr together).
     */
    record Measured(double seconds, long maxRssKb, double cpuSeconds, int exitCode, String output) {}

    /** Why {@code /usr/bin/time} cannot be used, or empty when it can. */
    static Optional<String> timeMissing() {
        return Files.isExecutable(TIME)
                ? Optional.empty()
                : Optional.of(TIME + " not found: install it with 'apt-get install -y time'");
    }

    static Measured run(List<String> command, Path dir, Path scratch) throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path timeOut = scratch.resolve("time.txt");
        Path out = scratch.resolve("output.txt");
        List<String> full = new ArrayList<>(List.of(TIME.toString(), "-v", "-o", timeOut.toString()));
        full.addAll(command);
        Process p = new ProcessBuilder(full)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        long t0 = System.nanoTime();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        String time = Files.readString(timeOut, StandardCharsets.UTF_8);
        long rss = maxRssKb(time).orElseThrow(() -> new IOException("no peak RSS in " + timeOut));
        return new Measured(seconds, rss, cpuSeconds(time), code, Files.readString(out, StandardCharsets.UTF_8));
    }

    /** The peak RSS that {@code /usr/bin/time -v} reports, in KiB. */
    static Optional<Long> maxRssKb(String timeOutput) {
        Matcher m = MAX_RSS.matcher(timeOutput);
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** The CPU time that {@code /usr/bin/time -v} reports: user plus system seconds. */
    static double cpuSeconds(String timeOutput) {
        Matcher m = CPU.matcher(timeOutput);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }

    /** The lines of a tool's output that name a place ({@code file:line:}), i.e. its problems. */
    static long problemLines(String output) {
        return output.lines()
                .filter(l -> l.matches("^(\\[\\w+\\] )?\\S+:\\d+:.*"))
                .count();
    }

    /** The last lines of an output, to show why a command failed. */
    static String tail(String output, int lines) {
        List<String> all = output.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
