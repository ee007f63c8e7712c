package io.github.docslint.links;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkCacheTest {
    static final Instant T0 = Instant.parse("2026-11-27T00:00:00Z");
    static final Duration TTL = Duration.ofHours(24);
    static final Duration NOT_FOUND_TTL = Duration.ofHours(1);
    static final String A = "https://a.example/";
    static final String B = "https://b.example/page";

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(T0);
    final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    Path file() {
        return dir.resolve("links-cache.json");
    }

    LinkCache load() {
        return LinkCache.load(file(), TTL, NOT_FOUND_TTL, clock, warnings::add);
    }

    static LinkResult working(String url) {
        return new LinkResult(url, LinkStatus.WORKING, 200, "");
    }

    /** Records one result in a fresh instance and saves it, as one build would. */
    void saved(LinkResult result, boolean anchorsChecked) throws IOException {
        LinkCache cache = load();
        cache.record(result, anchorsChecked);
        cache.save();
    }

    String text() throws IOException {
        return Files.readString(file());
    }

    @Test
    void missingFileIsAnEmptyCacheAndLoadingCreatesNothing() {
        LinkCache cache = load();

        assertThat(cache.fresh(A, false)).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void savedSuccessIsServedWithinTheTtl() throws IOException {
        saved(working(A), false);
        clock.advance(TTL.minusSeconds(1));

        assertThat(load().fresh(A, false)).contains(working(A));
        assertThat(warnings).isEmpty();
    }

    @Test
    void recordedSuccessIsServedBeforeSaving() {
        LinkCache cache = load();
        cache.record(working(A), false);

        assertThat(cache.fresh(A, false)).contains(working(A));
    }

    @Test
    void entryExpiresOnceTheTtlHasPassed() throws IOException {
        saved(working(A), false);
        LinkCache cache = load();

        clock.advance(TTL.minusMillis(1));
        assertThat(cache.fresh(A, false)).isPresent();
        clock.advance(Duration.ofMillis(1)); // checked + ttl == now: no longer fresh
        assertThat(cache.fresh(A, false)).isEmpty();
    }

    @Test
    void expiredEntriesAreDroppedOnSave() throws IOException {
        saved(working(A), false);
        clock.advance(TTL.plusSeconds(1));

        saved(working(B), false);

        assertThat(text()).doesNotContain(A).contains(B);
    }

    @ParameterizedTest
    @EnumSource(
            value = LinkStatus.class,
            names = {"BROKEN", "TIMEOUT", "ANCHOR_MISSING"})
    void failureIsNotStoredAndRemovesAnOlderSuccess(LinkStatus failure) throws IOException {
        saved(working(A), true);
        saved(working(B), false);
        clock.advance(Duration.ofMinutes(1));

        LinkCache cache = load();
        cache.record(new LinkResult(A, failure, 503, "unavailable"), true);
        cache.record(new LinkResult("https://c.example/", failure, 0, "no answer"), false);
        assertThat(cache.fresh(A, false)).isEmpty();
        cache.save();

        assertThat(text()).doesNotContain(A).doesNotContain("c.example").contains(B);
        assertThat(load().fresh(A, false)).isEmpty();
        assertThat(load().fresh(B, false)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(
            value = LinkStatus.class,
            names = {"IGNORED", "BLOCKED", "UNCHECKED"})
    void notRequestedResultsAreNeverStoredAndLeaveOlderEntries(LinkStatus notRequested) throws IOException {
        saved(working(A), false);
        clock.advance(Duration.ofMinutes(1));

        LinkCache cache = load();
        cache.record(new LinkResult(A, notRequested, 0, "offline"), false);
        cache.record(new LinkResult(B, notRequested, 0, "offline"), false);
        assertThat(cache.fresh(B, false)).isEmpty();
        cache.save();

        assertThat(text()).doesNotContain(B);
        assertThat(load().fresh(A, false)).contains(working(A));
    }

    @Test
    void anchorsRequiredIsOnlyServedByEntriesWhoseAnchorsWereChecked() throws IOException {
        String withAnchor = "https://a.example/page#install";
        String without = "https://b.example/page#usage";
        LinkCache first = load();
        first.record(working(withAnchor), true);
        first.record(working(without), false);
        first.save();

        LinkCache cache = load();
        assertThat(cache.fresh(withAnchor, true)).isPresent();
        assertThat(cache.fresh(withAnchor, false)).isPresent();
        assertThat(cache.fresh(without, true)).isEmpty();
        assertThat(cache.fresh(without, false)).isPresent();
    }

    @Test
    void roundTripPreservesStatusCodeAndInfo() throws IOException {
        List<LinkResult> results = List.of(
                new LinkResult(A, LinkStatus.WORKING, 200, ""),
                new LinkResult(B, LinkStatus.REDIRECTED, 301, "to https://b.example/new?x=1&y=\"2\""),
                new LinkResult("https://c.example/ü?q=<a>", LinkStatus.WORKING, 403, "accepted: 403 für Bots\n"),
                new LinkResult("https://d.example/", LinkStatus.REDIRECTED, 308, "to https://d.example/€"));
        LinkCache first = load();
        results.forEach(r -> first.record(r, false));
        first.save();

        LinkCache cache = load();
        assertThat(results)
                .allSatisfy(r -> assertThat(cache.fresh(r.url(), false)).contains(r));
        assertThat(warnings).isEmpty();
    }

    @Test
    void fileHasTheDocumentedShapeWithEntriesSortedByUrl() throws IOException {
        LinkCache cache = load();
        cache.record(new LinkResult("https://z.example/", LinkStatus.WORKING, 200, ""), false);
        cache.record(new LinkResult(A, LinkStatus.REDIRECTED, 301, "to https://a.example/new"), true);
        cache.record(new LinkResult("https://m.example/?a=1&b=2", LinkStatus.WORKING, 200, ""), false);
        cache.save();

        assertThat(text()).isEqualTo("""
                {
                  "format": "docslint-link-cache",
                  "version": 1,
                  "entries": {
                    "https://a.example/": {
                      "status": "redirected",
                      "code": 301,
                      "info": "to https://a.example/new",
                      "checked": "2026-11-27T00:00:00Z",
                      "anchors": true
                    },
                    "https://m.example/?a=1&b=2": {
                      "status": "working",
                      "code": 200,
                      "info": "",
                      "checked": "2026-11-27T00:00:00Z",
                      "anchors": false
                    },
                    "https://z.example/": {
                      "status": "working",
                      "code": 200,
                      "info": "",
                      "checked": "2026-11-27T00:00:00Z",
                      "anchors": false
                    }
                  }
                }
                """);
    }

    @Test
    void checkedTimeIsKeptToTheSecond() throws IOException {
        clock.set(T0.plusMillis(1_999));

        saved(working(A), false);

        assertThat(text()).contains("\"checked\": \"2026-11-27T00:00:01Z\"");
    }

    static Stream<Arguments> foreignFiles() {
        byte[] garbage = new byte[256];
        new java.util.Random(7).nextBytes(garbage);
        return Stream.of(
                Arguments.of("garbage bytes", garbage, "is not UTF-8 text"),
                Arguments.of(
                        "another format",
                        ("{\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\", \"version\": \"2.1.0\","
                                        + " \"runs\": []}")
                                .getBytes(UTF_8),
                        "is not a docslint link cache"),
                Arguments.of("a JSON array", "[1, 2]".getBytes(UTF_8), "is not a docslint link cache"),
                Arguments.of("a pom", "<project>\n</project>\n".getBytes(UTF_8), "is not valid JSON"));
    }

    /** A misconfigured cacheFile must not destroy the file it points at: reported, ignored, never written. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignFiles")
    void aFileThatIsNoCacheIsReportedIgnoredAndNeverOverwritten(String what, byte[] content, String problem)
            throws IOException {
        Files.write(file(), content);

        LinkCache cache = load();
        cache.record(working(B), false);
        assertThatThrownBy(cache::save)
                .isInstanceOf(IOException.class)
                .hasMessageContaining("The link cache " + file().toAbsolutePath())
                .hasMessageContaining("left alone: point docslint.links.cacheFile at another file");

        assertThat(warnings)
                .singleElement(InstanceOfAssertFactories.STRING)
                .contains(problem)
                .endsWith("; it is ignored and left alone.");
        assertThat(Files.readAllBytes(file())).isEqualTo(content);
    }

    static Stream<Arguments> unusableFiles() {
        return Stream.of(
                Arguments.of("zero bytes", new byte[64], "is not valid JSON (at line 1 column 1"),
                Arguments.of("empty", new byte[0], "is empty"),
                Arguments.of(
                        "truncated",
                        ("{\"format\": \"docslint-link-cache\", \"version\": 1, \"entries\": {\"" + A
                                        + "\": {\"status\": \"work")
                                .getBytes(UTF_8),
                        "is truncated"),
                Arguments.of(
                        "a newer version",
                        "{\"format\": \"docslint-link-cache\", \"version\": 2, \"entries\": {}}".getBytes(UTF_8),
                        "has version 2, this docslint reads version 1"),
                Arguments.of(
                        "a bad entry",
                        ("{\"format\": \"docslint-link-cache\", \"version\": 1, \"entries\": {\"" + A
                                        + "\": {\"status\": \"timeout\", \"code\": 0, \"info\": \"\","
                                        + " \"checked\": \"2026-11-27T00:00:00Z\", \"anchors\": false}}}")
                                .getBytes(UTF_8),
                        "has a bad entry for \"" + A + "\": \"status\" \"timeout\" is not a cached status"),
                Arguments.of(
                        "a broken entry that is no 404 or 410",
                        ("{\"format\": \"docslint-link-cache\", \"version\": 1, \"entries\": {\"" + A
                                        + "\": {\"status\": \"broken\", \"code\": 503, \"info\": \"\","
                                        + " \"checked\": \"2026-11-27T00:00:00Z\", \"anchors\": false}}}")
                                .getBytes(UTF_8),
                        "has a bad entry for \"" + A
                                + "\": \"status\" \"broken\" is cached only with \"code\" 404 or 410, not 503"),
                Arguments.of(
                        "trailing text",
                        "{\"format\": \"docslint-link-cache\", \"version\": 1, \"entries\": {}} x".getBytes(UTF_8),
                        "is not valid JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableFiles")
    void damagedCacheIsReportedOnceTreatedAsEmptyAndReplacedOnSave(String what, byte[] content, String problem)
            throws IOException {
        Files.write(file(), content);

        LinkCache cache = load();
        assertThat(cache.fresh(A, false)).isEmpty();
        cache.record(working(B), false);
        cache.save();

        assertThat(warnings)
                .singleElement(InstanceOfAssertFactories.STRING)
                .contains("The link cache " + file().toAbsolutePath())
                .contains(problem)
                .endsWith("; it is ignored and will be rewritten.")
                .doesNotContain("\n");
        warnings.clear();
        LinkCache reloaded = load();
        assertThat(warnings).isEmpty();
        assertThat(reloaded.fresh(B, false)).isPresent();
        assertThat(reloaded.fresh(A, false)).isEmpty();
    }

    @Test
    void missingParentFoldersAreCreatedOnSave() throws IOException {
        Path nested = dir.resolve("target/docslint/cache/links.json");
        LinkCache cache = LinkCache.load(nested, TTL, NOT_FOUND_TTL, clock, warnings::add);
        cache.record(working(A), false);

        cache.save();

        assertThat(LinkCache.load(nested, TTL, NOT_FOUND_TTL, clock, warnings::add)
                        .fresh(A, false))
                .isPresent();
        assertThat(warnings).isEmpty();
    }

    @Test
    void newerCheckByAnotherBuildWins() throws IOException {
        LinkCache slow = load(); // a build that checked A first
        slow.record(new LinkResult(A, LinkStatus.BROKEN, 503, ""), false);
        clock.advance(Duration.ofMinutes(1));
        saved(new LinkResult(A, LinkStatus.REDIRECTED, 301, "later"), false); // a build that checked A later

        slow.save();

        assertThat(load().fresh(A, false)).contains(new LinkResult(A, LinkStatus.REDIRECTED, 301, "later"));
    }

    @Test
    void failureRemovesAnEntryAnotherBuildSavedEarlier() throws IOException {
        LinkCache cache = load(); // loaded before the other build saved A
        saved(working(A), false);
        clock.advance(Duration.ofMinutes(1));

        cache.record(new LinkResult(A, LinkStatus.TIMEOUT, 0, ""), false);
        cache.save();

        assertThat(text()).doesNotContain(A);
    }

    @Test
    void entriesOfOtherBuildsSavedSinceLoadingAreKept() throws IOException {
        LinkCache mine = load();
        saved(working(A), false);

        mine.record(working(B), false);
        mine.save();

        assertThat(mine.fresh(A, false)).isPresent();
        assertThat(load().fresh(A, false)).isPresent();
        assertThat(load().fresh(B, false)).isPresent();
    }

    @Test
    void entryCheckedFarInTheFutureIsNotTrusted() throws IOException {
        clock.set(T0.plus(Duration.ofDays(365)));
        saved(working(A), false); // a build with a wrong clock
        clock.set(T0);

        assertThat(load().fresh(A, false)).isEmpty();
        saved(working(B), false);
        assertThat(text()).doesNotContain(A);
    }

    @Test
    void saveWithoutChangesLeavesTheFileUntouched() throws IOException {
        saved(working(A), false);
        FileTime old = FileTime.from(T0);
        Files.setLastModifiedTime(file(), old);
        String before = text();

        load().save();

        assertThat(text()).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file())).isEqualTo(old);
    }

    @Test
    void leftoverTempFileOfAKilledWriterIsIgnoredAndCleanedUp() throws IOException {
        saved(working(A), false);
        Path temp = dir.resolve("links-cache.json.4242-1f2e3d" + LinkCache.TEMP_SUFFIX);
        Files.writeString(temp, "{\"format\": \"docslint-link-cache\", \"version\": 1, \"entr");

        LinkCache cache = load();
        assertThat(cache.fresh(A, false)).isPresent();
        assertThat(warnings).isEmpty();

        cache.record(working(B), false);
        cache.save();
        assertThat(temp).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("links-cache.json", "links-cache.json.lock");
        }
        assertThat(load().fresh(A, false)).isPresent();
    }

    @Test
    void writersInOneJvmLoseNothing() throws Exception {
        int writers = 4;
        int urls = 30;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String prefix = "https://w" + w + ".example/";
                done.add(pool.submit(() -> {
                    LinkCache cache = load();
                    start.await();
                    for (int i = 0; i < urls; i++) {
                        cache.record(working(prefix + i), false);
                        cache.save();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        LinkCache cache = load();
        assertThat(IntStream.range(0, writers)
                        .boxed()
                        .flatMap(w -> IntStream.range(0, urls).mapToObj(i -> "https://w" + w + ".example/" + i)))
                .hasSize(writers * urls)
                .allSatisfy(url -> assertThat(cache.fresh(url, false)).isPresent());
        assertThat(warnings).isEmpty();
    }

    /** A {@link LinkCacheWriterMain} in its own JVM, writing this test's cache file. */
    private Process writer(Path go, String prefix, int urls, String... mode) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LinkCacheWriterMain.class.getName(),
                file().toString(),
                go.toString(),
                prefix,
                String.valueOf(urls)));
        command.addAll(List.of(mode));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    @Test
    void writerKilledBetweenWritingTheTempFileAndRenamingItLeavesTheOldCacheWhole() throws Exception {
        LinkCache old = LinkCache.load(file(), TTL, NOT_FOUND_TTL, Clock.systemUTC(), warnings::add);
        for (int i = 0; i < 20; i++) {
            old.record(working("https://old.example/" + i), false);
        }
        old.save();
        byte[] before = Files.readAllBytes(file());
        Path go = dir.resolve("go");
        Files.createFile(go);
        Process p = writer(go, "https://new.example/", 20, "pause");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");
            assertThat(out.readLine()).isEqualTo("paused");
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("the killed writer's temp file is there, complete but never renamed")
                    .anyMatch(name -> name.endsWith(LinkCache.TEMP_SUFFIX));
        }

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        LinkCache cache = LinkCache.load(file(), TTL, NOT_FOUND_TTL, Clock.systemUTC(), warnings::add);
        for (int i = 0; i < 20; i++) {
            assertThat(cache.fresh("https://old.example/" + i, false)).isPresent();
            assertThat(cache.fresh("https://new.example/" + i, false)).isEmpty();
        }
        // the dead process's lock went with it: the next build saves, and clears the leftover
        cache.record(working(A), false);
        cache.save();
        assertThat(warnings).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(LinkCache.TEMP_SUFFIX));
        }
    }

    @Test
    void writersInTwoProcessesLoseNothing() throws Exception {
        int urls = 40;
        Path go = dir.resolve("go");
        List<Process> processes = new ArrayList<>();
        try {
            for (String prefix : List.of("https://p1.example/", "https://p2.example/")) {
                processes.add(writer(go, prefix, urls));
            }
            for (Process p : processes) { // both loaded and waiting: start them together
                BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8));
                assertThat(out.readLine()).isEqualTo("ready");
            }
            Files.createFile(go);
            for (Process p : processes) {
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).isZero();
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }

        LinkCache cache = LinkCache.load(file(), TTL, NOT_FOUND_TTL, Clock.systemUTC(), warnings::add);
        for (String prefix : List.of("https://p1.example/", "https://p2.example/")) {
            for (int i = 0; i < urls; i++) {
                assertThat(cache.fresh(prefix + i, false)).as(prefix + i).isPresent();
            }
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void readOnlyFolderGivesAnIOExceptionNamingTheFileAndTheFix() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path folder = Files.createDirectory(dir.resolve("read-only"));
        Path cacheFile = folder.resolve("links.json");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!canCreateIn(folder), "permissions are not enforced (running as root?)");
            LinkCache cache = LinkCache.load(cacheFile, TTL, NOT_FOUND_TTL, clock, warnings::add);
            cache.record(working(A), false);

            assertThatIOException()
                    .isThrownBy(cache::save)
                    .withMessageStartingWith("Cannot write the link cache " + cacheFile.toAbsolutePath())
                    .withMessageContaining("docslint.links.cacheFile");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static boolean canCreateIn(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void parentThatIsAFileGivesAnIOExceptionNamingTheFileAndTheFix() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("report.txt"), "");
        Path cacheFile = notAFolder.resolve("links.json");
        LinkCache cache = LinkCache.load(cacheFile, TTL, NOT_FOUND_TTL, clock, warnings::add);
        cache.record(working(A), false);

        assertThatIOException()
                .isThrownBy(cache::save)
                .withMessageStartingWith("Cannot write the link cache " + cacheFile.toAbsolutePath())
                .withMessageContaining("docslint.links.cacheFile");
        assertThat(Files.readString(notAFolder)).isEmpty();
    }

    @Test
    void unreadableCacheIsAWarningNotAnException() throws IOException {
        Files.createDirectory(file()); // a folder where the file should be

        LinkCache cache = load();

        assertThat(cache.fresh(A, false)).isEmpty();
        assertThat(warnings)
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("The link cache " + file().toAbsolutePath() + " cannot be read (");
    }

    @Test
    void negativeTtlIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LinkCache.load(file(), Duration.ofSeconds(-1), NOT_FOUND_TTL, clock, warnings::add));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LinkCache.load(file(), TTL, Duration.ofSeconds(-1), clock, warnings::add));
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 410})
    void notFoundIsServedForItsOwnShorterTtlAndSaysItIsCached(int code) throws IOException {
        LinkCache cache = load();
        cache.record(new LinkResult(A, LinkStatus.BROKEN, code, code + " Gone away"), false);
        cache.record(working(B), false);
        cache.save();

        LinkResult cached = load().fresh(A, false).orElseThrow();
        assertThat(cached.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(cached.code()).isEqualTo(code);
        assertThat(cached.info())
                .startsWith(code + " Gone away (cached from 2026-")
                .contains("docslint.links.cacheNotFoundTtl")
                .contains(file().toAbsolutePath().toString());
        assertThat(text()).contains("\"status\": \"broken\"").doesNotContain("cached from");
        // the page is gone whatever its fragment: no anchor check makes it less broken
        assertThat(load().fresh(A, true)).isPresent();

        clock.advance(NOT_FOUND_TTL);
        assertThat(load().fresh(A, false)).isEmpty();
        assertThat(load().fresh(B, false)).isPresent();
        saved(working("https://c.example/"), false);
        assertThat(text()).doesNotContain(A).contains(B);
    }

    @Test
    void notFoundReplacesAnOlderSuccessAndASuccessReplacesIt() throws IOException {
        saved(working(A), true);
        clock.advance(Duration.ofMinutes(1));
        LinkCache cache = load();
        cache.record(new LinkResult(A, LinkStatus.BROKEN, 404, "404 Not Found"), false);
        cache.save();
        assertThat(load().fresh(A, false)).map(LinkResult::status).contains(LinkStatus.BROKEN);

        clock.advance(Duration.ofMinutes(1));
        saved(working(A), false);
        assertThat(load().fresh(A, false)).map(LinkResult::status).contains(LinkStatus.WORKING);
    }

    @Test
    void aRunAnsweredWhollyFromTheCacheLeavesTheFileAlone() throws IOException {
        saved(working(A), false);
        clock.advance(Duration.ofHours(2));
        saved(working(B), false);
        clock.advance(TTL.minusHours(1)); // A expired, B not: a merge would rewrite the file without A
        Files.setLastModifiedTime(file(), FileTime.fromMillis(0));

        LinkCache cache = load();
        assertThat(cache.fresh(B, false)).isPresent();
        cache.save();

        assertThat(Files.getLastModifiedTime(file())).isEqualTo(FileTime.fromMillis(0));
        assertThat(text()).contains(A);
    }

    @Test
    void zeroNotFoundTtlReChecksEveryFailure() throws IOException {
        LinkCache cache = LinkCache.load(file(), TTL, Duration.ZERO, clock, warnings::add);
        cache.record(new LinkResult(A, LinkStatus.BROKEN, 404, "404 Not Found"), false);
        cache.record(working(B), false);

        assertThat(cache.fresh(A, false)).isEmpty();
        cache.save();
        assertThat(text()).doesNotContain(A).contains(B);
    }

    @Test
    void zeroTtlServesNothing() throws IOException {
        LinkCache cache = LinkCache.load(file(), Duration.ZERO, NOT_FOUND_TTL, clock, warnings::add);
        cache.record(working(A), false);

        assertThat(cache.fresh(A, false)).isEmpty();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
