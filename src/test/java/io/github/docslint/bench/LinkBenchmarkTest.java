package io.github.docslint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docslint.links.LinkCheckConfig;
import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

class LinkBenchmarkTest {

    @Test
    void theLowerBoundIsTheLargestHostsRoundsTimesTheLatency() {
        Duration latency = Duration.ofMillis(100);
        assertThat(LinkBenchmark.perHostBound(List.of(470, 10, 1), 4, latency)).isEqualTo(Duration.ofMillis(11_800));
        assertThat(LinkBenchmark.perHostBound(List.of(4), 4, latency)).isEqualTo(latency);
        assertThat(LinkBenchmark.perHostBound(List.of(5), 4, latency)).isEqualTo(Duration.ofMillis(200));
        assertThat(LinkBenchmark.perHostBound(List.of(), 4, latency)).isZero();
    }

    @Test
    void theOverallLimitRaisesTheBoundWhenItIsTheTighterOne() {
        Duration latency = Duration.ofMillis(100);
        // 100 one-link hosts through 10 slots: 10 rounds, though each host alone needs one
        List<Integer> many = java.util.Collections.nCopies(100, 1);
        assertThat(LinkBenchmark.perHostBound(many, 4, latency)).isEqualTo(latency);
        assertThat(LinkBenchmark.lowerBound(many, 10, 4, latency)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theMattermostShapeAtDefaultLimitsIsBoundedBy118Rounds() {
        LinkCheckConfig d = LinkCheckConfig.defaults();
        var perHost = MattermostShapedLinks.generate(1).urlsPerHost().values();
        assertThat(LinkBenchmark.lowerBound(perHost, d.concurrency(), d.perHostConcurrency(), Duration.ofMillis(100)))
                .isEqualTo(Duration.ofMillis(11_800));
        assertThat(LinkBenchmark.overallBound(perHost, d.concurrency(), Duration.ofMillis(100)))
                .isEqualTo(Duration.ofMillis(5_600));
    }

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(LinkBenchmark.median(5, 1, 3)).isEqualTo(3);
        assertThat(LinkBenchmark.median(4, 1, 3, 2)).isEqualTo(2.5);
        assertThat(LinkBenchmark.median(7)).isEqualTo(7);
    }

    @Test
    void theConfigIsTheDefaultsWithPrivateAddressesAllowedAndTheGivenLimits() {
        LinkCheckConfig d = LinkCheckConfig.defaults();
        LinkCheckConfig c = LinkBenchmark.config(d.concurrency(), d.perHostConcurrency());
        assertThat(c.allowPrivate()).isTrue();
        assertThat(c).usingRecursiveComparison().ignoringFields("allowPrivate").isEqualTo(d);
        assertThat(LinkBenchmark.config(8, 2).concurrency()).isEqualTo(8);
        assertThat(LinkBenchmark.config(8, 2).perHostConcurrency()).isEqualTo(2);
    }

    @Test
    void testHostsResolveToLoopbackAndOthersNotAtAll() throws Exception {
        var addresses = LinkBenchmark.TEST_HOSTS_TO_LOOPBACK.resolve("h042.test");
        assertThat(addresses).hasSize(1);
        assertThat(addresses[0].getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(addresses[0].getHostName()).isEqualTo("h042.test");
        assertThatThrownBy(() -> LinkBenchmark.TEST_HOSTS_TO_LOOPBACK.resolve("example.com"))
                .isInstanceOf(UnknownHostException.class);
    }

    @Test
    void settingsComeFromDefaultsThenPropertiesThenArguments() {
        LinkCheckConfig d = LinkCheckConfig.defaults();
        LinkBenchmark.Settings none = LinkBenchmark.Settings.parse(new String[0], new Properties());
        assertThat(none)
                .isEqualTo(new LinkBenchmark.Settings(100, 5, 1, d.concurrency(), d.perHostConcurrency(), 1761));
        Properties p = new Properties();
        p.setProperty("bench.runs", "3");
        p.setProperty("bench.perHost", "2");
        p.setProperty("bench.concurrency", " "); // the Maven profile passes unset properties as blank
        LinkBenchmark.Settings s = LinkBenchmark.Settings.parse(new String[] {"--perHost=6", "latencyMs=20"}, p);
        assertThat(s).isEqualTo(new LinkBenchmark.Settings(20, 3, 1, d.concurrency(), 6, 1761));
        assertThat(s.command()).contains("-Pbenchmark", "-Dbench.latencyMs=20", "-Dbench.runs=3", "-Dbench.perHost=6");
        assertThatThrownBy(() -> LinkBenchmark.Settings.parse(new String[] {"latency=5"}, new Properties()))
                .hasMessageContaining("unknown argument");
        assertThatThrownBy(() -> LinkBenchmark.Settings.parse(new String[] {"runs=0"}, new Properties()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPoliteCheckerIsMeasuredWithinTheLimitFindingExactlyTheBrokenLinks() throws Exception {
        LinkSet set = MattermostShapedLinks.shaped(60, 6, 24, 0.1, 0.34, 5);
        LinkBenchmark.Settings s = new LinkBenchmark.Settings(20, 2, 1, 8, 2, 5);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<LinkBenchmark.Run> runs;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            runs = LinkBenchmark.benchmark(s, set, (config, resolver) -> jdkChecker(config, true), out);
        }
        int onRefusing = set.headRefusingHosts().stream()
                .mapToInt(h -> set.urlsPerHost().get(h))
                .sum();
        assertThat(onRefusing).isPositive();
        assertThat(runs).hasSize(2).allSatisfy(r -> {
            assertThat(r.brokenExact()).isTrue();
            assertThat(r.brokenFound()).hasSize(6);
            assertThat(r.head()).isEqualTo(60);
            assertThat(r.get()).isEqualTo(onRefusing); // the GET fallback, once per link on those hosts
            assertThat(r.requests()).isEqualTo(60L + onRefusing);
            assertThat(r.maxInFlightPerHost()).isBetween(1, 2);
            assertThat(r.violations()).isZero();
            assertThat(r.wall()).isGreaterThanOrEqualTo(Duration.ofMillis(12 * 20));
        });
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(report)
                .contains(
                        "machine: ",
                        "reproduce: ./mvnw -q -Pbenchmark",
                        "links: 60 unique URLs on 6 hosts (largest 24)")
                .contains("lower bound: 0.24 s")
                .containsPattern("(?m)^warm-up .* 6/6 equal  WORKING 54, BROKEN 6$")
                .containsPattern("(?m)^median .* 2/2 equal$")
                .contains("worst of 2 runs:", "0 limit violations");
    }

    @Test
    void aCheckerThatIgnoresThePerHostLimitIsReportedAsViolatingIt() throws Exception {
        LinkSet set = MattermostShapedLinks.shaped(40, 2, 30, 0.0, 0.0, 9);
        LinkBenchmark.Settings s = new LinkBenchmark.Settings(50, 1, 0, 32, 2, 9);
        List<LinkBenchmark.Run> runs;
        try (PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            runs = LinkBenchmark.benchmark(s, set, (config, resolver) -> jdkChecker(config, false), out);
        }
        assertThat(runs.get(0).maxInFlightPerHost()).isGreaterThan(2);
        assertThat(runs.get(0).violations()).isPositive();
    }

    /**
     * A stand-in for the engine: HEAD, then GET on 405, through the JDK client with the benchmark
     * server as its proxy (the JDK client cannot take a resolver); per-host limit kept or not.
     */
    private static LinkBenchmark.Checker jdkChecker(LinkCheckConfig config, boolean keepPerHostLimit) {
        ExecutorService pool = Executors.newFixedThreadPool(config.concurrency());
        Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
        return new LinkBenchmark.Checker() {
            @Override
            public Map<String, LinkResult> check(List<String> urls) throws Exception {
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .proxy(ProxySelector.of(new InetSocketAddress(
                                "127.0.0.1", URI.create(urls.get(0)).getPort())))
                        .build();
                List<Future<LinkResult>> futures = new ArrayList<>();
                for (String url : urls) {
                    futures.add(pool.submit(() -> {
                        Semaphore host = hosts.computeIfAbsent(
                                URI.create(url).getHost(),
                                h -> new Semaphore(keepPerHostLimit ? config.perHostConcurrency() : 1000));
                        host.acquire();
                        try {
                            int code = status(client, "HEAD", url);
                            if (code == 405) {
                                code = status(client, "GET", url);
                            }
                            return new LinkResult(url, code == 200 ? LinkStatus.WORKING : LinkStatus.BROKEN, code, "");
                        } finally {
                            host.release();
                        }
                    }));
                }
                Map<String, LinkResult> out = new LinkedHashMap<>();
                for (Future<LinkResult> f : futures) {
                    LinkResult r = f.get();
                    out.put(r.url(), r);
                }
                return out;
            }

            @Override
            public void close() {
                pool.shutdownNow();
            }
        };
    }

    private static int status(HttpClient client, String method, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
