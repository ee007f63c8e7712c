package io.github.docslint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LinkProgressTest {
    private final AtomicLong clock = new AtomicLong();

    @Test
    void batchModeLogsALineEveryTenSecondsAndNoneAtTheEnd() {
        RecordingLog log = new RecordingLog();
        LinkProgress p = new LinkProgress(log, null, clock::get);
        p.done(1, 100);
        clock.addAndGet(10_000_000_000L);
        p.done(40, 100);
        p.done(41, 100);
        clock.addAndGet(10_000_000_000L);
        p.done(90, 100);
        p.done(100, 100);
        p.finish();
        assertThat(log.lines())
                .containsExactly("INFO docslint: checked 40 of 100 links", "INFO docslint: checked 90 of 100 links");
    }

    @Test
    void aTerminalGetsOneLineRewrittenInPlaceThenANewLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LinkProgress p =
                new LinkProgress(new RecordingLog(), new PrintStream(out, true, StandardCharsets.UTF_8), clock::get);
        clock.addAndGet(300_000_000L);
        p.done(1, 3);
        p.done(2, 3);
        p.done(3, 3);
        p.finish();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\r[INFO] docslint: checking links 1/3\r[INFO] docslint: checking links 3/3"
                        + System.lineSeparator());
    }

    @Test
    void quietModeShowsNothing() {
        RecordingLog log = new RecordingLog(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LinkProgress p = new LinkProgress(log, new PrintStream(out, true, StandardCharsets.UTF_8), clock::get);
        clock.addAndGet(20_000_000_000L);
        p.done(5, 10);
        p.finish();
        assertThat(out.size()).isZero();
        assertThat(log.lines()).isEmpty();
    }
}
