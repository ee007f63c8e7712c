package io.github.docslint.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.docslint.LintRequest;
import io.github.docslint.LintResult;
import io.github.docslint.Linter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Item 4, one tree in a JVM of its own: warms up on a small tree, then times the static check on the
 * given one a few times, and reports the median, the findings and links, and the peak heap in use
 * after a garbage collection (the live data, plus garbage the collector had not reached yet: an upper
 * bound). Prints one {@code result ...} line for {@link PerfBenchmark}.
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
        System.gc();
        AtomicLong peak = watchHeapAfterGc();
        double[] seconds = new double[runs];
        LintResult result = null;
        for (int i = 0; i < runs; i++) {
            result = null;
            long t0 = System.nanoTime();
            result = Linter.run(LintRequest.of(tree));
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        System.gc();
        long retained = heapUsed();
        System.out.printf(
                Locale.ROOT,
                "result seconds=%.4f findings=%d links=%d files=%d peakHeapAfterGcMb=%.1f retainedMb=%.1f%n",
                LinkBenchmark.median(seconds),
                result.findings().size(),
                result.links().size(),
                result.filesScanned(),
                Math.max(peak.get(), retained) / 1e6,
                retained / 1e6);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The largest heap use seen right after any collection from now on. */
    private static AtomicLong watchHeapAfterGc() {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        AtomicLong peak = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (!notification
                                        .getType()
                                        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                                    return;
                                }
                                var info = GarbageCollectionNotificationInfo.from(
                                        (CompositeData) notification.getUserData());
                                long used = 0;
                                for (Map.Entry<String, MemoryUsage> e :
                                        info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                                    if (heapPools.contains(e.getKey())) {
                                        used += e.getValue().getUsed();
                                    }
                                }
                                peak.accumulateAndGet(used, Math::max);
                            },
                            null,
                            null);
        }
        return peak;
    }
}
