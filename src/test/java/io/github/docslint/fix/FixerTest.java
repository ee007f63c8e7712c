package io.github.docslint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.LintRequest;
import io.github.docslint.Tree;
import io.github.docslint.rules.Severity;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fix engine on small trees, checked byte for byte. */
class FixerTest {
    @TempDir
    Path dir;

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    Tree tree() {
        return Tree.at(dir).conf("");
    }

    FixPlan fix(LintRequest request) throws IOException {
        FixPlan plan = Fixer.plan(request);
        for (FileFix f : plan.fixes()) {
            f.write();
        }
        return plan;
    }

    FixPlan fix() throws IOException {
        return fix(LintRequest.of(dir));
    }

    String read(String rel) throws IOException {
        return read(rel, StandardCharsets.UTF_8);
    }

    String read(String rel, Charset cs) throws IOException {
        return new String(Files.readAllBytes(dir.resolve(rel)), cs);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void newFieldListAndStartAfterWithBomAndCrlfKeptByteForByte() throws IOException {
        tree().bytes(
                        "index.rst",
                        concat(
                                BOM,
                                "Home\r\n====\r\n\r\n.. include:: part.rst\r\n\r\nEnd.\r\n"
                                        .getBytes(StandardCharsets.UTF_8)))
                .bytes("part.rst", concat(BOM, "Part text.\r\n".getBytes(StandardCharsets.UTF_8)));
        FixPlan plan = fix();
        assertThat(plan.notes()).isEmpty();
        assertThat(Files.readAllBytes(dir.resolve("part.rst")))
                .isEqualTo(concat(BOM, ":nosearch:\r\n\r\nPart text.\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readAllBytes(dir.resolve("index.rst")))
                .isEqualTo(concat(
                        BOM,
                        "Home\r\n====\r\n\r\n.. include:: part.rst\r\n   :start-after: :nosearch:\r\n\r\nEnd.\r\n"
                                .getBytes(StandardCharsets.UTF_8)));
        assertThat(plan.fixes())
                .extracting(f -> dir.relativize(f.file()) + ": " + f.added())
                .containsExactly(
                        "index.rst: [':start-after: :nosearch:' to the include on line 4]", "part.rst: [':nosearch:']");
        // a second run finds nothing left to do
        assertThat(Fixer.plan(LintRequest.of(dir)).fixes()).isEmpty();
    }

    @Test
    void joinsAnExistingFieldListFirstSoThatIncludesSkippingItStillDo() throws IOException {
        tree().file("index.rst", "Home\n====\n\n.. include:: a.rst\n   :start-after: :orphan:\n\n.. include:: b.rst\n")
                .file("a.rst", ":orphan:\n\nA text.\n")
                .file("b.rst", ":orphan:\n:description: B\n   continued\n\nB text.\n");
        FixPlan plan = fix();
        assertThat(plan.notes()).isEmpty();
        assertThat(read("a.rst")).isEqualTo(":nosearch:\n:orphan:\n\nA text.\n");
        assertThat(read("b.rst")).isEqualTo(":nosearch:\n:orphan:\n:description: B\n   continued\n\nB text.\n");
        assertThat(read("index.rst"))
                .isEqualTo("Home\n====\n\n.. include:: a.rst\n   :start-after: :orphan:\n\n"
                        + ".. include:: b.rst\n   :start-after: continued\n");
        assertThat(Fixer.plan(LintRequest.of(dir)).fixes()).isEmpty();
    }

    @Test
    void afterLeadingCommentsButAboveASuppression() throws IOException {
        tree().file(
                        "index.rst",
                        "Home\n====\n\n.. include:: a.rst\n   :start-after: :nosearch:\n\n.. include:: b.rst\n   :start-after: :nosearch:\n")
                .file("a.rst", ".. Copyright Acme\n   all rights\n\n.. another note\n\nA text.\n")
                .file("b.rst", ".. Copyright Acme\n\n.. docslint: disable=image-alt-missing\n\n.. image:: x.png\n");
        fix();
        assertThat(read("a.rst"))
                .isEqualTo(".. Copyright Acme\n   all rights\n\n.. another note\n\n:nosearch:\n\nA text.\n");
        assertThat(read("b.rst"))
                .isEqualTo(
                        ".. Copyright Acme\n\n:nosearch:\n\n.. docslint: disable=image-alt-missing\n\n.. image:: x.png\n");
    }

    @Test
    void withRstPrologTheFieldListGoesOnLineOne() throws IOException {
        Tree.at(dir)
                .conf("rst_prolog = '.. |p| replace:: P'\n")
                .file("index.rst", "Home\n====\n\n.. include:: a.rst\n   :start-after: :nosearch:\n")
                .file("a.rst", ".. Copyright Acme\n\nA text.\n");
        fix();
        assertThat(read("a.rst")).isEqualTo(":nosearch:\n\n.. Copyright Acme\n\nA text.\n");
    }

    @Test
    void latin1CrAndNoFinalLineBreak() throws IOException {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        tree().bytes("index.rst", "Café\r====\r\r.. include:: a.rst".getBytes(latin1))
                .bytes("a.rst", "Crème brûlée".getBytes(latin1));
        FixPlan plan = fix(LintRequest.of(dir).withEncoding(latin1));
        assertThat(plan.notes()).isEmpty();
        assertThat(Files.readAllBytes(dir.resolve("a.rst"))).isEqualTo(":nosearch:\n\nCrème brûlée".getBytes(latin1));
        assertThat(Files.readAllBytes(dir.resolve("index.rst")))
                .isEqualTo("Café\r====\r\r.. include:: a.rst\r   :start-after: :nosearch:".getBytes(latin1));
        assertThat(Fixer.plan(LintRequest.of(dir).withEncoding(latin1)).fixes()).isEmpty();
    }

    @Test
    void nestedIncludeGetsTheOptionIndentedUnderIt() throws IOException {
        tree().file(
                        "index.rst",
                        "Home\n====\n\n- Item:\n\n  .. include:: a.rst\n     :class: x\n\n- .. include:: a.rst\n")
                .file("a.rst", ":orphan:\n\nText.\n");
        fix();
        assertThat(read("index.rst"))
                .isEqualTo(
                        "Home\n====\n\n- Item:\n\n  .. include:: a.rst\n     :class: x\n     :start-after: :orphan:\n\n"
                                + "- .. include:: a.rst\n     :start-after: :orphan:\n");
    }

    @Test
    void noSafeMarkerLeavesThePageAndItsIncludeAloneAndSaysWhy() throws IOException {
        String part = "Write :nosearch: at the top.\n";
        tree().file("index.rst", "Home\n====\n\n.. include:: part.rst\n").file("part.rst", part);
        FixPlan plan = fix();
        assertThat(plan.fixes()).isEmpty();
        assertThat(read("part.rst")).isEqualTo(part);
        assertThat(plan.notes())
                .singleElement()
                .asString()
                .startsWith("docslint: left part.rst:1 alone: ':start-after:' not added: ':nosearch:', the last line of"
                        + " the field list of part.rst, occurs 2 times there");
    }

    @Test
    void lineSlicedOrLiteralIncludesAndExcludedFilesBlockTheChange() throws IOException {
        tree().file(
                        "index.rst",
                        "Home\n====\n\n.. include:: a.rst\n   :start-line: 2\n\n.. include:: b.rst\n   :literal:\n\n"
                                + ".. include:: c.rst\n   :start-after: :nosearch:\n")
                .file("a.rst", "A\n\nText.\n")
                .file("b.rst", ":orphan:\n\nB.\n")
                .file("other.rst", "Other\n=====\n\n.. include:: c.rst\n")
                .file("c.rst", "C.\n");
        FixPlan plan = fix(LintRequest.of(dir)
                .withFilter(List.of(), List.of("other.rst"))
                .withSeverities(Map.of("include-unused", Severity.OFF)));
        assertThat(plan.fixes()).isEmpty();
        assertThat(plan.notes())
                .containsExactlyInAnyOrder(
                        "docslint: left a.rst:1 alone: not changed: a.rst: the include at index.rst:4 takes it by line"
                                + " numbers (:start-line:/:end-line:), which the change would shift",
                        "docslint: left c.rst:1 alone: ':nosearch:' not added: the include at other.rst:4 would need"
                                + " ':start-after:', but its file is left out by includes/excludes");
    }

    @Test
    void ruleOffOrSuppressedMeansNothingToFix() throws IOException {
        tree().file("index.rst", "Home\n====\n\n.. include:: a.rst\n   :start-after: :nosearch:\n")
                .file("a.rst", ".. docslint: disable-file=nosearch-missing\n\nA.\n");
        assertThat(Fixer.plan(LintRequest.of(dir)).fixes()).isEmpty();
        tree().file("a.rst", "A.\n");
        assertThat(Fixer.plan(LintRequest.of(dir).withSeverities(Map.of("nosearch-missing", Severity.OFF)))
                        .fixes())
                .isEmpty();
        assertThat(Fixer.plan(LintRequest.of(dir)).fixes()).hasSize(1);
    }

    @Test
    void dryRunDiff() throws IOException {
        tree().file("index.rst", "Home\n====\n\nIntro.\n\n.. include:: a.rst\n\nOne.\nTwo.\nThree.\nFour.\n")
                .file("a.rst", "A.\n");
        FixPlan plan = Fixer.plan(LintRequest.of(dir));
        assertThat(plan.fixes().get(1).diff("source/index.rst"))
                .isEqualTo("--- a/source/index.rst\n+++ b/source/index.rst\n@@ -4,6 +4,7 @@\n"
                        + " Intro.\n \n .. include:: a.rst\n+   :start-after: :nosearch:\n \n One.\n Two.\n");
        assertThat(plan.fixes().get(0).diff("a.rst"))
                .isEqualTo("--- a/a.rst\n+++ b/a.rst\n@@ -1 +1,3 @@\n+:nosearch:\n+\n A.\n");
        assertThat(read("a.rst")).isEqualTo("A.\n"); // planning writes nothing
    }
}
