package io.github.docslint.links;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Hands requests to worker threads within a global and a per-host limit. When a slot frees it goes
 * to the eligible host with the most waiting work: the largest host is the critical path of a run,
 * so keeping it at its per-host limit brings the run near {@code max(ceil(n/perHost)) * latency}.
 * Waits never hold a slot or a thread: delayed work and paused hosts are woken by the timer.
 */
final class HostScheduler {
    private final int globalLimit;
    private final int perHostLimit;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Map<String, HostQueue> hosts = new HashMap<>();
    private int inFlight;

    private static final class HostQueue {
        final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
        int inFlight;
        boolean paused;
        long pausedUntil;

        boolean pausedAt(long now) {
            return paused && pausedUntil - now > 0;
        }
    }

    HostScheduler(int globalLimit, int perHostLimit, ExecutorService workers, ScheduledExecutorService timer) {
        this.globalLimit = globalLimit;
        this.perHostLimit = perHostLimit;
        this.workers = workers;
        this.timer = timer;
    }

    /** Queues new work for a host, behind what already waits there. */
    void submit(String host, Runnable work) {
        synchronized (this) {
            queue(host).waiting.addLast(work);
        }
        pump();
    }

    /**
     * Queues a whole run before any of it starts, so the first slots already go to the largest
     * hosts rather than to whichever URLs came first.
     */
    void submitAll(List<Map.Entry<String, Runnable>> work) {
        synchronized (this) {
            for (Map.Entry<String, Runnable> w : work) {
                queue(w.getKey()).waiting.addLast(w.getValue());
            }
        }
        pump();
    }

    /** Queues the next step of work already started, ahead of new work: started links finish first. */
    void resume(String host, Runnable work) {
        synchronized (this) {
            queue(host).waiting.addFirst(work);
        }
        pump();
    }

    /** Resumes work after a delay, holding no slot meanwhile. */
    void resumeLater(String host, Runnable work, long delayNanos) {
        if (delayNanos <= 0) {
            resume(host, work);
            return;
        }
        schedule(() -> resume(host, work), delayNanos);
    }

    /** No new request to the host until the time given (a 429/503 Retry-After). */
    void pause(String host, long untilNanos) {
        synchronized (this) {
            HostQueue q = queue(host);
            if (!q.paused || untilNanos - q.pausedUntil > 0) {
                q.pausedUntil = untilNanos;
            }
            q.paused = true;
        }
        schedule(this::pump, untilNanos - System.nanoTime());
    }

    private void schedule(Runnable r, long delayNanos) {
        try {
            timer.schedule(r, Math.max(delayNanos, 0), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // shutting down: the run is over
        }
    }

    private HostQueue queue(String host) {
        return hosts.computeIfAbsent(host, h -> new HostQueue());
    }

    private void pump() {
        while (true) {
            String host;
            Runnable work;
            synchronized (this) {
                if (inFlight >= globalLimit) {
                    return;
                }
                host = pick(System.nanoTime());
                if (host == null) {
                    return;
                }
                HostQueue q = hosts.get(host);
                work = q.waiting.pollFirst();
                q.inFlight++;
                inFlight++;
            }
            String h = host;
            Runnable w = work;
            try {
                workers.execute(() -> {
                    try {
                        w.run();
                    } finally {
                        release(h);
                    }
                });
            } catch (RejectedExecutionException e) {
                release(h);
                return;
            }
        }
    }

    private void release(String host) {
        synchronized (this) {
            HostQueue q = hosts.get(host);
            q.inFlight--;
            inFlight--;
            if (q.inFlight == 0 && q.waiting.isEmpty() && !q.pausedAt(System.nanoTime())) {
                hosts.remove(host);
            }
        }
        pump();
    }

    /** The eligible host with the most waiting work, or null. */
    private String pick(long now) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, HostQueue> e : hosts.entrySet()) {
            HostQueue q = e.getValue();
            if (q.inFlight < perHostLimit && !q.pausedAt(now) && q.waiting.size() > most) {
                best = e.getKey();
                most = q.waiting.size();
            }
        }
        return best;
    }
}
