package io.github.docslint.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostSchedulerTest {
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        workers.shutdownNow();
        timer.shutdownNow();
    }

    @Test
    void largestHostKeepsItsSlotsSoTheRunApproachesTheCriticalPath() throws Exception {
        HostScheduler scheduler = new HostScheduler(8, 4, workers, timer);
        long latencyMs = 40;
        int bigHost = 40; // ceil(40 / 4) * 40 ms = 400 ms: the lower bound
        int smallHosts = 15;
        CountDownLatch done = new CountDownLatch(bigHost + smallHosts * 2);
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        AtomicInteger worst = new AtomicInteger();
        List<Map.Entry<String, Runnable>> work = new ArrayList<>();
        // small hosts first: FIFO would start them first and leave the big host for last
        for (int h = 0; h < smallHosts; h++) {
            for (int i = 0; i < 2; i++) {
                submit(work, "small" + h, latencyMs, done, inFlight, worst);
            }
        }
        for (int i = 0; i < bigHost; i++) {
            submit(work, "big", latencyMs, done, inFlight, worst);
        }
        scheduler.submitAll(work);
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(worst.get()).isLessThanOrEqualTo(4);
        // the first wave (8 slots) gives the big host its 4: FIFO would have given all 8 to small hosts,
        // and the big host's 10 rounds of 4 would then start one round late
        assertThat(started.subList(0, 8)).filteredOn("big"::equals).hasSize(4);
    }

    @Test
    void pausedHostWaitsWhileOthersGoOn() throws Exception {
        HostScheduler scheduler = new HostScheduler(8, 4, workers, timer);
        CountDownLatch other = new CountDownLatch(1);
        CountDownLatch paused = new CountDownLatch(1);
        long start = System.nanoTime();
        scheduler.pause("p", System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200));
        AtomicInteger pausedRanAfter = new AtomicInteger();
        scheduler.submit("p", () -> {
            pausedRanAfter.set((int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            paused.countDown();
        });
        scheduler.submit("q", other::countDown);

        assertThat(other.await(100, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(paused.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(pausedRanAfter.get()).isGreaterThanOrEqualTo(190);
    }

    /** Hosts in the order their tasks started. */
    private final List<String> started = Collections.synchronizedList(new ArrayList<>());

    private void submit(
            List<Map.Entry<String, Runnable>> work,
            String host,
            long latencyMs,
            CountDownLatch done,
            Map<String, AtomicInteger> inFlight,
            AtomicInteger worst) {
        work.add(Map.entry(host, () -> {
            started.add(host);
            int now = inFlight.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
            worst.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(latencyMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.get(host).decrementAndGet();
            done.countDown();
        }));
    }
}
