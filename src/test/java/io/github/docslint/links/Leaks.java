package io.github.docslint.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a link check may leave behind: the checker's threads, sockets and other file handles of this
 * process ({@code /proc/self/fd}, so Linux only; elsewhere only threads are counted).
 */
record Leaks(long checkerThreads, long fds, long sockets) {
    private static final Path FDS = Path.of("/proc/self/fd");

    static Leaks now() {
        long threads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("docslint-links"))
                .count();
        if (!Files.isDirectory(FDS)) {
            return new Leaks(threads, 0, 0);
        }
        List<Path> fds;
        try (Stream<Path> list = Files.list(FDS)) {
            fds = list.toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long sockets = fds.stream().filter(Leaks::isSocket).count();
        return new Leaks(threads, fds.size(), sockets);
    }

    private static boolean isSocket(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString().startsWith("socket:");
        } catch (IOException e) {
            return false; // closed while listed
        }
    }

    /** No checker thread, and no more handles or sockets than before, after a short settle wait. */
    void assertNoneLeftSince() throws InterruptedException {
        Leaks after = now();
        for (int i = 0; i < 40 && !after.within(this); i++) {
            Thread.sleep(50);
            after = now();
        }
        assertThat(after.checkerThreads()).as("checker threads left").isZero();
        assertThat(after.sockets()).as("sockets open, before: " + sockets).isLessThanOrEqualTo(sockets);
        assertThat(after.fds()).as("file handles open, before: " + fds).isLessThanOrEqualTo(fds);
    }

    private boolean within(Leaks before) {
        return checkerThreads == 0 && sockets <= before.sockets && fds <= before.fds;
    }
}
