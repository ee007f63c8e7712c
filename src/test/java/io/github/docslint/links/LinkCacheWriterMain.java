package io.github.docslint.links;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * A second process writing a link cache, for {@link LinkCacheTest}: prints "ready", waits for the go
 * file, then records and saves one URL at a time.
 *
 * <p>Arguments: cache file, go file, URL prefix, how many URLs, and optionally {@code pause}: record
 * them all, then save once and stop between writing the temp file and renaming it, saying "paused"
 * (the test kills the process there).
 */
public final class LinkCacheWriterMain {
    private LinkCacheWriterMain() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path go = Path.of(args[1]);
        String prefix = args[2];
        int count = Integer.parseInt(args[3]);
        LinkCache cache =
                LinkCache.load(file, Duration.ofDays(1), Duration.ZERO, Clock.systemUTC(), System.err::println);
        System.out.println("ready");
        System.out.flush();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(go)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no go file " + go);
            }
            Thread.sleep(2);
        }
        boolean pause = args.length > 4 && args[4].equals("pause");
        if (pause) {
            LinkCache.beforeRename = () -> {
                System.out.println("paused");
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
        }
        for (int i = 0; i < count; i++) {
            cache.record(new LinkResult(prefix + i, LinkStatus.WORKING, 200, ""), false);
            if (!pause) {
                cache.save();
            }
        }
        cache.save();
    }
}
