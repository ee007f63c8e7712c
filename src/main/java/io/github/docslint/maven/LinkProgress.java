package io.github.docslint.maven;

import io.github.docslint.links.CheckProgress;
import java.io.PrintStream;
import java.util.function.LongSupplier;
import org.apache.maven.plugin.logging.Log;

/**
 * Shows how far the link check is: a line rewritten in place on a terminal, a log line every few
 * seconds in batch mode (CI logs do not understand carriage returns), nothing with -q.
 */
final class LinkProgress implements CheckProgress {
    private static final long LIVE_EVERY_NANOS = 200_000_000L;
    private static final long BATCH_EVERY_NANOS = 10_000_000_000L;

    private final Log log;
    private final PrintStream terminal;
    private final LongSupplier nanoTime;
    private long last;
    private boolean drawn;

    /** @param terminal where the live line goes, or null in batch mode */
    LinkProgress(Log log, PrintStream terminal, LongSupplier nanoTime) {
        this.log = log;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.last = nanoTime.getAsLong();
    }

    @Override
    public synchronized void done(int finished, int total) {
        if (!log.isInfoEnabled()) {
            return;
        }
        long now = nanoTime.getAsLong();
        boolean end = finished == total;
        if (terminal != null) {
            if (end || now - last >= LIVE_EVERY_NANOS) {
                terminal.print("\r[INFO] docslint: checking links " + finished + "/" + total);
                terminal.flush();
                drawn = true;
                last = now;
            }
        } else if (!end && now - last >= BATCH_EVERY_NANOS) {
            log.info("docslint: checked " + finished + " of " + total + " links");
            last = now;
        }
    }

    /** Ends the live line so that the next log line starts on its own. */
    synchronized void finish() {
        if (drawn) {
            terminal.println();
            drawn = false;
        }
    }
}
