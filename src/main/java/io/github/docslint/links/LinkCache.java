package io.github.docslint.links;

import io.github.docslint.links.LinkCacheFormat.Entry;
import io.github.docslint.links.LinkCacheFormat.Invalid;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Results of earlier link checks, kept in a JSON file (see {@link LinkCacheFormat}) so that a URL that
 * worked a short while ago is not requested again.
 *
 * <p>Successes ({@link LinkStatus#WORKING}, {@link LinkStatus#REDIRECTED}) are kept for the TTL, and
 * pages the server said are not there (404, 410) for a shorter one, so a build re-run within minutes
 * does not ask again; every other failure removes the URL's entry so that it is checked again next
 * time, since a timeout, a 5xx or a 429 says more about the moment than about the link.
 *
 * <p>Several builds may share one file: {@link #save()} merges under a lock (an in-JVM lock per
 * file, then an OS lock on a sibling {@code <name>.lock} file), re-reading the file and writing a
 * temporary file renamed over it, so no writer's entries are lost and a reader never sees a
 * half-written file.
 *
 * <p>Thread-safe.
 */
public final class LinkCache {
    /** Entries checked further in the future than this are not trusted (a wrong clock wrote them). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    static final String TEMP_SUFFIX = ".docslint-tmp";
    private static final Duration LOCK_WAIT = Duration.ofSeconds(60);
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    /** Runs between writing the temp file and renaming it: a test kills a writer there. */
    static volatile Runnable beforeRename = () -> {};

    private final Path file;
    private final Duration ttl;
    private final Duration notFoundTtl;
    private final Clock clock;
    private final Consumer<String> warnings;
    /** Warnings already given, so a problem found by load is not repeated by save. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    /** The file's entries as last read or written. */
    private volatile Map<String, Entry> known;
    /** This run's outcomes not yet saved, by URL: a success, or a removal. */
    private final Map<String, Change> changes = new ConcurrentHashMap<>();

    /** One outcome of this run: {@code entry} is null when the check failed and the URL is forgotten. */
    private record Change(Instant checked, Entry entry) {}

    private LinkCache(Path file, Duration ttl, Duration notFoundTtl, Clock clock, Consumer<String> warnings) {
        this.file = file.toAbsolutePath().normalize();
        this.ttl = ttl;
        this.notFoundTtl = notFoundTtl;
        this.clock = clock;
        this.warnings = warnings;
    }

    /**
     * Reads the cache; a missing file is an empty cache; a corrupt, truncated or foreign file (not our
     * format/version) is reported through warnings (naming the file, what is wrong, and that it is
     * ignored and will be rewritten) and treated as empty: never throws for content problems.
     *
     * @param ttl how long a success is trusted
     * @param notFoundTtl how long a 404 or 410 answer is trusted; zero to re-check every failure
     */
    public static LinkCache load(
            Path file, Duration ttl, Duration notFoundTtl, Clock clock, Consumer<String> warnings) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(warnings, "warnings");
        if (ttl.isNegative() || notFoundTtl.isNegative()) {
            throw new IllegalArgumentException("TTLs must not be negative, were " + ttl + " and " + notFoundTtl);
        }
        LinkCache cache = new LinkCache(file, ttl, notFoundTtl, clock, warnings);
        Map<String, Entry> entries;
        try {
            entries = cache.read(Files.readAllBytes(cache.file));
        } catch (NoSuchFileException e) {
            entries = Map.of();
        } catch (IOException e) {
            cache.warn("cannot be read (" + describe(e) + ")", true);
            entries = Map.of();
        }
        cache.known = entries;
        return cache;
    }

    /**
     * A cached result younger than its TTL; when anchorsRequired, only a success whose anchors were
     * checked (fragments) counts. A cached 404/410 says so in its info, with how to have it re-checked.
     */
    public Optional<LinkResult> fresh(String url, boolean anchorsRequired) {
        Change change = changes.get(url);
        Entry entry = change != null ? change.entry() : known.get(url);
        if (entry == null
                || !isFresh(entry, clock.instant(), ttl, notFoundTtl)
                || (anchorsRequired && !entry.anchors() && !entry.notFound())) {
            return Optional.empty();
        }
        String info = entry.notFound()
                ? entry.info() + " (cached from " + entry.checked()
                        + "; requested again after docslint.links.cacheNotFoundTtl, or delete " + file + ")"
                : entry.info();
        return Optional.of(new LinkResult(url, entry.status(), entry.code(), info));
    }

    /**
     * Remembers a result of this run: successes (WORKING and REDIRECTED: the page was reached) and, when
     * notFoundTtl is not zero, 404/410 answers are kept; other failures (BROKEN, TIMEOUT,
     * ANCHOR_MISSING) remove any older entry so they are re-checked; IGNORED, BLOCKED, UNCHECKED are
     * never stored. Thread-safe.
     */
    public void record(LinkResult result, boolean anchorsChecked) {
        Objects.requireNonNull(result.url(), "url");
        Instant now = now();
        Change change = switch (result.status()) {
            case WORKING, REDIRECTED ->
                new Change(now, new Entry(result.status(), result.code(), result.info(), now, anchorsChecked));
            case BROKEN ->
                LinkCacheFormat.isNotFound(result.status(), result.code()) && !notFoundTtl.isZero()
                        ? new Change(now, new Entry(result.status(), result.code(), result.info(), now, false))
                        : new Change(now, null);
            case TIMEOUT, ANCHOR_MISSING -> new Change(now, null);
            case IGNORED, BLOCKED, UNCHECKED -> null;
        };
        if (change != null) {
            changes.put(result.url(), change);
        }
    }

    /**
     * Writes the cache: under a lock, re-reads the file, merges (per URL the newest check wins; this
     * run's failures remove entries; expired entries dropped), writes a temp file in the same folder,
     * then renames atomically over the cache (ATOMIC_MOVE, falling back to REPLACE_EXISTING where
     * unsupported). Creates missing parent folders. Does nothing when this run recorded nothing.
     *
     * @throws IOException when the file cannot be written; the message names the file and the fix
     */
    public void save() throws IOException {
        if (changes.isEmpty()) {
            return; // a run answered wholly from the cache: nothing to merge, and no lock or read to pay for
        }
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        jvmLock.lock();
        try {
            Map<String, Change> saving = Map.copyOf(changes);
            Map<String, Entry> merged;
            try {
                merged = mergeIntoFile(saving);
            } catch (ForeignFileException e) {
                throw e;
            } catch (IOException e) {
                throw new IOException(
                        "Cannot write the link cache " + file + " (" + describe(e)
                                + "); make its folder writable or set docslint.links.cacheFile to a writable file",
                        e);
            }
            known = merged;
            // only what was saved: a result recorded meanwhile stays pending for the next save
            saving.forEach((url, change) -> changes.remove(url, change));
        } finally {
            jvmLock.unlock();
        }
    }

    private Map<String, Entry> mergeIntoFile(Map<String, Change> saving) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path lockFile = dir.resolve(file.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = lock(channel, lockFile);
            try {
                return mergeLocked(dir, saving);
            } finally {
                lock.release();
            }
        }
    }

    /** Re-reads the file, merges, and writes it when that changed anything. Call under the lock. */
    private Map<String, Entry> mergeLocked(Path dir, Map<String, Change> saving) throws IOException {
        deleteStaleTemps(dir);
        byte[] old = null;
        Map<String, Entry> onDisk = Map.of();
        try {
            old = Files.readAllBytes(file);
            onDisk = read(old);
        } catch (NoSuchFileException e) {
            // first save
        }
        if (old != null && !LinkCacheFormat.mayOverwrite(old)) {
            throw new ForeignFileException("The link cache " + file
                    + " holds something other than a docslint link cache, so it is left alone: point"
                    + " docslint.links.cacheFile at another file, or delete this one if it is yours to lose");
        }
        Map<String, Entry> merged = merge(onDisk, saving, now(), ttl, notFoundTtl);
        byte[] bytes = LinkCacheFormat.render(merged);
        if (!Arrays.equals(old, bytes)) {
            replace(dir, bytes);
        }
        return merged;
    }

    /**
     * The file's entries with this run's changes applied: per URL the newest check wins (this run's on
     * a tie), a failure not kept removes the entry, expired and untrustworthy entries are dropped.
     */
    private static SortedMap<String, Entry> merge(
            Map<String, Entry> onDisk, Map<String, Change> changes, Instant now, Duration ttl, Duration notFoundTtl) {
        SortedMap<String, Entry> merged = new TreeMap<>(onDisk);
        changes.forEach((url, change) -> {
            Entry there = merged.get(url);
            if (there != null && there.checked().isAfter(change.checked())) {
                return; // another build checked it after this run did
            }
            if (change.entry() == null) {
                merged.remove(url);
            } else {
                merged.put(url, change.entry());
            }
        });
        merged.values().removeIf(e -> !isFresh(e, now, ttl, notFoundTtl));
        return merged;
    }

    private static boolean isFresh(Entry entry, Instant now, Duration ttl, Duration notFoundTtl) {
        Duration life = entry.notFound() ? notFoundTtl : ttl;
        return entry.checked().plus(life).isAfter(now) && !entry.checked().isAfter(now.plus(CLOCK_SKEW));
    }

    /** The entries of the file's bytes, or none (and a warning) when they are no usable cache. */
    private Map<String, Entry> read(byte[] bytes) {
        try {
            return LinkCacheFormat.parse(bytes);
        } catch (Invalid e) {
            warn(e.getMessage(), LinkCacheFormat.mayOverwrite(bytes));
            return Map.of();
        }
    }

    /** A file at the cache's path that is not a cache (a misconfigured path): never overwritten. */
    static final class ForeignFileException extends IOException {
        private static final long serialVersionUID = 1L;

        ForeignFileException(String message) {
            super(message);
        }
    }

    /** @param rewritable whether a save may replace the file (see {@link LinkCacheFormat#mayOverwrite}) */
    private void warn(String problem, boolean rewritable) {
        String message = "The link cache " + file + " " + problem + "; it is ignored and "
                + (rewritable ? "will be rewritten." : "left alone.");
        if (warned.add(message)) {
            warnings.accept(message);
        }
    }

    /**
     * The OS lock on the lock file. Another LinkCache class (another class loader) in this JVM holding it
     * shows as an OverlappingFileLockException: wait for it too.
     */
    private static FileLock lock(FileChannel channel, Path lockFile) throws IOException {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        long pause = 1;
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("timed out waiting for the lock on " + lockFile, e);
                }
                try {
                    TimeUnit.MILLISECONDS.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted waiting for the link cache lock");
                }
                pause = Math.min(pause * 2, 50);
            }
        }
    }

    /** Writes a temp file beside the cache, then renames it over the cache. Call under the lock. */
    private void replace(Path dir, byte[] bytes) throws IOException {
        Path temp =
                dir.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            beforeRename.run();
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a later save removes it
            }
        }
    }

    /**
     * Removes temp files a killed writer left. Temp files are only written under the lock, so any found
     * while holding it is stale. Best effort.
     */
    private void deleteStaleTemps(Path dir) {
        String prefix = file.getFileName() + ".";
        Set<Path> stale = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)) {
                    stale.add(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (Path p : stale) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // left for a later save
            }
        }
    }

    /** Now, to the second: the file needs no more, and it keeps the file short. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
