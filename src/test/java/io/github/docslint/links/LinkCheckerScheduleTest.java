package io.github.docslint.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.links.HttpProbe.ProbeResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The scheduling of a run the size of a real site, on a fake {@link HttpProbe} with fixed latency. */
class LinkCheckerScheduleTest {

    @Test
    void largeRunOverManyHostsFinishesNearTheLargestHostsCriticalPath() {
        long latencyMs = 8;
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 470; i++) {
            urls.add("https://big.example/page/" + i);
        }
        for (int i = 0; urls.size() < 1761; i++) {
            urls.add("https://host" + (i % 186) + ".example/doc/" + i);
        }
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        AtomicInteger worstPerHost = new AtomicInteger();
        HttpProbe fake = new HttpProbe() {
            @Override
            public ProbeResponse send(ProbeRequest request) throws IOException {
                AtomicInteger n = inFlight.computeIfAbsent(request.uri().getHost(), h -> new AtomicInteger());
                worstPerHost.accumulateAndGet(n.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(latencyMs);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                } finally {
                    n.decrementAndGet();
                }
                return new ProbeResponse(200, null, null, null, null);
            }

            @Override
            public void close() {}
        };
        LinkCheckConfig config = LinkCheckConfig.defaults();
        Map<String, LinkResult> results;
        try (LinkChecker checker = new LinkChecker(config, Duration.ofMillis(10), (c, timer) -> fake)) {
            results = checker.check(urls, CheckProgress.NONE);
        }
        // how close to the critical path it runs is measured by the benchmark (LinkBenchmark), not here
        assertThat(results).hasSize(1761);
        assertThat(results.values()).allSatisfy(r -> assertThat(r.status()).isEqualTo(LinkStatus.WORKING));
        assertThat(worstPerHost.get()).isEqualTo(config.perHostConcurrency());
    }
}
