package io.github.docslint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.docslint.rules.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A linter in CI reads files it did not write: each tree here is hostile in one way, and the run
 * must end with a finding (or a clear warning) naming the file while the other files of the tree are
 * still checked. The timeouts are hang guards, far above the time a run takes, not measurements.
 * Big inputs are generated here, never committed.
 */
class HostileFilesTest {
    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    /** A page every tree holds: its finding proves the rest of the tree was checked. */
    private Tree withGoodPage() {
        return Tree.at(dir).conf("").file("good.rst", "Good\n====\n\n.. image:: good.png\n");
    }

    private LintResult run() {
        return assertTimeoutPreemptively(HANG_GUARD, () -> Linter.run(LintRequest.of(dir)));
    }

    private List<String> findings(LintResult result) {
        return result.findings().stream().map(this::render).toList();
    }

    private String render(Finding f) {
        return dir.relativize(f.file()) + ":" + f.position() + " " + f.rule();
    }

    private static void assertGoodPageChecked(List<String> findings) {
        assertThat(findings).contains("good.rst:4:1 image-alt-missing", "good.rst:4:1 image-missing");
    }

    private static void assertOnlyUnreadable(LintResult result, String file, String messagePart) {
        assertThat(result.findings())
                .filteredOn(f -> f.file().endsWith(file))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("file-unreadable");
                    assertThat(f.message()).contains(messagePart);
                });
    }

    @Test
    void fiftyMegabyteFileIsScannedToTheEnd() throws IOException {
        withGoodPage();
        String para = "Lorem ipsum *dolor* sit amet, ``consectetur`` adipiscing elit, sed_ do eiusmod\n"
                + "tempor incididunt ut labore et dolore magna aliqua: https://example.org/p and more.\n\n";
        int paragraphs = 50_000_000 / para.length() + 1;
        try (OutputStream out = Files.newOutputStream(dir.resolve("big.rst"))) {
            byte[] bytes = para.getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < paragraphs; i++) {
                out.write(bytes);
            }
            out.write(".. _sed: https://example.org/sed\n\n.. image:: last.png\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(Files.size(dir.resolve("big.rst"))).isGreaterThan(50_000_000L);
        int imageLine = paragraphs * 3 + 3;

        LintResult result = run();

        assertThat(findings(result))
                .contains("big.rst:" + imageLine + ":1 image-alt-missing", "big.rst:" + imageLine + ":1 image-missing");
        assertGoodPageChecked(findings(result));
        // the same URL in every paragraph is one URL, and each appearance is kept
        assertThat(result.links()).hasSize(2 * paragraphs);
    }

    @Test
    void oneMegabyteLineIsScannedToItsEnd() throws IOException {
        StringBuilder line = new StringBuilder();
        String[] noise = {"_`a ", ":r:`x ", "`a ", "*a ", "|a ", "a-", "a:", "[1 ", "<a ", "x@y. ", "\\` "};
        Random random = new Random(6);
        while (line.length() < 1_000_000) {
            line.append(noise[random.nextInt(noise.length)]);
        }
        int column = line.length() + 2;
        line.append(" https://example.org/end");
        withGoodPage().file("line.rst", line + "\n");

        LintResult result = run();

        assertThat(result.links())
                .filteredOn(l -> l.file().endsWith("line.rst"))
                .extracting(l -> l.position().toString())
                .containsExactly("1:" + column);
        assertGoodPageChecked(findings(result));
    }

    @Test
    void hundredThousandNestedListsAreReportedNotOverflowed() throws IOException {
        withGoodPage()
                .file("bullets.rst", "- ".repeat(100_000) + "x\n")
                .file("notes.rst", "Title\n=====\n\n" + ".. note:: ".repeat(100_000) + "x\n")
                .file("fields.rst", ":a: ".repeat(100_000) + "x\n");
        StringBuilder stairs = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            stairs.append(" ".repeat(i)).append("quote ").append(i).append("\n\n");
        }
        Tree.at(dir).file("stairs.rst", stairs.toString());

        LintResult result = run();

        // the body of the 200th nested list item is one level too deep: it starts at column 401
        assertThat(findings(result))
                .contains(
                        "bullets.rst:1:401 file-unreadable",
                        "notes.rst:4:2001 file-unreadable",
                        "fields.rst:1:801 file-unreadable",
                        "stairs.rst:401:201 file-unreadable");
        assertThat(result.findings())
                .filteredOn(f -> f.rule().equals("file-unreadable"))
                .allSatisfy(f -> assertThat(f.message()).contains("nest more than 200 levels deep"));
        assertGoodPageChecked(findings(result));
    }

    @Test
    void lineIndentedByHundredThousandColumnsIsPlainText() throws IOException {
        withGoodPage()
                .file("indent.rst", " ".repeat(100_000) + "https://example.org/deep\n")
                .file("tabs.rst", "\t".repeat(100_000) + "https://example.org/tabs\n");

        LintResult result = run();

        assertThat(result.links())
                .extracting(l -> dir.relativize(l.file()) + ":" + l.position())
                .containsExactlyInAnyOrder("indent.rst:1:100001", "tabs.rst:1:100001");
        assertGoodPageChecked(findings(result));
    }

    @Test
    void tenThousandDeepIncludeChainIsFollowed() throws IOException {
        int depth = 10_000;
        withGoodPage().file("index.rst", ".. include:: chain/c0.inc\n");
        for (int i = 0; i < depth; i++) {
            String next = i + 1 < depth ? ".. include:: chain/c" + (i + 1) + ".inc\n" : ".. image:: bottom.png\n";
            Tree.at(dir).file("chain/c" + i + ".inc", "Level " + i + "\n\n" + next);
        }

        LintResult result = run();

        // includes resolve against the page: the image at the bottom of the chain is seen from index.rst
        assertThat(findings(result)).contains("chain/c" + (depth - 1) + ".inc:3:1 image-alt-missing");
        assertGoodPageChecked(findings(result));
    }

    @Test
    void includeCycleThroughThousandFilesIsReportedOncePerFile() throws IOException {
        int files = 1_000;
        withGoodPage();
        for (int i = 0; i < files; i++) {
            Tree.at(dir).file("c" + i + ".rst", ":nosearch:\n\n.. include:: c" + ((i + 1) % files) + ".rst\n");
        }

        LintResult result = run();

        assertThat(result.findings())
                .filteredOn(f -> f.rule().equals("include-cycle"))
                .hasSize(files)
                .allSatisfy(f -> assertThat(f.position().line()).isEqualTo(3));
        assertGoodPageChecked(findings(result));
    }

    @Test
    void binaryFileNamedRstIsReportedAsUnreadable() throws IOException {
        byte[] binary = new byte[200_000];
        new Random(42).nextBytes(binary);
        withGoodPage().bytes("blob.rst", binary);

        LintResult result = run();

        assertOnlyUnreadable(result, "blob.rst", "is not valid UTF-8");
        assertGoodPageChecked(findings(result));
    }

    @Test
    void nulBytesAndControlCharactersAreText() throws IOException {
        byte[] ascii = new byte[200_000];
        Random random = new Random(7);
        for (int i = 0; i < ascii.length; i++) {
            ascii[i] = (byte) random.nextInt(128); // valid UTF-8, NULs and every control character included
        }
        withGoodPage()
                .bytes("controls.rst", ascii)
                .bytes("nul.rst", "a\0b https://example.org/x\0\n".getBytes(StandardCharsets.UTF_8));

        LintResult result = run();

        assertThat(findings(result)).noneMatch(f -> f.startsWith("controls.rst") || f.startsWith("nul.rst"));
        assertGoodPageChecked(findings(result));
    }

    @Test
    void nulBytesInImageAndIncludePathsAreMissingFilesNotACrash() throws IOException {
        // found by ScannerPropertiesTest: no file can have such a name, and Path.resolve throws on it
        withGoodPage()
                .bytes(
                        "paths.rst",
                        ".. image:: pic\0.png\n   :alt: A chart\n\n.. include:: part\0.inc\n"
                                .getBytes(StandardCharsets.UTF_8));

        LintResult result = run();

        assertThat(findings(result)).contains("paths.rst:1:1 image-missing", "paths.rst:4:1 include-missing");
        assertGoodPageChecked(findings(result));
    }

    @Test
    void symbolicLinkLoopIsWalkedOnce() throws IOException {
        withGoodPage().file("sub/page.rst", ".. image:: p.png\n");
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
        Files.createSymbolicLink(dir.resolve("sub/self"), dir.resolve("sub"));

        LintResult result = run();

        assertThat(result.filesScanned()).isEqualTo(2);
        assertThat(findings(result)).contains("sub/page.rst:1:1 image-alt-missing");
        assertGoodPageChecked(findings(result));
    }

    @Test
    void unreadableFileIsReportedAndTheOthersChecked() throws IOException {
        withGoodPage().file("locked.rst", "Text.\n");
        Path locked = dir.resolve("locked.rst");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who can read any file (root)");

            LintResult result = run();

            assertOnlyUnreadable(result, "locked.rst", "cannot be read");
            assertGoodPageChecked(findings(result));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
