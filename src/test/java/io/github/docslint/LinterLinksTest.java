package io.github.docslint;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.docslint.links.LinkCheckConfig;
import io.github.docslint.links.LinkStatus;
import io.github.docslint.report.LinksJsonl;
import io.github.docslint.rules.Severity;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link part of a run: which appearances are found, how each is reported, and the cache between runs. */
class LinterLinksTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    /** When set, each request records where this thread is meanwhile. */
    private volatile Thread watched;

    private final List<String> watchedFrames = new CopyOnWriteArrayList<>();
    /** What /gone answers. */
    private volatile int goneCode = 404;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.computeIfAbsent(exchange.getRequestURI().getPath(), k -> new AtomicInteger())
                    .incrementAndGet();
            Thread w = watched;
            if (w != null) {
                for (StackTraceElement e : w.getStackTrace()) {
                    watchedFrames.add(e.getClassName() + "." + e.getMethodName());
                }
            }
            int code = exchange.getRequestURI().getPath().startsWith("/gone") ? goneCode : 200;
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /**
     * index.rst links to /ok twice and includes a snippet that links to /gone; other.rst refers to /gone
     * through a named target (the appearance is the reference).
     */
    private void tree() {
        Tree.at(dir)
                .conf("")
                .file(
                        "index.rst",
                        "Home\n====\n\nSee `the guide <" + url("/ok") + ">`_ and " + url("/ok") + ".\n\n"
                                + ".. include:: snippet.rst\n\n``" + url("/literal") + "`` is code.\n")
                .file("snippet.rst", ":nosearch:\n\nOld page: " + url("/gone") + "\n")
                .file("other.rst", "Other\n=====\n\n.. _t: " + url("/gone") + "\n\nSee t_.\n");
    }

    private LintRequest request(Path cache) {
        return request(cache, List.of());
    }

    private LintRequest request(Path cache, List<LinkCheckConfig.Header> headers) {
        LinkCheckConfig config = LinkCheckConfig.defaults()
                .withTimeout(Duration.ofSeconds(5))
                .withRetries(0)
                .withHeaders(headers)
                .withAllowPrivate(true);
        return LintRequest.of(dir)
                .withSeverities(Map.of("include-shows-metadata", Severity.OFF))
                .withLinks(LinkOptions.check(config, cache));
    }

    private List<String> links(LintResult r) {
        return r.links().stream()
                .map(o -> dir.relativize(o.file()) + ":" + o.position().line() + " "
                        + o.url().replaceFirst("^http://127\\.0\\.0\\.1:\\d+", "") + " "
                        + o.result().status().jsonName())
                .toList();
    }

    @Test
    void offlineEveryAppearanceIsListedUncheckedAndNothingIsRequested() throws IOException {
        tree();
        LintResult r = Linter.run(LintRequest.of(dir).withLinks(LinkOptions.unchecked("not checked: offline")));
        assertThat(links(r))
                .containsExactly(
                        "index.rst:4 /ok unchecked",
                        "index.rst:4 /ok unchecked",
                        "other.rst:6 /gone unchecked",
                        "snippet.rst:3 /gone unchecked");
        assertThat(r.urls()).isEqualTo(2);
        assertThat(r.urlsChecked()).isZero();
        assertThat(r.findings()).noneMatch(f -> f.rule().startsWith("link-"));
        assertThat(requests).isEmpty();
    }

    @Test
    void eachUrlIsRequestedOnceAndEachAppearanceOfABrokenOneIsAFinding() throws IOException {
        tree();
        LintResult r = Linter.run(request(null));
        assertThat(links(r))
                .containsExactly(
                        "index.rst:4 /ok working",
                        "index.rst:4 /ok working",
                        "other.rst:6 /gone broken",
                        "snippet.rst:3 /gone broken");
        assertThat(r.findings().stream()
                        .filter(f -> f.rule().equals("link-broken"))
                        .map(f -> dir.relativize(f.file()) + ":" + f.position().line() + " " + f.severity()))
                .containsExactly("other.rst:6 ERROR", "snippet.rst:3 ERROR");
        assertThat(requests.keySet()).containsExactlyInAnyOrder("/ok", "/gone");
        assertThat(r.urlsChecked()).isEqualTo(2);
    }

    @Test
    void excludedFilesHaveTheirLinksNeitherCheckedNorReported() throws IOException {
        tree();
        LintResult r = Linter.run(request(null).withFilter(List.of(), List.of("other.rst", "snippet.rst")));
        assertThat(links(r)).containsExactly("index.rst:4 /ok working", "index.rst:4 /ok working");
        assertThat(requests.keySet()).containsExactly("/ok");
    }

    @Test
    void aConfiguredTokenReachesItsHostButNoFindingReportOrCache() throws IOException {
        tree();
        Map<String, String> seen = new ConcurrentHashMap<>();
        server.createContext("/gone", exchange -> {
            seen.put("token", String.valueOf(exchange.getRequestHeaders().getFirst("X-Token")));
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        Path cache = dir.resolve("target/cache.json");
        LintResult r = Linter.run(request(
                cache,
                List.of(new LinkCheckConfig.Header(Pattern.compile("127\\.0\\.0\\.1"), "X-Token", "tok-s3cret"))));
        assertThat(seen).containsEntry("token", "tok-s3cret");
        Path jsonl = dir.resolve("target/links.jsonl");
        LinksJsonl.write(jsonl, r.links(), dir);
        assertThat(r.findings())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).doesNotContain("s3cret"));
        assertThat(Files.readString(jsonl)).contains("/gone").doesNotContain("s3cret");
        assertThat(Files.readString(cache)).contains("/ok").doesNotContain("s3cret");
        assertThat(r.warnings()).allSatisfy(w -> assertThat(w).doesNotContain("s3cret"));
    }

    @Test
    void rawHtmlLinksAreCheckedOnlyWhenAsked() throws IOException {
        Tree.at(dir)
                .conf("")
                .file("index.rst", "Home\n====\n\n.. raw:: html\n\n   <a href=\"" + url("/gone/raw") + "\">old</a>\n");
        assertThat(links(Linter.run(request(null)))).isEmpty();
        LintRequest asked = request(null);
        LintResult r = Linter.run(asked.withLinks(asked.links().withRawHtml(true)));
        assertThat(links(r)).containsExactly("index.rst:6 /gone/raw broken");
        assertThat(r.findings()).extracting(f -> f.rule() + " " + f.position()).contains("link-broken 6:4");
    }

    @Test
    void aUrlIgnoredSinceItWasCachedIsReportedIgnored() throws IOException {
        tree();
        Path cache = dir.resolve("target/cache.json");
        Linter.run(request(cache));
        LintRequest r = request(cache);
        LinkCheckConfig ignoring = r.links().config().withIgnore(List.of(Pattern.compile("/ok$")));
        LintResult second = Linter.run(r.withLinks(LinkOptions.check(ignoring, cache)));
        assertThat(links(second)).contains("index.rst:4 /ok ignored");
        assertThat(requests.get("/ok")).hasValue(1);
    }

    @Test
    void aCacheFileThatIsNoCacheIsAWarningAndLeftUntouched() throws IOException {
        tree();
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "my notes, not a cache\n");
        LintResult r = Linter.run(request(notes));
        assertThat(links(r)).contains("index.rst:4 /ok working");
        assertThat(r.warnings())
                .anySatisfy(w -> assertThat(w)
                        .startsWith("link cache not saved: The link cache " + notes.toAbsolutePath())
                        .contains("left alone"));
        assertThat(notes).hasContent("my notes, not a cache");
    }

    @Test
    void linksAreCheckedOffTheCallingThreadSoTheSourceRulesRunMeanwhile() throws IOException {
        tree();
        watched = Thread.currentThread();
        LintResult r = Linter.run(request(null));
        watched = null;
        assertThat(requests).isNotEmpty();
        // while a request was answered, the caller was in the source rules or waiting, never checking
        assertThat(watchedFrames)
                .contains("io.github.docslint.Linter.run")
                .noneMatch(f -> f.startsWith("io.github.docslint.LinkStage.")
                        || f.startsWith("io.github.docslint.links.LinkChecker."));
        assertThat(links(r)).contains("index.rst:4 /ok working", "other.rst:6 /gone broken");
    }

    @Test
    void progressCountsCachedUrlsAsDoneAndEndsAtTheTotal() throws IOException {
        goneCode = 503;
        tree();
        Path cache = dir.resolve("target/cache.json");
        Linter.run(request(cache));
        List<String> calls = new CopyOnWriteArrayList<>();
        LintRequest r = request(cache);
        Linter.run(r.withLinks(r.links().withProgress((done, total) -> calls.add(done + "/" + total))));
        // /ok comes from the cache, /gone is checked again: one call, counting both
        assertThat(calls).containsExactly("2/2");
    }

    @Test
    void aSecondRunWithinTheTtlRequestsNothingWhenTheFailuresWereNotFound() throws IOException {
        tree();
        Path cache = dir.resolve("target/cache.json");
        Linter.run(request(cache));
        int goneRequests = requests.get("/gone").get();
        LintResult second = Linter.run(request(cache));
        assertThat(requests.get("/ok")).hasValue(1);
        assertThat(requests.get("/gone")).as("a 404 is cached").hasValue(goneRequests);
        assertThat(second.urlsFromCache()).isEqualTo(2);
        assertThat(second.urlsChecked()).isZero();
        assertThat(second.findings())
                .filteredOn(f -> f.rule().equals("link-broken"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).contains("cached from"));
    }

    @Test
    void aSecondRunWithinTheTtlRequestsOnlyTheFailuresThatWereNotANotFound() throws IOException {
        goneCode = 503;
        tree();
        Path cache = dir.resolve("target/cache.json");
        Linter.run(request(cache));
        assertThat(cache).exists();
        LintResult second = Linter.run(request(cache));
        assertThat(requests.get("/ok")).hasValue(1);
        assertThat(requests.get("/gone").get()).as("failures are re-checked").isGreaterThanOrEqualTo(2);
        assertThat(second.urlsFromCache()).isEqualTo(1);
        assertThat(second.links())
                .filteredOn(o -> o.url().endsWith("/ok"))
                .allSatisfy(o -> assertThat(o.result().status()).isEqualTo(LinkStatus.WORKING));
    }
}
