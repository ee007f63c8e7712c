package io.github.docslint.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Checks external links: each URL requested once, politely (global and per-host limits), within a
 * per-link deadline. Threads, connections and the HTTP client live for one {@link #check} and are
 * gone when it returns.
 */
public final class LinkChecker implements AutoCloseable {
    static final Duration DEFAULT_BACKOFF_BASE = Duration.ofSeconds(1);

    /** Builds the HTTP side for one run, given the timer that aborts requests at their deadline. */
    interface ProbeFactory extends BiFunction<LinkCheckConfig, ScheduledExecutorService, HttpProbe> {}

    private final LinkCheckConfig config;
    private final RetryPolicy retryPolicy;
    private final ProbeFactory probes;
    private final Set<Run> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public LinkChecker(LinkCheckConfig config) {
        this(config, Resolver.SYSTEM);
    }

    public LinkChecker(LinkCheckConfig config, Resolver resolver) {
        this(config, resolver, DEFAULT_BACKOFF_BASE);
    }

    /** With a shorter backoff base, so tests of retries run fast. */
    LinkChecker(LinkCheckConfig config, Resolver resolver, Duration backoffBase) {
        this(config, backoffBase, (c, timer) -> new ApacheHttpProbe(c, resolver, timer));
    }

    LinkChecker(LinkCheckConfig config, Duration backoffBase, ProbeFactory probes) {
        this.config = config;
        this.retryPolicy = new RetryPolicy(backoffBase, config.maxRetryAfter());
        this.probes = probes;
    }

    /** One result per distinct URL given, keyed by the URL as given, in the order given. */
    public Map<String, LinkResult> check(Collection<String> urls, CheckProgress progress) {
        Set<String> distinct = new LinkedHashSet<>(urls);
        Map<String, LinkResult> results = new ConcurrentHashMap<>();
        AtomicInteger finished = new AtomicInteger();
        int total = distinct.size();
        Runnable tick = () -> {
            int n = finished.incrementAndGet();
            try {
                progress.done(n, total);
            } catch (RuntimeException e) {
                // a failing listener must not lose a result
            }
        };

        // URLs differing only in #fragment share one request
        Map<URI, List<String>> byRequest = new LinkedHashMap<>();
        for (String url : distinct) {
            LinkResult early = screen(url);
            if (early != null) {
                results.put(url, early);
                tick.run();
                continue;
            }
            try {
                byRequest
                        .computeIfAbsent(LinkJob.stripFragment(Urls.parse(url)), k -> new ArrayList<>())
                        .add(url);
            } catch (URISyntaxException e) {
                results.put(url, new LinkResult(url, LinkStatus.BROKEN, 0, "malformed URL"));
                tick.run();
            }
        }

        if (!byRequest.isEmpty() && !closed) {
            Run run = new Run(byRequest.size());
            running.add(run);
            try {
                List<Map.Entry<String, Runnable>> work = new ArrayList<>();
                for (Map.Entry<URI, List<String>> e : byRequest.entrySet()) {
                    boolean anchors = config.anchors() && e.getValue().stream().anyMatch(LinkChecker::wantsAnchor);
                    LinkJob job =
                            new LinkJob(config, run.probe, retryPolicy, e.getKey(), anchors, run.headRefusingHosts);
                    work.add(Map.entry(job.host(), run.steps(job, outcome -> {
                        for (String url : e.getValue()) {
                            results.put(url, result(url, outcome));
                            tick.run();
                        }
                    })));
                }
                run.scheduler.submitAll(work);
                run.await();
            } finally {
                running.remove(run);
                run.close();
            }
        }

        Map<String, LinkResult> ordered = new LinkedHashMap<>();
        for (String url : distinct) {
            LinkResult r = results.get(url);
            ordered.put(url, r != null ? r : LinkResult.unchecked(url, "check stopped"));
        }
        return ordered;
    }

    /** A result known without a request (ignored, not http, malformed), or null. */
    private LinkResult screen(String url) {
        if (config.ignores(url)) {
            return new LinkResult(url, LinkStatus.IGNORED, 0, "ignored");
        }
        URI uri;
        try {
            uri = Urls.parse(url);
        } catch (URISyntaxException e) {
            return new LinkResult(url, LinkStatus.BROKEN, 0, "malformed URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return LinkResult.unchecked(url, "not an http(s) URL");
        }
        if (AddressGuard.hostOf(uri).isEmpty()) {
            return new LinkResult(url, LinkStatus.BROKEN, 0, "malformed URL: no host");
        }
        return null;
    }

    private static boolean wantsAnchor(String url) {
        int hash = url.indexOf('#');
        return hash >= 0 && checkableFragment(url, url.substring(hash + 1));
    }

    /**
     * Whether the fragment names an anchor the HTML holds. Not: empty fragments, hash-bang routes
     * ({@code #!/...}), text fragments ({@code #:~:text=...}), and the line anchors ({@code #L10},
     * {@code #L10-L20}) of GitHub and GitLab file views, which their scripts resolve.
     */
    static boolean checkableFragment(String url, String fragment) {
        if (fragment.isEmpty() || fragment.startsWith("!") || fragment.startsWith(":~:")) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        boolean codeHost = lower.startsWith("https://github.com/") || lower.startsWith("https://gitlab.com/");
        return !(codeHost && isLineAnchor(fragment));
    }

    /** {@code L10} or {@code L10-L20} (GitLab writes {@code L10-20}). */
    private static boolean isLineAnchor(String f) {
        int i = lineNumber(f, 0);
        if (i < 0) {
            return false;
        }
        if (i == f.length()) {
            return true;
        }
        if (f.charAt(i) != '-') {
            return false;
        }
        int j = f.startsWith("L", i + 1) ? lineNumber(f, i + 1) : digits(f, i + 1);
        return j == f.length();
    }

    private static int lineNumber(String f, int from) {
        return f.startsWith("L", from) ? digits(f, from + 1) : -1;
    }

    private static int digits(String f, int from) {
        int i = from;
        while (i < f.length() && Character.isDigit(f.charAt(i))) {
            i++;
        }
        return i > from ? i : -1;
    }

    private LinkResult result(String url, LinkJob.Outcome o) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        boolean works = o.status() == LinkStatus.WORKING || o.status() == LinkStatus.REDIRECTED;
        if (works && config.anchors() && o.anchors() != null && checkableFragment(url, fragment)) {
            if (!AnchorFinder.has(o.anchors(), fragment)) {
                return new LinkResult(url, LinkStatus.ANCHOR_MISSING, o.code(), "anchor '" + fragment + "' not found");
            }
        }
        if (o.status() == LinkStatus.REDIRECTED && !fragment.isEmpty()) {
            return new LinkResult(url, o.status(), o.code(), o.info() + "#" + fragment);
        }
        return new LinkResult(url, o.status(), o.code(), o.info());
    }

    /** Stops any check in progress (its unfinished URLs come back UNCHECKED) and every thread. */
    @Override
    public void close() {
        closed = true;
        for (Run run : running) {
            run.close();
        }
        running.clear();
    }

    /** The threads, client and scheduler of one check. */
    private final class Run implements AutoCloseable {
        final ExecutorService workers;
        final ScheduledThreadPoolExecutor timer;
        final HttpProbe probe;
        final HostScheduler scheduler;
        final CountDownLatch latch;
        final Set<String> headRefusingHosts = ConcurrentHashMap.newKeySet();
        /** every thread this run started, to join on close */
        final Queue<Thread> started;

        Run(int jobs) {
            latch = new CountDownLatch(jobs);
            started = new ConcurrentLinkedQueue<>();
            timer = new ScheduledThreadPoolExecutor(1, threads("docslint-links-timer"));
            timer.setRemoveOnCancelPolicy(true);
            workers = new ThreadPoolExecutor(
                    config.concurrency(),
                    config.concurrency(),
                    1,
                    TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(),
                    threads("docslint-links-worker"));
            probe = probes.apply(config, timer);
            scheduler = new HostScheduler(config.concurrency(), config.perHostConcurrency(), workers, timer);
        }

        /**
         * The work of one job: a step, then the next one queued under its host, until done. A job that
         * waits (a retry, a redirect to a busy or paused host) past its deadline is ended there by the
         * timer, so no queue can hold a link longer than its deadline.
         */
        Runnable steps(LinkJob job, Consumer<LinkJob.Outcome> onDone) {
            return new Runnable() {
                private ScheduledFuture<?> watchdog;

                @Override
                public void run() {
                    if (!job.claim()) {
                        return; // ended at its deadline while it waited
                    }
                    LinkJob.Step step;
                    try {
                        step = job.step();
                    } catch (RuntimeException e) {
                        step = new LinkJob.Done(new LinkJob.Outcome(
                                LinkStatus.BROKEN,
                                0,
                                "internal error (" + e.getClass().getSimpleName() + ")",
                                null,
                                null));
                    }
                    if (step instanceof LinkJob.Done done) {
                        if (watchdog != null) {
                            watchdog.cancel(false);
                        }
                        if (job.finish()) {
                            end(done.outcome());
                        }
                    } else if (step instanceof LinkJob.Next next) {
                        if (watchdog == null) {
                            watchdog = schedule(
                                    () -> job.expire().ifPresent(this::end), job.deadlineNanos() - System.nanoTime());
                        }
                        job.park();
                        if (System.nanoTime() - job.deadlineNanos() >= 0) {
                            job.expire().ifPresent(this::end); // past its deadline already: no more waiting
                            return;
                        }
                        String host = job.host();
                        if (next.pauseHost()) {
                            scheduler.pause(host, System.nanoTime() + next.delayNanos());
                            scheduler.resume(host, this);
                        } else {
                            scheduler.resumeLater(host, this, next.delayNanos());
                        }
                    }
                }

                private void end(LinkJob.Outcome outcome) {
                    try {
                        onDone.accept(outcome);
                    } finally {
                        latch.countDown();
                    }
                }
            };
        }

        private ScheduledFuture<?> schedule(Runnable r, long delayNanos) {
            try {
                return timer.schedule(r, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                return null; // the run is closing
            }
        }

        void await() {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            while (latch.getCount() > 0) {
                latch.countDown(); // wakes a check() waiting on a run closed from another thread
            }
            timer.shutdownNow();
            workers.shutdownNow();
            probe.close();
            try {
                workers.awaitTermination(5, TimeUnit.SECONDS);
                timer.awaitTermination(5, TimeUnit.SECONDS);
                // a terminated pool's threads may still be finishing their exit: wait for them, so that
                // nothing of this run outlives check()
                for (Thread t : started) {
                    t.join(TimeUnit.SECONDS.toMillis(5));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private ThreadFactory threads(String prefix) {
            AtomicInteger n = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
                t.setDaemon(true);
                started.add(t);
                return t;
            };
        }
    }
}
