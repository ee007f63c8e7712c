package io.github.docslint.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source rules and the link collection share a root's graph and project from two threads: every
 * cache filled on first use (other included files, slices, builds, include uses, references) must
 * give each thread what a single thread gets.
 */
class SharedGraphTest {
    @TempDir
    Path dir;

    @RepeatedTest(5)
    void threadsAskingAtOnceGetWhatOneThreadGets() throws Exception {
        generate(dir, 60);
        Map<String, String> alone = answers(DocsGraph.build(load(), List.of()), 1);
        Map<String, String> shared = answers(DocsGraph.build(load(), List.of()), 8);
        // 60 pages and the 7 parts they include
        assertThat(alone).hasSize(1 + 67 * 3);
        assertThat(alone.get("links s/part3.rst"))
                .contains("https://ref.test/3", "https://ref.test/59", "https://anon.test/3", "https://epilog.test/");
        assertThat(shared).isEqualTo(alone);
    }

    private SphinxProject load() throws IOException {
        return SphinxProject.load(dir, dir, List.of(), StandardCharsets.UTF_8, w -> {});
    }

    /** What every thread asks, all starting together; each thread's answers must equal the others'. */
    private static Map<String, String> answers(DocsGraph graph, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Map<String, String>>> all = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                all.add(CompletableFuture.supplyAsync(
                        () -> {
                            await(start);
                            return ask(graph, offset);
                        },
                        pool));
            }
            start.countDown();
            Map<String, String> first = all.get(0).get(30, TimeUnit.SECONDS);
            for (CompletableFuture<Map<String, String>> f : all) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(first);
            }
            return first;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Asks in an order that depends on the thread, so that threads fill different caches first. */
    private static Map<String, String> ask(DocsGraph graph, int offset) {
        List<String> pages = new ArrayList<>(graph.pages());
        Map<String, String> out = new LinkedHashMap<>();
        if (offset % 2 == 0) {
            out.put("includeUses", graph.includeUses().toString());
        }
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get((i + offset * 7) % pages.size());
            out.put("links " + page, graph.links(page).toString());
            out.put("build " + page, graph.build(page).toString());
            String snippet = "s/snippet" + (i + offset) % pages.size() + ".txt";
            out.put("exists " + snippet, String.valueOf(graph.project().exists(snippet)));
        }
        if (offset % 2 == 1) {
            out.put("includeUses", graph.includeUses().toString());
        }
        return new TreeMap<>(out);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Pages that include sliced parts of shared snippets (which hold references to targets in the
     * page), include text files, and a chain of pages through each other.
     */
    private static void generate(Path root, int pages) throws IOException {
        Files.createDirectories(root.resolve("s"));
        Files.writeString(root.resolve("conf.py"), "rst_epilog = '.. _epi: https://epilog.test/'\n");
        for (int p = 0; p < pages; p++) {
            Files.writeString(
                    root.resolve("s/part" + (p % 7) + ".rst"),
                    ":nosearch:\n\nstart-" + p % 7 + "\n\nSee `ref" + p % 7 + "`_ and epi_, anonymous__.\n\n"
                            + "__ https://anon.test/" + p % 7 + "\n\nend-" + p % 7 + "\n");
            Files.writeString(root.resolve("s/snippet" + p + ".txt"), "text " + p + "\n");
            String next = p + 1 < pages ? ".. include:: p" + (p + 1) + ".rst\n   :start-after: cut\n" : "";
            Files.writeString(
                    root.resolve("p" + p + ".rst"),
                    "Page " + p + "\n=======\n\n.. include:: s/part" + p % 7 + ".rst\n   :start-after: start-"
                            + p % 7 + "\n   :end-before: end-" + p % 7 + "\n\n.. include:: s/snippet" + p
                            + ".txt\n   :literal:\n\n.. _ref" + p % 7 + ": https://ref.test/" + p
                            + "\n\ncut\n\nText https://direct.test/" + p + " here.\n\n" + next);
        }
    }
}
