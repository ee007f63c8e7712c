package io.github.docslint.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.docslint.links.LinkCheckConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Sphinx's {@code linkcheck} builder and docslint (the installed Maven plugin, run by Maven on a pom
 * beside the tree) check one generated Sphinx tree of Mattermost-shaped {@code http://} links, both
 * through {@link SimulatedHosts} as their plain-http forward proxy ({@code http_proxy} for Sphinx, a
 * settings.xml {@code <proxy>} for Maven), so no name is looked up in DNS and the server counts every
 * request. Each run, in alternating order: Sphinx, docslint cold (no cache), docslint warm (the cache
 * the cold run left, within its TTL) and docslint static-only ({@code docslint.links.skip}). It prints
 * wall times, requests, the largest in-flight count per host and the broken links found against the
 * server's truth, then medians and the ratios of each run. See README, Benchmarks.
 */
public final class SphinxLinkcheckBenchmark {
    /** linkcheck_workers' default in Sphinx 5.3. */
    static final int SPHINX_WORKERS = 5;

    private SphinxLinkcheckBenchmark() {}

    /** Blank or absent values take the defaults. */
    record Settings(
            long latencyMs,
            int runs,
            long seed,
            Path work,
            String python,
            Path mvnw,
            String pluginVersion,
            String repoLocal,
            String only) {
        static final List<String> KEYS =
                List.of("latencyMs", "runs", "seed", "work", "python", "mvnw", "pluginVersion", "repoLocal", "only");

        static Settings parse(String[] args, Properties properties) {
            Map<String, String> v = BenchSettings.read(KEYS, args, properties);
            Settings s = new Settings(
                    Long.parseLong(v.getOrDefault("latencyMs", "100")),
                    Integer.parseInt(v.getOrDefault("runs", "3")),
                    Long.parseLong(v.getOrDefault("seed", "1761")),
                    Path.of(v.getOrDefault("work", "/tmp/docslint-sphinx-bench")),
                    v.getOrDefault("python", "/usr/bin/python3"),
                    Path.of(v.getOrDefault("mvnw", "mvnw")).toAbsolutePath(),
                    v.getOrDefault("pluginVersion", ""),
                    v.getOrDefault("repoLocal", ""),
                    v.getOrDefault("only", ""));
            if (s.latencyMs < 0 || s.runs < 1) {
                throw new IllegalArgumentException("bad benchmark settings: latencyMs >= 0 and runs >= 1, got " + s);
            }
            return s;
        }

        /** {@code bench.only} names the benchmarks to run (comma-separated); this one is {@code sphinx}. */
        boolean skipped() {
            return !PerfBenchmark.selected(only, "sphinx");
        }

        String command() {
            return "./mvnw -q -Pbenchmark -DskipTests test -Dbench.only=sphinx -Dbench.latencyMs=" + latencyMs
                    + " -Dbench.sphinxRuns=" + runs + " -Dbench.seed=" + seed
                    + (repoLocal.isBlank() ? "" : " -Dbench.repoLocal=" + repoLocal);
        }
    }

    enum Mode {
        SPHINX("sphinx"),
        COLD("docslint"),
        WARM("docslint warm"),
        STATIC("docslint static");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    /** One tool run as the server saw it; {@code broken} holds server keys ({@link SimulatedHosts#key}). */
    record Measure(
            Mode mode,
            Duration wall,
            long requests,
            long proxied,
            int maxInFlightPerHost,
            int connections,
            Duration firstRequest,
            Duration largestSpan,
            double cpuSeconds,
            int urlsReported,
            Set<String> broken,
            Set<String> requested) {}

    /** The server's key of a URL: lower-case host, then raw path and query. */
    static String key(String url) {
        URI u = URI.create(url);
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return SimulatedHosts.key(u.getHost(), u.getRawQuery() == null ? path : path + "?" + u.getRawQuery());
    }

    /**
     * The broken URLs (as keys) and the number of distinct URLs in a Sphinx {@code output.json} or a
     * docslint {@code links.jsonl}: both one JSON object per line with {@code uri} and {@code status}.
     */
    record Report(Set<String> broken, int urls) {
        static Report read(Path jsonLines) throws IOException {
            Set<String> broken = new TreeSet<>();
            Set<String> all = new TreeSet<>();
            for (String line : Files.readAllLines(jsonLines, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                String uri = o.get("uri").getAsString();
                if (!uri.startsWith("http://")) {
                    continue;
                }
                all.add(key(uri));
                if ("broken".equals(o.get("status").getAsString())) {
                    broken.add(key(uri));
                }
            }
            return new Report(broken, all.size());
        }
    }

    /** Runs a command in {@code dir} with its output in {@code log}; returns its exit code. */
    static int run(List<String> command, Path dir, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        // nothing bypasses the proxy, and no https_proxy: every link is http://
        for (String name : List.of("no_proxy", "NO_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")) {
            pb.environment().remove(name);
        }
        pb.environment().putAll(env);
        return pb.start().waitFor();
    }

    static Path pluginJar(Settings s) {
        Path repo = s.repoLocal().isBlank()
                ? Path.of(System.getProperty("user.home"), ".m2", "repository")
                : Path.of(s.repoLocal());
        return repo.resolve("io/github/docslint/docslint-maven-plugin/" + s.pluginVersion() + "/docslint-maven-plugin-"
                + s.pluginVersion() + ".jar");
    }

    static List<String> mavenCommand(Settings s, Path settingsXml, boolean linksSkip) {
        List<String> cmd =
                new ArrayList<>(List.of(s.mvnw().toString(), "-B", "-q", "-nsu", "-s", settingsXml.toString()));
        if (!s.repoLocal().isBlank()) {
            // head repository holding this build of the plugin, the user's as read-only tail for the rest
            cmd.add("-Dmaven.repo.local=" + s.repoLocal());
            cmd.add("-Dmaven.repo.local.tail=" + Path.of(System.getProperty("user.home"), ".m2", "repository"));
        }
        cmd.add("io.github.docslint:docslint-maven-plugin:" + s.pluginVersion() + ":check");
        cmd.add("-Ddocslint.failOnViolation=false");
        if (linksSkip) {
            cmd.add("-Ddocslint.links.skip=true");
        }
        return cmd;
    }

    static List<String> sphinxCommand(Settings s, Path tree, Path out) {
        return List.of(s.python(), "-m", "sphinx", "-b", "linkcheck", "-q", tree.toString(), out.toString());
    }

    static Measure measure(Mode mode, Settings s, Path tree, SimulatedHosts server, String largestHost)
            throws Exception {
        Path logs = s.work().resolve("logs");
        Files.createDirectories(logs);
        Path log = logs.resolve(mode.name().toLowerCase(Locale.ROOT) + ".log");
        Path settingsXml = s.work().resolve("settings.xml");
        Path report;
        List<String> command;
        Map<String, String> env;
        if (mode == Mode.SPHINX) {
            Path out = s.work().resolve("sphinx-out");
            SphinxTree.deleteTree(out);
            report = out.resolve("output.json");
            command = sphinxCommand(s, tree, out);
            String proxy = "http://127.0.0.1:" + server.port();
            env = Map.of("http_proxy", proxy, "HTTP_PROXY", proxy);
        } else {
            Path target = tree.resolve("target");
            if (mode != Mode.WARM) {
                SphinxTree.deleteTree(target); // the cache file and the reports
            } else {
                Files.deleteIfExists(target.resolve("docslint/links.jsonl"));
            }
            report = target.resolve("docslint/links.jsonl");
            command = mavenCommand(s, settingsXml, mode == Mode.STATIC);
            env = Map.of();
        }
        Path cpu = logs.resolve(mode.name().toLowerCase(Locale.ROOT) + ".cpu");
        Files.deleteIfExists(cpu);
        if (Files.isExecutable(TIME)) {
            // user + system seconds of the tool and its children: what the shared machine's load does
            // not stretch, unlike wall time
            List<String> timed = new ArrayList<>(List.of(TIME.toString(), "-f", "%U %S", "-o", cpu.toString()));
            timed.addAll(command);
            command = timed;
        }
        server.reset();
        long t0 = System.nanoTime();
        int exit = run(command, tree, env, log);
        Duration wall = Duration.ofNanos(System.nanoTime() - t0);
        boolean sphinxFoundBroken = mode == Mode.SPHINX && exit == 1; // linkcheck exits 1 on broken links
        if ((exit != 0 && !sphinxFoundBroken) || !Files.exists(report)) {
            throw new IllegalStateException(mode.label + " failed (exit " + exit + ", " + report + " "
                    + (Files.exists(report) ? "written" : "missing") + "): " + String.join(" ", command)
                    + "; see " + log);
        }
        Report r = Report.read(report);
        long first = server.firstArrival().orElse(t0 + wall.toNanos());
        return new Measure(
                mode,
                wall,
                server.requests(),
                server.proxiedRequests(),
                server.maxInFlightPerHost(),
                server.connections(),
                Duration.ofNanos(first - t0),
                server.span(largestHost),
                cpuSeconds(cpu),
                r.urls(),
                r.broken(),
                server.requestedKeys());
    }

    static final Path TIME = Path.of("/usr/bin/time");

    /** The user + system seconds /usr/bin/time wrote ({@code %U %S}), or NaN when it did not. */
    static double cpuSeconds(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Double.NaN;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        String[] f = last.split("\\s+");
        try {
            return Double.parseDouble(f[0]) + Double.parseDouble(f[1]);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    public static void main(String[] args) {
        Settings s;
        try {
            s = Settings.parse(args, System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("SphinxLinkcheckBenchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (s.skipped()) {
            System.out.println("SphinxLinkcheckBenchmark: skipped (bench.only=" + s.only() + ")");
            return;
        }
        try {
            Optional<String> missing = missingTools(s);
            if (missing.isPresent()) {
                System.out.println("SphinxLinkcheckBenchmark: skipped: " + missing.get());
                return;
            }
            benchmark(s, System.out);
        } catch (Exception e) {
            System.out.flush();
            System.err.println("SphinxLinkcheckBenchmark: the run failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** Why the benchmark cannot run here, if it cannot: Sphinx or the installed plugin missing. */
    static Optional<String> missingTools(Settings s) throws IOException, InterruptedException {
        Files.createDirectories(s.work());
        Path log = s.work().resolve("sphinx-version.log");
        int exit;
        try {
            exit = run(List.of(s.python(), "-m", "sphinx", "--version"), s.work(), Map.of(), log);
        } catch (IOException e) {
            exit = -1;
        }
        if (exit != 0) {
            return Optional.of(s.python() + " -m sphinx does not run; install Debian's Sphinx with"
                    + " 'apt-get install -y python3-sphinx' (or set -Dbench.python=...)");
        }
        if (s.pluginVersion().isBlank()) {
            return Optional.of("no plugin version: set -Dbench.pluginVersion=... (the benchmark profile passes"
                    + " ${project.version})");
        }
        if (!Files.exists(pluginJar(s))) {
            return Optional.of(pluginJar(s) + " is missing; install the plugin first with"
                    + " './mvnw -q install -DskipTests -Dinvoker.skip'"
                    + (s.repoLocal().isBlank() ? "" : " -Dmaven.repo.local=" + s.repoLocal()));
        }
        return Optional.empty();
    }

    static void benchmark(Settings s, PrintStream out) throws Exception {
        Duration latency = Duration.ofMillis(s.latencyMs());
        Optional<int[]> real = MattermostShapedLinks.corpusHostSizes(LinkBenchmark.CORPUS);
        LinkSet set = MattermostShapedLinks.shapedOrGenerated(real, s.seed());
        List<List<String>> pages = SphinxTree.pages(set, s.seed());
        Path tree = s.work().resolve("tree");
        SphinxTree.write(tree, pages, s.pluginVersion());
        Set<String> truth = new TreeSet<>(set.brokenKeys());
        Map<String, Integer> perHost = set.urlsPerHost();
        String largestHost = perHost.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        int perHostLimit = LinkCheckConfig.defaults().perHostConcurrency();
        Duration bound = LinkBenchmark.perHostBound(perHost.values(), perHostLimit, latency);
        int sphinxWorkers = SPHINX_WORKERS;
        Duration sphinxFloor = LinkBenchmark.overallBound(perHost.values(), sphinxWorkers, latency);

        try (SimulatedHosts server = SimulatedHosts.start(latency, set.brokenKeys(), set.headRefusingHosts())) {
            SphinxTree.write(s.work().resolve("settings.xml"), SphinxTree.settings(server.port()));
            header(s, set, pages, bound, sphinxFloor, perHostLimit, sphinxWorkers, server, out);
            out.printf(
                    Locale.ROOT,
                    "%-4s %-16s %8s %6s %9s %8s %6s %8s %9s %9s %6s %13s%n",
                    "run",
                    "tool",
                    "wall s",
                    "cpu s",
                    "requests",
                    "proxied",
                    "conns",
                    "max/host",
                    "1st req s",
                    "largest s",
                    "URLs",
                    "broken/truth");
            Map<Mode, List<Measure>> all = new LinkedHashMap<>();
            for (Mode m : Mode.values()) {
                all.put(m, new ArrayList<>());
            }
            for (int i = 1; i <= s.runs(); i++) {
                // alternate which tool goes first, so a drift of the shared machine's load hits both
                List<Mode> order = i % 2 == 1
                        ? List.of(Mode.SPHINX, Mode.COLD, Mode.WARM, Mode.STATIC)
                        : List.of(Mode.STATIC, Mode.COLD, Mode.WARM, Mode.SPHINX);
                for (Mode m : order) {
                    Measure measure = measure(m, s, tree, server, largestHost);
                    all.get(m).add(measure);
                    print(String.valueOf(i), measure, truth, out);
                }
            }
            summary(all, truth, bound, sphinxFloor, out);
        }
    }

    private static void header(
            Settings s,
            LinkSet set,
            List<List<String>> pages,
            Duration bound,
            Duration sphinxFloor,
            int perHostLimit,
            int sphinxWorkers,
            SimulatedHosts server,
            PrintStream out) {
        Runtime rt = Runtime.getRuntime();
        int appearances = pages.stream().mapToInt(List::size).sum();
        int largest = set.urlsPerHost().values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        out.println("Sphinx linkcheck vs docslint through one simulated forward proxy");
        out.printf(
                Locale.ROOT,
                "machine: %d cores, %s %s %s, Java %s; load: %s%n",
                rt.availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                loadAverage());
        out.println("reproduce: " + s.command());
        out.println("sphinx:   " + String.join(" ", sphinxCommand(s, Path.of("TREE"), Path.of("OUT")))
                + "  (http_proxy=HTTP_PROXY=http://127.0.0.1:" + server.port() + ", default settings: "
                + sphinxWorkers + " workers)");
        out.println("docslint: " + String.join(" ", mavenCommand(s, Path.of("settings.xml"), false))
                + "  (settings.xml: http proxy 127.0.0.1:" + server.port() + "; default settings; static-only adds"
                + " -Ddocslint.links.skip=true; warm keeps target/docslint/link-cache.json)");
        out.printf(
                Locale.ROOT,
                "tree: %s, %d pages, %d link appearances of %d unique http:// URLs on %d hosts (largest %d),"
                        + " %d broken (404), %d hosts answer 405 to HEAD, seed %d%n",
                s.work().resolve("tree"),
                pages.size(),
                appearances,
                set.links().size(),
                set.urlsPerHost().size(),
                largest,
                set.brokenKeys().size(),
                set.headRefusingHosts().size(),
                s.seed());
        out.printf(
                Locale.ROOT,
                "latency %d ms per request; per-host lower bound: ceil(%d / %d) x %d ms x 1 request per URL = %.2f s;"
                        + " Sphinx's floor at %d workers: ceil(%d / %d) x %d ms = %.2f s%n",
                s.latencyMs(),
                largest,
                perHostLimit,
                s.latencyMs(),
                LinkBenchmark.seconds(bound),
                sphinxWorkers,
                set.links().size(),
                sphinxWorkers,
                s.latencyMs(),
                LinkBenchmark.seconds(sphinxFloor));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void print(String run, Measure m, Set<String> truth, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%-4s %-16s %8.2f %6.1f %9d %8d %6d %8d %9.2f %9.2f %6d %13s%n",
                run,
                m.mode().label,
                LinkBenchmark.seconds(m.wall()),
                m.cpuSeconds(),
                m.requests(),
                m.proxied(),
                m.connections(),
                m.maxInFlightPerHost(),
                LinkBenchmark.seconds(m.firstRequest()),
                LinkBenchmark.seconds(m.largestSpan()),
                m.urlsReported(),
                m.mode() == Mode.STATIC
                        ? "(not checked)"
                        : m.broken().size() + "/" + truth.size() + (m.broken().equals(truth) ? " equal" : " DIFF"));
        if (m.mode() != Mode.STATIC && !m.broken().equals(truth)) {
            Set<String> missing = new TreeSet<>(truth);
            missing.removeAll(m.broken());
            Set<String> extra = new TreeSet<>(m.broken());
            extra.removeAll(truth);
            out.println("     not found: " + first(missing) + "; not in truth: " + first(extra));
        }
        if (m.mode() == Mode.WARM) {
            Set<String> notBroken = new TreeSet<>(m.requested());
            notBroken.removeAll(truth);
            out.println("     warm run requested " + m.requested().size() + " URLs, " + notBroken.size()
                    + " of them not broken" + (notBroken.isEmpty() ? "" : ": " + first(notBroken)));
        }
    }

    private static String first(Set<String> keys) {
        List<String> l = new ArrayList<>(keys);
        return keys.size() <= 3 ? l.toString() : l.subList(0, 3) + " and " + (keys.size() - 3) + " more";
    }

    private static double med(List<Measure> runs, ToDoubleFunction<Measure> f) {
        return LinkBenchmark.median(runs.stream().mapToDouble(f).toArray());
    }

    /** Per-run ratios {@code a[i] / b[i]} (same run, same machine load), then their median. */
    private static double medianRatio(List<Measure> a, List<Measure> b) {
        return medianRatio(a, b, m -> LinkBenchmark.seconds(m.wall()));
    }

    private static double medianRatio(List<Measure> a, List<Measure> b, ToDoubleFunction<Measure> f) {
        double[] r = new double[a.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = f.applyAsDouble(a.get(i)) / f.applyAsDouble(b.get(i));
        }
        return LinkBenchmark.median(r);
    }

    private static void summary(
            Map<Mode, List<Measure>> all, Set<String> truth, Duration bound, Duration sphinxFloor, PrintStream out) {
        out.println("medians of " + all.get(Mode.COLD).size() + " runs (conns: TCP connections to the proxy; 1st req:"
                + " from the tool's start to its first request; largest: from the largest host's first request to"
                + " its last answer):");
        for (var e : all.entrySet()) {
            List<Measure> runs = e.getValue();
            long exact = runs.stream().filter(m -> m.broken().equals(truth)).count();
            out.printf(
                    Locale.ROOT,
                    "     %-16s %8.2f %6.1f %9.0f %8.0f %6.0f %8.0f %9.2f %9.2f %6.0f %13s%n",
                    e.getKey().label,
                    med(runs, m -> LinkBenchmark.seconds(m.wall())),
                    med(runs, Measure::cpuSeconds),
                    med(runs, Measure::requests),
                    med(runs, Measure::proxied),
                    med(runs, Measure::connections),
                    med(runs, Measure::maxInFlightPerHost),
                    med(runs, m -> LinkBenchmark.seconds(m.firstRequest())),
                    med(runs, m -> LinkBenchmark.seconds(m.largestSpan())),
                    med(runs, Measure::urlsReported),
                    e.getKey() == Mode.STATIC ? "(not checked)" : exact + "/" + runs.size() + " equal");
        }
        List<Measure> sphinx = all.get(Mode.SPHINX);
        List<Measure> cold = all.get(Mode.COLD);
        List<Measure> warm = all.get(Mode.WARM);
        List<Measure> statics = all.get(Mode.STATIC);
        double[] linkTime = new double[cold.size()];
        double[] boundRatio = new double[cold.size()];
        for (int i = 0; i < cold.size(); i++) {
            linkTime[i] = LinkBenchmark.seconds(cold.get(i).wall())
                    - LinkBenchmark.seconds(statics.get(i).wall());
            boundRatio[i] = LinkBenchmark.seconds(cold.get(i).wall()) / LinkBenchmark.seconds(bound);
        }
        double linkMedian = LinkBenchmark.median(linkTime);
        out.printf(
                Locale.ROOT,
                "docslint cold: first request after %.2f s (Maven start, reading the tree), the largest host's"
                        + " requests took %.2f s = %.2f x its bound %.2f s%n",
                med(cold, m -> LinkBenchmark.seconds(m.firstRequest())),
                med(cold, m -> LinkBenchmark.seconds(m.largestSpan())),
                med(cold, m -> LinkBenchmark.seconds(m.largestSpan())) / LinkBenchmark.seconds(bound),
                LinkBenchmark.seconds(bound));
        out.printf(
                Locale.ROOT,
                "ratios (median of per-run ratios): sphinx / docslint %.2f (target >= 3);"
                        + " docslint / per-host bound %.2f (target <= 1.3), its link time (cold - static-only,"
                        + " median %.2f s) / bound %.2f; warm / static-only %.2f (target <= 1.2);"
                        + " sphinx / its %d-worker floor %.2f%n",
                medianRatio(sphinx, cold),
                LinkBenchmark.median(boundRatio),
                linkMedian,
                linkMedian / LinkBenchmark.seconds(bound),
                medianRatio(warm, statics),
                SPHINX_WORKERS,
                med(sphinx, m -> LinkBenchmark.seconds(m.wall())) / LinkBenchmark.seconds(sphinxFloor));
        out.printf(
                Locale.ROOT,
                "load-robust ratios: sphinx / docslint from first request to end %.2f (start-up left out);"
                        + " warm / static-only CPU seconds %.2f; cold / static-only CPU seconds %.2f%n",
                medianRatio(sphinx, cold, m -> LinkBenchmark.seconds(m.wall().minus(m.firstRequest()))),
                medianRatio(warm, statics, Measure::cpuSeconds),
                medianRatio(cold, statics, Measure::cpuSeconds));
        long direct = all.values().stream()
                .flatMap(List::stream)
                .mapToLong(m -> m.requests() - m.proxied())
                .sum();
        out.println("requests that did not come through the proxy (absolute-form) in all runs: " + direct
                + "; load at the end: " + loadAverage());
    }
}
