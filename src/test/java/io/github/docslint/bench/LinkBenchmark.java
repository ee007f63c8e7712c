package io.github.docslint.bench;

import io.github.docslint.links.CheckProgress;
import io.github.docslint.links.LinkCheckConfig;
import io.github.docslint.links.LinkChecker;
import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;
import io.github.docslint.links.Resolver;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Benchmarks the link checker on a Mattermost-shaped link set ({@link MattermostShapedLinks}) served
 * by one loopback server simulating every host ({@link SimulatedHosts}), at the default limits. It
 * prints, per run and as the median, the wall time against the lower bound the limits allow, the
 * requests made, whether the per-host limit was kept, and whether the broken links found are exactly
 * the truth. Run it with {@code ./mvnw -q -Pbenchmark -DskipTests test} (see README, Benchmarks).
 */
public final class LinkBenchmark {
    /** Every {@code *.test} host is the loopback server; anything else is not resolved, so nothing leaves the machine. */
    static final Resolver TEST_HOSTS_TO_LOOPBACK = host -> {
        if (host.toLowerCase(Locale.ROOT).endsWith(".test")) {
            return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        }
        throw new UnknownHostException(host + ": the benchmark resolves only *.test host names");
    };

    private LinkBenchmark() {}

    /** A link checker for one run, opened before the clock starts and closed after it stops. */
    interface Checker extends AutoCloseable {
        Map<String, LinkResult> check(List<String> urls) throws Exception;

        @Override
        void close();
    }

    @FunctionalInterface
    interface CheckerFactory {
        Checker open(LinkCheckConfig config, Resolver resolver);
    }

    /** The engine under test. */
    static final CheckerFactory ENGINE = (config, resolver) -> {
        LinkChecker checker = new LinkChecker(config, resolver);
        return new Checker() {
            @Override
            public Map<String, LinkResult> check(List<String> urls) {
                return checker.check(urls, CheckProgress.NONE);
            }

            @Override
            public void close() {
                checker.close();
            }
        };
    };

    /** What to run; blank or absent values take the defaults (the limits from {@link LinkCheckConfig#defaults()}). */
    record Settings(long latencyMs, int runs, int warmups, int concurrency, int perHost, long seed) {
        static final List<String> KEYS = List.of("latencyMs", "runs", "warmups", "concurrency", "perHost", "seed");

        Settings {
            if (latencyMs < 0 || runs < 1 || warmups < 0 || concurrency < 1 || perHost < 1) {
                throw new IllegalArgumentException("bad benchmark settings: " + this);
            }
        }

        static Settings defaults() {
            LinkCheckConfig d = LinkCheckConfig.defaults();
            return new Settings(100, 5, 1, d.concurrency(), d.perHostConcurrency(), 1761);
        }

        /** System properties {@code bench.KEY}, then arguments {@code KEY=VALUE} (or {@code --KEY=VALUE}) over them. */
        static Settings parse(String[] args, Properties properties) {
            Map<String, String> values = BenchSettings.read(KEYS, args, properties);
            Settings d = defaults();
            return new Settings(
                    Long.parseLong(values.getOrDefault("latencyMs", String.valueOf(d.latencyMs))),
                    Integer.parseInt(values.getOrDefault("runs", String.valueOf(d.runs))),
                    Integer.parseInt(values.getOrDefault("warmups", String.valueOf(d.warmups))),
                    Integer.parseInt(values.getOrDefault("concurrency", String.valueOf(d.concurrency))),
                    Integer.parseInt(values.getOrDefault("perHost", String.valueOf(d.perHost))),
                    Long.parseLong(values.getOrDefault("seed", String.valueOf(d.seed))));
        }

        Duration latency() {
            return Duration.ofMillis(latencyMs);
        }

        String command() {
            return "./mvnw -q -Pbenchmark -DskipTests test -Dbench.latencyMs=" + latencyMs + " -Dbench.runs=" + runs
                    + " -Dbench.warmups=" + warmups + " -Dbench.concurrency=" + concurrency + " -Dbench.perHost="
                    + perHost + " -Dbench.seed=" + seed;
        }
    }

    /** The defaults with private addresses allowed (the server is loopback) and the given limits. */
    static LinkCheckConfig config(int concurrency, int perHost) {
        return LinkCheckConfig.defaults().withLimits(concurrency, perHost).withAllowPrivate(true);
    }

    /**
     * The spec's bound: a host's links take at least {@code ceil(n / perHost)} latencies one after
     * another, so the largest host sets the floor.
     */
    static Duration perHostBound(Collection<Integer> urlsPerHost, int perHost, Duration latency) {
        long rounds =
                urlsPerHost.stream().mapToLong(n -> ceilDiv(n, perHost)).max().orElse(0);
        return latency.multipliedBy(rounds);
    }

    /** The global limit's floor: all links through {@code concurrency} slots. */
    static Duration overallBound(Collection<Integer> urlsPerHost, int concurrency, Duration latency) {
        int total = urlsPerHost.stream().mapToInt(Integer::intValue).sum();
        return latency.multipliedBy(ceilDiv(total, concurrency));
    }

    /** No checker within the limits can be faster (one request per link, every request one latency). */
    static Duration lowerBound(Collection<Integer> urlsPerHost, int concurrency, int perHost, Duration latency) {
        Duration a = perHostBound(urlsPerHost, perHost, latency);
        Duration b = overallBound(urlsPerHost, concurrency, latency);
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    static double median(double... values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The figures of one run. */
    record Run(
            String label,
            Duration wall,
            long requests,
            long head,
            long get,
            int urls,
            int results,
            int maxInFlightPerHost,
            long violations,
            Set<String> brokenFound,
            Set<String> brokenTruth,
            Map<LinkStatus, Integer> statuses) {
        double requestsPerUrl() {
            return urls == 0 ? 0 : (double) requests / urls;
        }

        boolean brokenExact() {
            return brokenFound.equals(brokenTruth);
        }
    }

    static Run runOnce(
            String label, Checker checker, List<String> urls, SimulatedHosts server, Set<String> truth, int perHost)
            throws Exception {
        server.reset();
        long t0 = System.nanoTime();
        Map<String, LinkResult> results = checker.check(urls);
        Duration wall = Duration.ofNanos(System.nanoTime() - t0);
        Map<LinkStatus, Integer> statuses = new EnumMap<>(LinkStatus.class);
        Set<String> broken = new TreeSet<>();
        results.forEach((url, r) -> {
            statuses.merge(r.status(), 1, Integer::sum);
            if (r.status() == LinkStatus.BROKEN) {
                broken.add(url);
            }
        });
        return new Run(
                label,
                wall,
                server.requests(),
                server.requests("HEAD"),
                server.requests("GET"),
                urls.size(),
                results.size(),
                server.maxInFlightPerHost(),
                server.arrivalsAbove(perHost),
                broken,
                new TreeSet<>(truth),
                statuses);
    }

    /** Runs the warm-ups and the measured runs, printing as it goes; returns the measured runs. */
    static List<Run> benchmark(Settings s, LinkSet set, CheckerFactory factory, PrintStream out) throws Exception {
        LinkCheckConfig config = config(s.concurrency(), s.perHost());
        Map<String, Integer> perHost = set.urlsPerHost();
        Duration bound = lowerBound(perHost.values(), s.concurrency(), s.perHost(), s.latency());
        try (SimulatedHosts server = SimulatedHosts.start(s.latency(), set.brokenKeys(), set.headRefusingHosts())) {
            List<String> urls = set.urls(server.port());
            Set<String> truth = set.brokenUrls(server.port());
            header(s, set, server, out);
            out.printf(
                    Locale.ROOT,
                    "%-8s %8s %8s %6s %9s %7s %7s %8s %8s %10s %13s  %s%n",
                    "run",
                    "wall s",
                    "bound s",
                    "ratio",
                    "requests",
                    "HEAD",
                    "GET",
                    "req/URL",
                    "max/host",
                    "violations",
                    "broken/truth",
                    "statuses");
            List<Run> measured = new ArrayList<>();
            for (int i = 0; i < s.warmups() + s.runs(); i++) {
                String label = i < s.warmups() ? "warm-up" : String.valueOf(i - s.warmups() + 1);
                Run run;
                try (Checker checker = factory.open(config, TEST_HOSTS_TO_LOOPBACK)) {
                    run = runOnce(label, checker, urls, server, truth, s.perHost());
                }
                print(run, bound, out);
                if (i >= s.warmups()) {
                    measured.add(run);
                }
            }
            summary(measured, bound, s, out);
            return measured;
        }
    }

    private static void header(Settings s, LinkSet set, SimulatedHosts server, PrintStream out) {
        Map<String, Integer> perHost = set.urlsPerHost();
        int largest =
                perHost.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int onRefusing = set.headRefusingHosts().stream()
                .mapToInt(h -> perHost.getOrDefault(h, 0))
                .sum();
        out.println("docslint link-check benchmark");
        out.println("machine: " + machine());
        out.println("reproduce: " + s.command());
        out.printf(
                Locale.ROOT,
                "links: %d unique URLs on %d hosts (largest %d), %d broken (404), %d hosts answer 405 to HEAD"
                        + " (%d URLs on them), seed %d%n",
                set.links().size(),
                perHost.size(),
                largest,
                set.brokenKeys().size(),
                set.headRefusingHosts().size(),
                onRefusing,
                s.seed());
        out.printf(
                Locale.ROOT,
                "limits: concurrency %d, perHostConcurrency %d; latency %d ms per request (loopback server on port"
                        + " %d, %d workers)%n",
                s.concurrency(),
                s.perHost(),
                s.latencyMs(),
                server.port(),
                SimulatedHosts.WORKERS);
        out.printf(
                Locale.ROOT,
                "lower bound: %.2f s = max(per host: ceil(%d / %d) x %d ms = %.2f s, overall: ceil(%d / %d) x %d ms"
                        + " = %.2f s)%n",
                seconds(lowerBound(perHost.values(), s.concurrency(), s.perHost(), s.latency())),
                largest,
                s.perHost(),
                s.latencyMs(),
                seconds(perHostBound(perHost.values(), s.perHost(), s.latency())),
                set.links().size(),
                s.concurrency(),
                s.latencyMs(),
                seconds(overallBound(perHost.values(), s.concurrency(), s.latency())));
    }

    private static void print(Run r, Duration bound, PrintStream out) {
        String broken = r.brokenFound().size() + "/" + r.brokenTruth().size() + (r.brokenExact() ? " equal" : " DIFF");
        out.printf(
                Locale.ROOT,
                "%-8s %8.2f %8.2f %6.2f %9d %7d %7d %8.3f %8d %10d %13s  %s%n",
                r.label(),
                seconds(r.wall()),
                seconds(bound),
                ratio(r.wall(), bound),
                r.requests(),
                r.head(),
                r.get(),
                r.requestsPerUrl(),
                r.maxInFlightPerHost(),
                r.violations(),
                broken,
                statuses(r));
        if (!r.brokenExact()) {
            Set<String> missing = new TreeSet<>(r.brokenTruth());
            missing.removeAll(r.brokenFound());
            Set<String> extra = new TreeSet<>(r.brokenFound());
            extra.removeAll(r.brokenTruth());
            out.println("         broken not found: " + first(missing) + "; reported broken, not in truth: "
                    + first(extra));
        }
        if (r.results() != r.urls()) {
            out.printf(Locale.ROOT, "         %d results for %d URLs%n", r.results(), r.urls());
        }
    }

    private static void summary(List<Run> runs, Duration bound, Settings s, PrintStream out) {
        double wall = med(runs, r -> seconds(r.wall()));
        long exact = runs.stream().filter(Run::brokenExact).count();
        out.printf(
                Locale.ROOT,
                "%-8s %8.2f %8.2f %6.2f %9.0f %7.0f %7.0f %8.3f %8.0f %10.0f %13s%n",
                "median",
                wall,
                seconds(bound),
                bound.isZero() ? 0 : wall / seconds(bound),
                med(runs, r -> r.requests()),
                med(runs, r -> r.head()),
                med(runs, r -> r.get()),
                med(runs, Run::requestsPerUrl),
                med(runs, r -> r.maxInFlightPerHost()),
                med(runs, r -> r.violations()),
                exact + "/" + runs.size() + " equal");
        out.printf(
                Locale.ROOT,
                "worst of %d runs: wall %.2f s, max in flight to one host %d (limit %d), %d limit violations,"
                        + " broken set exact in %d of %d runs%n",
                runs.size(),
                runs.stream().mapToDouble(r -> seconds(r.wall())).max().orElse(0),
                runs.stream().mapToInt(Run::maxInFlightPerHost).max().orElse(0),
                s.perHost(),
                runs.stream().mapToLong(Run::violations).sum(),
                exact,
                runs.size());
    }

    private static double med(List<Run> runs, ToDoubleFunction<Run> f) {
        return median(runs.stream().mapToDouble(f).toArray());
    }

    private static String statuses(Run r) {
        return r.statuses().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String first(Set<String> urls) {
        List<String> l = new ArrayList<>(urls);
        return urls.size() <= 3 ? l.toString() : l.subList(0, 3) + " and " + (urls.size() - 3) + " more";
    }

    /** Cores, OS, Java and heap of this JVM, for every benchmark's header. */
    static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(
                Locale.ROOT,
                "%d cores, %s %s %s, Java %s (%s %s), max heap %d MiB",
                rt.availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                System.getProperty("java.vendor"),
                rt.maxMemory() >> 20);
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    static double ratio(Duration wall, Duration bound) {
        return bound.isZero() ? 0 : (double) wall.toNanos() / bound.toNanos();
    }

    static final Path CORPUS = Path.of("../shared/corpus/mattermost-docs");

    public static void main(String[] args) {
        if (!PerfBenchmark.selected(System.getProperty("bench.only"), "links")) {
            return;
        }
        Settings s;
        try {
            s = Settings.parse(args, System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("LinkBenchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            // the corpus' own host sizes when it is there (github.com holds 430 beside the largest
            // host's 470), otherwise the synthetic curve with the same totals
            Optional<int[]> real = MattermostShapedLinks.corpusHostSizes(CORPUS);
            System.out.println("shape: "
                    + (real.isPresent()
                            ? "host sizes of the corpus' links (" + CORPUS + ")"
                            : "synthetic (Zipf-like; " + CORPUS + " not found)"));
            LinkSet links = MattermostShapedLinks.shapedOrGenerated(real, s.seed());
            benchmark(s, links, ENGINE, System.out);
        } catch (Exception e) {
            System.out.flush();
            System.err.println("LinkBenchmark: the run failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }
}
