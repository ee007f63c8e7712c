package io.github.docslint.site;

import io.github.docslint.rst.MalformedSourceException;
import io.github.docslint.rst.NestingTooDeepException;
import io.github.docslint.rst.Position;
import io.github.docslint.rst.RstScanner;
import io.github.docslint.rst.SourceText;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Reads and scans the rst files of a run, each once, on whichever thread asks first. While the tree is
 * walked ({@link SourceRoots#survey}), helpers scan the files found so far, which would otherwise wait
 * for the walk on idle cores; {@link #scanAll} scans the rest on all cores and waits for those.
 *
 * <p>A file's failure to be read or decoded is its {@link SourceFile.Problem}, never an exception.
 */
public final class FileScans {
    private record Early(Path root, Path file) {}

    private static final Early STOP = new Early(null, null);

    private final Charset charset;
    private final RstScanner scanner = new RstScanner();
    private final ConcurrentHashMap<Path, CompletableFuture<SourceFile>> scans = new ConcurrentHashMap<>();
    private final BlockingQueue<Early> early = new LinkedBlockingQueue<>();
    private final List<Thread> helpers = new ArrayList<>();
    private volatile boolean walking = true;

    public FileScans(Charset charset) {
        this.charset = charset;
    }

    /** {@code file}, of the source root {@code root}, is scanned by a helper if one is free before {@link #scanAll}. */
    public void scanEarly(Path root, Path file) {
        if (helpers.isEmpty()) {
            for (int i = 0; i < ForkJoinPool.getCommonPoolParallelism(); i++) {
                Thread t = new Thread(this::scanWhileWalking, "docslint-scan-" + i);
                t.setDaemon(true);
                helpers.add(t);
                t.start();
            }
        }
        early.add(new Early(root, file));
    }

    /** The walk is over: the helpers stop taking files, and {@link #scanAll} scans what they left. */
    public void walkDone() {
        walking = false;
        for (int i = 0; i < helpers.size(); i++) {
            early.add(STOP);
        }
    }

    private void scanWhileWalking() {
        try {
            for (Early e = early.take(); e != STOP && walking; e = early.take()) {
                scan(e.root(), e.file());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Every file of {@code root}, in the given order. In parallel, each file is its own task and the
     * largest go first: a parallel stream cuts the list into a few runs of neighbouring files, and the
     * big pages of a docs tree sit together (the corpus' six largest, a third of its text, are all under
     * administration-guide/), so one core scanned them while the other idled.
     */
    List<SourceFile> scanAll(Path root, List<SourceRoots.RstFile> files, boolean parallel) {
        int workers = Math.min(ForkJoinPool.getCommonPoolParallelism(), files.size() - 1);
        if (parallel && workers >= 1) {
            int[] order = IntStream.range(0, files.size())
                    .boxed()
                    .sorted(Comparator.comparingLong((Integer i) -> files.get(i).size())
                            .reversed())
                    .mapToInt(Integer::intValue)
                    .toArray();
            AtomicInteger next = new AtomicInteger();
            Runnable worker = () -> {
                for (int i = next.getAndIncrement(); i < order.length; i = next.getAndIncrement()) {
                    scan(root, files.get(order[i]).path());
                }
            };
            CompletableFuture<?>[] pool = new CompletableFuture<?>[workers];
            for (int i = 0; i < workers; i++) {
                pool[i] = CompletableFuture.runAsync(worker);
            }
            worker.run();
            join(CompletableFuture.allOf(pool));
        }
        List<SourceFile> out = new ArrayList<>(files.size());
        for (SourceRoots.RstFile f : files) {
            SourceFile scanned = join(scan(root, f.path()));
            String rel = SourceRoots.relativePath(root, f.path());
            // an early scan named the file from the root as the walk spelled it
            out.add(
                    scanned.relPath().equals(rel)
                            ? scanned
                            : new SourceFile(rel, scanned.path(), scanned.document(), scanned.problem()));
        }
        return out;
    }

    /** The scan of {@code file}: done here if no thread has claimed it yet, else the claimant's. */
    private CompletableFuture<SourceFile> scan(Path root, Path file) {
        CompletableFuture<SourceFile> claimed = scans.get(file);
        if (claimed != null) {
            return claimed;
        }
        CompletableFuture<SourceFile> mine = new CompletableFuture<>();
        claimed = scans.putIfAbsent(file, mine);
        if (claimed != null) {
            return claimed;
        }
        try {
            mine.complete(read(SourceRoots.relativePath(root, file), file));
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
        }
        return mine;
    }

    /** Reads and scans one file; also for an rst file that a page includes from outside its root. */
    SourceFile read(String rel, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new SourceFile(rel, file, null, new SourceFile.Problem(new Position(1, 1), "cannot be read: " + e));
        }
        try {
            return new SourceFile(rel, file, scanner.scan(SourceText.decode(bytes, charset)), null);
        } catch (MalformedSourceException e) {
            return new SourceFile(
                    rel,
                    file,
                    null,
                    new SourceFile.Problem(
                            new Position(e.line(), e.column()),
                            e.getMessage() + ": fix the file or set the encoding (docslint.encoding)"));
        } catch (NestingTooDeepException e) {
            return new SourceFile(rel, file, null, new SourceFile.Problem(e.position(), e.getMessage()));
        }
    }

    RstScanner scanner() {
        return scanner;
    }

    Charset charset() {
        return charset;
    }

    /** A task's result, or what it threw, rethrown as itself. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw SphinxProject.unwrapped(e);
        }
    }
}
