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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files scanned while the tree is walked: once each, and named from the root that owns them. */
class FileScansTest {
    @TempDir
    Path dir;

    private void page(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static String describe(SphinxProject project) {
        Map<String, String> out = new LinkedHashMap<>();
        project.rstFiles()
                .forEach((rel, f) -> out.put(
                        rel + " " + f.path(),
                        f.isReadable()
                                ? List.of(
                                                f.document().links(),
                                                f.document().images(),
                                                f.document().includes())
                                        .toString()
                                : f.problem().toString()));
        return out.toString();
    }

    @Test
    void aProjectLoadedFromEarlyScansEqualsOneThatScansItself() throws IOException {
        page("conf.py", "");
        page("api/conf.py", "");
        for (int i = 0; i < 40; i++) {
            page(
                    (i % 3 == 0 ? "api/" : "guide/") + "p" + i + ".rst",
                    "Page\n====\n\nSee https://x.test/" + i + " and\n\n.. image:: i" + i + ".png\n");
        }
        Files.write(dir.resolve("guide/bad.rst"), new byte[] {'T', '\n', (byte) 0xff, '\n'});
        FileScans scans = new FileScans(StandardCharsets.UTF_8);
        List<List<Path>> told = new ArrayList<>();
        SourceRoots.Survey survey;
        try {
            survey = SourceRoots.survey(dir, List.of(), w -> {}, (root, file) -> {
                told.add(List.of(root, file));
                scans.scanEarly(root, file);
            });
        } finally {
            scans.walkDone();
        }
        Path api = dir.resolve("api");
        // each file once, with the innermost root that holds it
        assertThat(told).hasSize(41).doesNotHaveDuplicates();
        assertThat(told).allSatisfy(t -> assertThat(t.get(0)).isEqualTo(t.get(1).startsWith(api) ? api : dir));
        for (Path root : survey.roots()) {
            List<SourceRoots.RstFile> files =
                    survey.rstFiles(root, survey.roots(), FileFilter.defaults()).orElseThrow();
            SphinxProject early = SphinxProject.loadFound(root, dir, survey, files, scans, w -> {});
            SphinxProject alone = SphinxProject.load(root, dir, survey.roots(), StandardCharsets.UTF_8, w -> {});
            assertThat(describe(early)).isEqualTo(describe(alone)).contains("https://x.test/");
        }
    }

    @Test
    void aFileScannedEarlyIsNotReadAgain() throws IOException {
        page("conf.py", "");
        page("a.rst", "See https://before.test/ here.\n");
        FileScans scans = new FileScans(StandardCharsets.UTF_8);
        scans.scanEarly(dir, dir.resolve("a.rst"));
        scans.walkDone();
        List<SourceRoots.RstFile> files = List.of(new SourceRoots.RstFile(dir.resolve("a.rst"), 30));
        SourceFile first = scans.scanAll(dir, files, true).get(0);
        Files.writeString(dir.resolve("a.rst"), "See https://after.test/ here.\n");
        SourceFile again = scans.scanAll(dir, files, false).get(0);
        assertThat(again.document()).isSameAs(first.document());
        assertThat(again.document().links().get(0).uri()).isEqualTo("https://before.test/");
    }

    @Test
    void aFileScannedEarlyFromAnotherSpellingOfItsRootIsNamedFromTheRootAsked() throws IOException {
        page("docs/a.rst", "Text.\n");
        FileScans scans = new FileScans(StandardCharsets.UTF_8);
        scans.scanEarly(dir, dir.resolve("docs/a.rst"));
        scans.walkDone();
        SourceFile f = scans.scanAll(
                        dir.resolve("docs"), List.of(new SourceRoots.RstFile(dir.resolve("docs/a.rst"), 6)), true)
                .get(0);
        assertThat(f.relPath()).isEqualTo("a.rst");
        assertThat(f.isReadable()).isTrue();
    }

    @Test
    void theHelpersStopWhenTheWalkIsDone() throws Exception {
        page("a.rst", "Text.\n");
        java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
        FileScans scans = new FileScans(StandardCharsets.UTF_8);
        scans.scanEarly(dir, dir.resolve("a.rst"));
        List<Thread> helpers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("docslint-scan-") && !before.contains(t))
                .toList();
        assertThat(helpers)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.isDaemon()).isTrue());
        scans.walkDone();
        for (Thread t : helpers) {
            t.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(t.isAlive()).as(t.getName()).isFalse();
        }
    }
}
