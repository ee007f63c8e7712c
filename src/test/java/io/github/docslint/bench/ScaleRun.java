package io.github.docslint.bench;

import io.github.docslint.LintRequest;
import io.github.docslint.LintResult;
import io.github.docslint.Linter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Item 4, one tree in a JVM of its own: warms up on a small tree, then times the static check on the
 * given one a few times and reports the median, the findings and links; then checks it once more,
 * untimed, collecting the garbage every 100 ms to sample the live heap, and reports its peak (what
 * the check holds at once; a heap's use between collections says more about the collector than about
 * the check). Prints one {@code result ...} line for {@link PerfBenchmark}.
 */
public final class ScaleRun {
    private ScaleRun() {}

    public static void main(String[] args) throws Exception {
        Path tree = Path.of(args[0]);
        Path warmTree = Path.of(args[1]);
        int warmups = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        for (int i = 0; i < warmups; i++) {
            Linter.run(LintRequest.of(warmTree));
        }
        double[] seconds = new double[runs];
        LintResult result = null;
        for (int i = 0; i < runs; i++) {
            result = null; // the last run's result is not kept alive through this one
            long t0 = System.nanoTime();
            result = Linter.run(LintRequest.of(tree));
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        result = null;
        LintResult[] last = new LintResult[1];
        long peakLive = peakLiveHeap(() -> last[0] = Linter.run(LintRequest.of(tree)));
        System.gc();
        long retained = heapUsed();
        System.out.printf(
                Locale.ROOT,
                "result seconds=%.4f findings=%d links=%d files=%d peakLiveHeapMb=%.1f retainedMb=%.1f%n",
                LinkBenchmark.median(seconds),
                last[0].findings().size(),
                last[0].links().size(),
                last[0].filesScanned(),
                peakLive / 1e6,
                retained / 1e6);
    }

    interface Check {
        void run() throws Exception;
    }

    /** The most heap in use right after a full collection, sampled every 100 ms while {@code check} runs. */
    static long peakLiveHeap(Check check) throws Exception {
        AtomicLong peak = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                System.gc();
                peak.accumulateAndGet(heapUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        try {
            check.run();
        } finally {
            done.set(true);
            sampler.join();
        }
        return peak.get();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
