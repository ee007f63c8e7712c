package io.github.docslint.bench;

import io.github.docslint.bench.Processes.Measured;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The static-check benchmarks of README "Benchmarks" (items 1-4 of the performance issue): the
 * in-JVM pipeline against reading and splitting the files (JMH), the whole {@code mvn docslint:check}
 * against {@code mvn validate}, docslint against rstcheck and doc8, and generated trees of 10x and
 * 100x the corpus. Every figure is a median of several runs and every ratio compares figures of the
 * same run; each item prints the commands it ran. Run with {@code ./mvnw -q -Pbenchmark -DskipTests
 * test}, some items only with {@code -Dbench.only=static,process,peers,scale}.
 */
public final class PerfBenchmark {
    static final List<String> ITEMS = List.of("static", "process", "peers", "scale");
    /** Tools that exit with an error code when they find problems, as they do on the corpus. */
    private static final Set<String> PEERS = Set.of("rstcheck", "doc8");

    private PerfBenchmark() {}

    /** What to run, from {@code bench.*} system properties; blank values take the defaults. */
    record Settings(
            String only,
            int runs,
            int warmups,
            int peerRuns,
            int jmhWarmups,
            List<Integer> scales,
            int scaleRuns,
            Path corpus,
            Path work,
            String maven,
            Path localRepo,
            Path classes,
            Path pom,
            String version) {

        static Settings parse(Properties p) {
            return new Settings(
                    p.getProperty("bench.only", ""),
                    positive(p, "bench.runs", 5),
                    Integer.parseInt(value(p, "bench.warmups", "1")),
                    positive(p, "bench.peerRuns", 3),
                    positive(p, "bench.jmhWarmups", 15),
                    Arrays.stream(value(p, "bench.scales", "10,100").split(","))
                            .map(String::strip)
                            .map(Integer::valueOf)
                            .toList(),
                    positive(p, "bench.scaleRuns", 3),
                    Path.of(value(p, "bench.corpus", "../shared/corpus/mattermost-docs")),
                    Path.of(value(p, "bench.work", System.getProperty("java.io.tmpdir") + "/docslint-bench")),
                    value(p, "bench.maven", "mvn"),
                    Path.of(value(p, "bench.localRepo", System.getProperty("user.home") + "/.m2/repository")),
                    Path.of(value(p, "bench.classes", "target/classes")),
                    Path.of(value(p, "bench.pom", "pom.xml")),
                    value(p, "bench.pluginVersion", "0.1.0-SNAPSHOT"));
        }

        boolean runs(String item) {
            return selected(only, item);
        }
    }

    /**
     * Whether {@code bench.only} (a comma-separated list of the profile's benchmarks: static, process,
     * peers, scale, links, ...) selects {@code item}; blank selects everything.
     */
    static boolean selected(String only, String item) {
        if (only == null || only.isBlank()) {
            return true;
        }
        return Arrays.stream(only.split(",")).map(String::strip).anyMatch(item::equals);
    }

    private static String value(Properties p, String key, String dflt) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? dflt : v.strip();
    }

    private static int positive(Properties p, String key, int dflt) {
        int v = Integer.parseInt(value(p, key, String.valueOf(dflt)));
        if (v < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, not " + v);
        }
        return v;
    }

    public static void main(String[] args) throws Exception {
        Settings s = Settings.parse(System.getProperties());
        List<String> mine = ITEMS.stream().filter(s::runs).toList();
        if (mine.isEmpty()) {
            return; // bench.only names other benchmarks of the profile only
        }
        PrintStream out = System.out;
        out.println("docslint static-check benchmark (items " + mine + ")");
        out.println("machine: " + machine(s));
        out.println("load at start: " + load());
        boolean corpus = Files.isDirectory(s.corpus().resolve("source"));
        if (!corpus) {
            out.println("corpus " + s.corpus() + " not found: items static, process and peers are skipped; scale uses"
                    + " the corpus' recorded shape");
        }
        if (s.runs("static") && corpus) {
            staticInJvm(s, out);
        }
        Optional<String> noTime = Processes.timeMissing();
        if (noTime.isPresent() && (s.runs("process") || s.runs("peers") || s.runs("scale"))) {
            out.println("items process, peers and scale skipped: " + noTime.get());
        } else {
            if ((s.runs("process") || s.runs("peers")) && corpus) {
                Path project = corpusProject(s);
                out.println("plugin staged: " + stagePlugin(s));
                List<String> check =
                        maven(s, "docslint:check", "-Ddocslint.links.skip=true", "-Ddocslint.failOnViolation=false");
                if (s.runs("process")) {
                    process(s, project, check, out);
                }
                if (s.runs("peers")) {
                    peers(s, project, check, out);
                }
            }
            if (s.runs("scale")) {
                scale(s, corpus, out);
            }
        }
        out.println("load at end: " + load());
    }

    // ---- item 1

    private static void staticInJvm(Settings s, PrintStream out) throws Exception {
        out.println();
        // the check's code is large: on 2 cores the JIT is still compiling it after 3 x 2 s, and the
        // figure then measures the compiler as much as the check
        out.println("== 1. Static rules inside the JVM (JMH; 1 fork, " + s.jmhWarmups()
                + " x 2 s warm-up, 5 x 2 s measured)");
        out.println("command: ./mvnw -q -Pbenchmark -DskipTests test -Dbench.only=static");
        Options options = new OptionsBuilder()
                .include(Pattern.quote(StaticCheckBenchmark.class.getName()) + "\\.")
                .param("tree", s.corpus().toString())
                .forks(1)
                .warmupIterations(s.jmhWarmups())
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> medians = new LinkedHashMap<>();
        Map<String, String> spreads = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            double[] scores = r.getBenchmarkResults().stream()
                    .flatMap(b -> b.getIterationResults().stream())
                    .mapToDouble(i -> i.getPrimaryResult().getScore())
                    .toArray();
            String method = name.substring(name.lastIndexOf('.') + 1);
            medians.put(method, LinkBenchmark.median(scores));
            // a wide spread means the JIT (or a neighbour) was still busy: the median is then no steady state
            spreads.put(
                    method,
                    String.format(
                            Locale.ROOT,
                            "iterations %.1f-%.1f",
                            Arrays.stream(scores).min().orElse(0),
                            Arrays.stream(scores).max().orElse(0)));
        }
        double check = medians.get("staticCheck");
        double sequential = medians.get("readAndSplit");
        double parallel = medians.get("readAndSplitParallel");
        out.printf(
                Locale.ROOT,
                "tree: %s (%d .rst files)%n",
                s.corpus(),
                StaticCheckBenchmark.rstFiles(s.corpus()).size());
        out.printf(
                Locale.ROOT,
                "static check (scan + graph + source rules): %8.1f ms/op (median of 5 iterations; %s)%n",
                check,
                spreads.get("staticCheck"));
        out.printf(
                Locale.ROOT,
                "read + split lines, all cores:              %8.1f ms/op (%s)%n",
                parallel,
                spreads.get("readAndSplitParallel"));
        out.printf(
                Locale.ROOT,
                "read + split lines, one thread:             %8.1f ms/op (%s)%n",
                sequential,
                spreads.get("readAndSplit"));
        out.printf(
                Locale.ROOT,
                "ratio static check / read+split (all cores): %.2f (target <= 3): %s; against one thread: %.2f%n",
                check / parallel,
                verdict(check / parallel <= 3),
                check / sequential);
    }

    // ---- item 2

    private static void process(Settings s, Path project, List<String> check, PrintStream out) throws Exception {
        List<String> validate = maven(s, "validate");
        List<String> help = maven(s, "docslint:help");
        out.println();
        out.printf(
                Locale.ROOT,
                "== 2. Static rules, whole process (%d warm-up, %d runs, alternating; in %s)%n",
                s.warmups(),
                s.runs(),
                project);
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("mvn validate", validate);
        commands.put("mvn docslint:help", help);
        commands.put("mvn docslint:check", check);
        // the floor: the same work in a cold JVM without Maven (ColdRun prints its time inside main)
        commands.put("java read+split", coldRun("split", project));
        commands.put("java Linter.run", coldRun("lint", project));
        Map<String, List<Measured>> runs = alternate(commands, s.warmups(), s.runs(), project, s.work());
        printRuns(commands, runs, out);
        Summary v = Summary.of(runs.get("mvn validate"));
        Summary h = Summary.of(runs.get("mvn docslint:help"));
        Summary c = Summary.of(runs.get("mvn docslint:check"));
        out.printf(
                Locale.ROOT,
                "docslint:check findings printed: %d%n",
                Processes.problemLines(runs.get("mvn docslint:check").get(0).output()));
        out.printf(
                Locale.ROOT,
                "time check / validate: %.2f (adds %.0f%%, %.2f s; target: adds <= 30%%): %s%n",
                c.seconds() / v.seconds(),
                100 * (c.seconds() / v.seconds() - 1),
                c.seconds() - v.seconds(),
                verdict(c.seconds() / v.seconds() <= 1.3));
        out.printf(
                Locale.ROOT,
                "CPU time check / validate: %.2f (%.2f s / %.2f s); help / validate: %.2f%n",
                c.cpuSeconds() / v.cpuSeconds(),
                c.cpuSeconds(),
                v.cpuSeconds(),
                h.cpuSeconds() / v.cpuSeconds());
        out.printf(
                Locale.ROOT,
                "time help / validate: %.2f (loading the plugin alone adds %.0f%%)%n",
                h.seconds() / v.seconds(),
                100 * (h.seconds() / v.seconds() - 1));
        out.printf(
                Locale.ROOT,
                "peak RSS check / validate: %.2f (%d MiB / %d MiB)%n",
                c.rssMb() / v.rssMb(),
                Math.round(c.rssMb()),
                Math.round(v.rssMb()));
        double split = ColdRun.medianMs(runs.get("java read+split")) / 1000;
        double lint = ColdRun.medianMs(runs.get("java Linter.run")) / 1000;
        out.printf(
                Locale.ROOT,
                "floor: inside a cold JVM's main, read+split takes %.2f s, Linter.run %.2f s (check - help: %.2f s);"
                        + " help + read+split = %.2f s = validate x %.2f, the least any plugin goal reading this tree"
                        + " costs (target x 1.30)%n",
                split,
                lint,
                c.seconds() - h.seconds(),
                h.seconds() + split,
                (h.seconds() + split) / v.seconds());
    }

    /** A cold JVM without Maven doing {@link ColdRun}'s {@code mode} on the tree. */
    private static List<String> coldRun(String mode, Path tree) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ColdRun.class.getName(),
                mode,
                tree.toString());
    }

    // ---- item 3

    private static void peers(Settings s, Path project, List<String> check, PrintStream out) throws Exception {
        out.println();
        out.printf(
                Locale.ROOT,
                "== 3. Peers, whole process, same tree (%d runs, alternating, after 1 docslint warm-up; in %s)%n",
                s.peerRuns(),
                project);
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("docslint", check);
        // Maven alone, doing nothing: no check run by Maven can beat a peer by more than this
        commands.put("mvn validate", maven(s, "validate"));
        addPeer(commands, "rstcheck", Path.of("/usr/bin/rstcheck"), List.of("--recursive", "source"), "rstcheck", out);
        addPeer(commands, "doc8", Path.of("/usr/bin/doc8"), List.of("source"), "python3-doc8", out);
        Processes.run(check, project, s.work().resolve("warm-up"));
        Map<String, List<Measured>> runs = alternate(commands, 0, s.peerRuns(), project, s.work());
        printRuns(commands, runs, out);
        Summary d = Summary.of(runs.get("docslint"));
        for (String peer : commands.keySet()) {
            if (peer.equals("docslint") || peer.equals("mvn validate")) {
                continue;
            }
            Summary p = Summary.of(runs.get(peer));
            out.printf(
                    Locale.ROOT,
                    "%s / docslint: time %.1fx (target >= 10x): %s; peak RSS %.2f; places reported: %d vs docslint's %d%n",
                    peer,
                    p.seconds() / d.seconds(),
                    verdict(p.seconds() / d.seconds() >= 10),
                    p.rssMb() / d.rssMb(),
                    Processes.problemLines(runs.get(peer).get(0).output()),
                    Processes.problemLines(runs.get("docslint").get(0).output()));
            out.printf(
                    Locale.ROOT,
                    "%s / mvn validate: %.1fx (the most any check run by Maven could reach)%n",
                    peer,
                    p.seconds() / Summary.of(runs.get("mvn validate")).seconds());
        }
    }

    private static void addPeer(
            Map<String, List<String>> commands,
            String name,
            Path script,
            List<String> args,
            String pkg,
            PrintStream out) {
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isRegularFile(script) || !Files.isExecutable(python)) {
            out.println(name + " skipped: " + script + " not found; install it with 'apt-get install -y " + pkg + "'");
            return;
        }
        List<String> command = new ArrayList<>(List.of(python.toString(), script.toString()));
        command.addAll(args);
        commands.put(name, command);
    }

    // ---- item 4

    private static void scale(Settings s, boolean corpus, PrintStream out) throws Exception {
        TreeShape shape = corpus ? TreeShape.of(s.corpus().resolve("source")) : TreeShape.MATTERMOST;
        List<Integer> factors = new ArrayList<>(List.of(1));
        factors.addAll(s.scales());
        out.println();
        out.printf(
                Locale.ROOT,
                "== 4. Scale: generated trees of %s x the corpus' shape %s (one JVM per tree, %d warm-up on 1x, median of %d)%n",
                factors,
                shape,
                s.warmups(),
                s.scaleRuns());
        Path one = tree(s, shape, 1);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        out.printf(
                Locale.ROOT,
                "%-6s %8s %9s %9s %8s %9s %9s %8s %13s %11s %9s%n",
                "tree",
                "files",
                "MB",
                "median s",
                "s/MB",
                "findings",
                "links",
                "live MB",
                "live MB/MB",
                "retained MB",
                "RSS MB");
        Map<Integer, ScaleResult> results = new LinkedHashMap<>();
        for (int factor : factors) {
            Path tree = tree(s, shape, factor);
            List<String> command = List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    ScaleRun.class.getName(),
                    tree.toString(),
                    one.toString(),
                    String.valueOf(s.warmups()),
                    String.valueOf(s.scaleRuns()));
            if (factor == factors.get(0)) {
                out.println("command per tree: "
                        + String.join(" ", command).replace(System.getProperty("java.class.path"), "<test classpath>"));
            }
            Measured m = Processes.run(command, tree, s.work().resolve("scale"));
            ScaleResult r = ScaleResult.parse(m.output(), shape.times(factor).megabytes(), m.maxRssKb())
                    .orElseThrow(() ->
                            new IOException("ScaleRun on " + tree + " failed:\n" + Processes.tail(m.output(), 20)));
            results.put(factor, r);
            out.printf(
                    Locale.ROOT,
                    "%-6s %8d %9.1f %9.3f %8.4f %9d %9d %8.0f %13.2f %11.1f %9.0f%n",
                    factor + "x",
                    r.files(),
                    r.megabytes(),
                    r.seconds(),
                    r.secondsPerMb(),
                    r.findings(),
                    r.links(),
                    r.peakHeapMb(),
                    r.peakHeapMb() / r.megabytes(),
                    r.retainedMb(),
                    r.rssKb() / 1024.0);
        }
        ScaleResult base = results.get(1);
        for (int factor : s.scales()) {
            ScaleResult r = results.get(factor);
            double perMb = r.secondsPerMb() / base.secondsPerMb();
            double heap = r.peakHeapMb() / base.peakHeapMb();
            double findings = (double) r.findings() / base.findings();
            double links = (double) r.links() / base.links();
            out.printf(
                    Locale.ROOT,
                    "%dx against 1x: time per MB %.2f (target <= 1.3): %s; peak heap grew %.1fx, findings %.1fx, links %.1fx,"
                            + " text %.1fx: %s%n",
                    factor,
                    perMb,
                    verdict(perMb <= 1.3),
                    heap,
                    findings,
                    links,
                    r.megabytes() / base.megabytes(),
                    verdict(heap <= 1.1 * Math.max(findings, links)));
        }
    }

    /** The generated tree of {@code factor} times {@code shape}, written unless an earlier run left it. */
    private static Path tree(Settings s, TreeShape shape, int factor) throws IOException {
        Path dir = s.work().resolve("scale-" + factor + "x");
        Path marker = dir.resolve("shape.txt");
        String expected = shape.times(factor).toString();
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(expected)) {
            return dir;
        }
        deleteTree(dir);
        TreeGenerator.write(shape.times(factor), dir.resolve("source"));
        Files.writeString(marker, expected);
        return dir;
    }

    /** One tree's figures, read from the {@code result} line that {@link ScaleRun} prints. */
    record ScaleResult(
            double seconds,
            int findings,
            int links,
            int files,
            double peakHeapMb,
            double retainedMb,
            double megabytes,
            long rssKb) {
        private static final Pattern LINE = Pattern.compile(
                "result seconds=([\\d.]+) findings=(\\d+) links=(\\d+) files=(\\d+) peakLiveHeapMb=([\\d.]+)"
                        + " retainedMb=([\\d.]+)");

        static Optional<ScaleResult> parse(String output, double megabytes, long rssKb) {
            Matcher m = LINE.matcher(output);
            if (!m.find()) {
                return Optional.empty();
            }
            return Optional.of(new ScaleResult(
                    Double.parseDouble(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)),
                    Double.parseDouble(m.group(5)),
                    Double.parseDouble(m.group(6)),
                    megabytes,
                    rssKb));
        }

        double secondsPerMb() {
            return seconds / megabytes;
        }
    }

    // ---- shared

    /** Medians of a command's runs. */
    record Summary(double seconds, double rssMb, double cpuSeconds) {
        static Summary of(List<Measured> runs) {
            return new Summary(
                    LinkBenchmark.median(
                            runs.stream().mapToDouble(Measured::seconds).toArray()),
                    LinkBenchmark.median(runs.stream()
                            .mapToDouble(m -> m.maxRssKb() / 1024.0)
                            .toArray()),
                    LinkBenchmark.median(
                            runs.stream().mapToDouble(Measured::cpuSeconds).toArray()));
        }
    }

    /**
     * Runs the commands one after another, round after round ({@code warmups} rounds not kept), so
     * that a change in the machine's load touches them all alike; a command that fails stops the item.
     */
    static Map<String, List<Measured>> alternate(
            Map<String, List<String>> commands, int warmups, int runs, Path dir, Path work) throws Exception {
        Map<String, List<Measured>> measured = new LinkedHashMap<>();
        commands.keySet().forEach(k -> measured.put(k, new ArrayList<>()));
        for (int round = 0; round < warmups + runs; round++) {
            for (Map.Entry<String, List<String>> e : commands.entrySet()) {
                Measured m = Processes.run(e.getValue(), dir, work.resolve("runs"));
                if (m.exitCode() != 0 && !PEERS.contains(e.getKey())) {
                    throw new IOException(String.join(" ", e.getValue()) + " failed with exit code " + m.exitCode()
                            + ":\n" + Processes.tail(m.output(), 20));
                }
                if (round >= warmups) {
                    measured.get(e.getKey()).add(m);
                }
            }
        }
        return measured;
    }

    private static void printRuns(
            Map<String, List<String>> commands, Map<String, List<Measured>> runs, PrintStream out) {
        for (Map.Entry<String, List<String>> e : commands.entrySet()) {
            List<Measured> ms = runs.get(e.getKey());
            Summary sum = Summary.of(ms);
            out.printf(
                    Locale.ROOT,
                    "%-20s median %7.2f s, CPU %6.2f s, peak RSS %5.0f MiB; runs %s s%n",
                    e.getKey(),
                    sum.seconds(),
                    sum.cpuSeconds(),
                    sum.rssMb(),
                    ms.stream()
                            .map(m -> String.format(Locale.ROOT, "%.2f", m.seconds()))
                            .toList());
            out.println("    command: "
                    + String.join(" ", e.getValue())
                            .replace(System.getProperty("java.class.path"), "<test classpath>"));
        }
    }

    static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    /**
     * The Maven command for the corpus project: offline, quiet, with this build's plugin staged in a
     * local repository of the benchmark's own that falls back on the user's for everything else.
     */
    private static List<String> maven(Settings s, String... goals) {
        List<String> command = new ArrayList<>(List.of(
                s.maven(),
                "-o",
                "-q",
                "-Dmaven.repo.local=" + s.work().resolve("repo"),
                "-Dmaven.repo.local.tail=" + s.localRepo()));
        command.addAll(List.of(goals));
        return command;
    }

    /** A pom-only project holding a copy of the corpus' {@code source/}, and this build's plugin staged for it. */
    private static Path corpusProject(Settings s) throws IOException {
        Path project = s.work().resolve("corpus-project");
        deleteTree(project);
        Files.createDirectories(project);
        copyTree(s.corpus().resolve("source"), project.resolve("source"));
        Files.writeString(project.resolve("pom.xml"), """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>corpus-docs</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build><plugins><plugin>
                    <groupId>io.github.docslint</groupId><artifactId>docslint-maven-plugin</artifactId>
                    <version>%s</version>
                  </plugin></plugins></build>
                </project>
                """.formatted(s.version()));
        return project;
    }

    /**
     * The plugin as {@code install} puts it in a local repository: the shaded jar (in {@code target/})
     * and the dependency-reduced pom (beside pom.xml) that {@code package} left, when the jar is not
     * older than the compiled classes (README's benchmark command installs first); otherwise a jar of
     * the compiled classes with the project's pom, whose dependencies Maven then resolves when it
     * loads the plugin, which costs it more.
     */
    static String stagePlugin(Settings s) throws IOException {
        if (!Files.isRegularFile(s.classes().resolve("META-INF/maven/plugin.xml"))) {
            throw new IOException(s.classes() + " has no META-INF/maven/plugin.xml: run the benchmark through Maven"
                    + " (./mvnw -q -Pbenchmark -DskipTests test), which generates the plugin descriptor");
        }
        String artifact = "docslint-maven-plugin-" + s.version();
        Path dir = s.work()
                .resolve("repo/io/github/docslint/docslint-maven-plugin")
                .resolve(s.version());
        Files.createDirectories(dir);
        Path target = s.classes().toAbsolutePath().getParent();
        Path shaded = target.resolve(artifact + ".jar");
        Path reducedPom = s.pom().toAbsolutePath().resolveSibling("dependency-reduced-pom.xml");
        if (Files.isRegularFile(shaded)
                && Files.isRegularFile(reducedPom)
                && !Files.getLastModifiedTime(shaded).toInstant().isBefore(newestClass(s.classes()))) {
            Files.copy(shaded, dir.resolve(artifact + ".jar"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(reducedPom, dir.resolve(artifact + ".pom"), StandardCopyOption.REPLACE_EXISTING);
            return "the packaged plugin: " + shaded.getFileName() + " (dependencies shaded in) and " + reducedPom;
        }
        Files.copy(s.pom(), dir.resolve(artifact + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        try (OutputStream file = Files.newOutputStream(dir.resolve(artifact + ".jar"));
                JarOutputStream jar = new JarOutputStream(file);
                Stream<Path> all = Files.walk(s.classes())) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(
                        new JarEntry(s.classes().relativize(p).toString().replace('\\', '/')));
                Files.copy(p, jar);
                jar.closeEntry();
            }
        }
        return "a jar of " + s.classes() + " with pom.xml, dependencies resolved by Maven (no packaged jar newer than"
                + " the classes: run ./mvnw -o install -DskipTests first to measure what users get)";
    }

    private static Instant newestClass(Path classes) throws IOException {
        try (Stream<Path> all = Files.walk(classes)) {
            return all.filter(Files::isRegularFile)
                    .map(p -> {
                        try {
                            return Files.getLastModifiedTime(p).toInstant();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .max(Instant::compareTo)
                    .orElse(Instant.EPOCH);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p :
                    all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String machine(Settings s) throws IOException, InterruptedException {
        String mavenVersion = "Maven not run";
        if (s.runs("process") || s.runs("peers")) {
            Process p = new ProcessBuilder(s.maven(), "-v")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            mavenVersion = text.lines()
                    .findFirst()
                    .orElse("?")
                    .replaceAll("\u001B\\[[;\\d]*m", "")
                    .strip();
        }
        return LinkBenchmark.machine() + ", " + mavenVersion + " (" + s.maven() + ")";
    }

    private static String load() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "load average unknown (" + e.getMessage() + ")";
        }
    }
}
