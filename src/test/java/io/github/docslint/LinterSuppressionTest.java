package io.github.docslint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.links.LinkCheckConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppression comments as a run applies them: after the rules, matched by file and line. */
class LinterSuppressionTest {
    @TempDir
    Path dir;

    List<String> findings(LintResult r) {
        return r.findings().stream()
                .map(f -> dir.relativize(f.file()).toString().replace('\\', '/') + ":"
                        + f.position().line() + " " + f.rule())
                .toList();
    }

    @Test
    void aCommentSilencesItsRulesForTheElementAfterItOnly() throws IOException {
        Tree.at(dir)
                .conf("")
                .empty("a.png")
                .file(
                        "index.rst",
                        "Title\n=====\n\n" // 1-3
                                + ".. docslint: disable=image-alt-missing\n\n" // 4-5
                                + ".. image:: a.png\n   :class: x\n\n" // 6-8: silenced
                                + ".. image:: a.png\n\n" // 9-10: reported
                                + ".. docslint: disable=image-alt-missing\n\n" // 11-12
                                + ".. image:: missing.png\n"); // 13: image-missing is not silenced
        LintResult r = Linter.run(LintRequest.of(dir));
        assertThat(findings(r)).containsExactly("index.rst:9 image-alt-missing", "index.rst:13 image-missing");
    }

    @Test
    void snippetFindingsAreSilencedByTheSnippetsOwnComments() throws IOException {
        Tree.at(dir)
                .conf("")
                .file(
                        "index.rst",
                        "Title\n=====\n\n.. docslint: disable=image-alt-missing\n\n"
                                + ".. include:: snippet.rst\n   :start-after: :nosearch:\n\n"
                                + ".. include:: other.rst\n   :start-after: :nosearch:\n")
                .empty("a.png")
                .file(
                        "snippet.rst",
                        ":nosearch:\n\n.. docslint: disable-file=image-alt-missing -- shared screenshots\n\n"
                                + ".. image:: a.png\n")
                .file("other.rst", ":nosearch:\n\n.. image:: a.png\n");
        LintResult r = Linter.run(LintRequest.of(dir));
        // the comment before the include in index.rst does not reach into snippet.rst or other.rst
        assertThat(findings(r)).containsExactly("other.rst:3 image-alt-missing");
    }

    @Test
    void aFileConfPyExcludesCanSilenceWhatIsReportedOnIt() throws IOException {
        Tree.at(dir)
                .conf("exclude_patterns = ['old/*']\n")
                .file("index.rst", "Title\n=====\n")
                .file("old/a.rst", ":nosearch:\n\nOld.\n")
                .file("old/b.rst", ":nosearch:\n\n.. docslint: disable-file=include-unused -- kept for the archive\n");
        assertThat(findings(Linter.run(LintRequest.of(dir)))).containsExactly("old/a.rst:1 include-unused");
    }

    @Test
    void unknownAndMalformedSuppressionsAreReported() throws IOException {
        Tree.at(dir)
                .conf("")
                .file(
                        "index.rst",
                        "Title\n=====\n\n.. docslint: disable=image-alt-mising\n\n.. image:: a.png\n   :alt: A chart\n\n"
                                + ".. docslint: disable=\n\nText.\n");
        Tree.at(dir).empty("a.png");
        LintResult r = Linter.run(LintRequest.of(dir));
        assertThat(findings(r)).containsExactly("index.rst:4 suppression-invalid", "index.rst:9 suppression-invalid");
        assertThat(r.findings().get(0).message()).contains("closest known rules: image-alt-missing");
    }

    @Test
    void linkFindingsAreSilencedWhereTheLinkIsWritten() throws IOException {
        String blocked = "http://127.0.0.1:9/private";
        Tree.at(dir)
                .conf("")
                .file(
                        "index.rst",
                        "Title\n=====\n\n" // 1-3
                                + ".. docslint: disable=link-blocked\n\n" // 4-5
                                + "See `intranet <" + blocked + ">`_ and\nthe ref_ too.\n\n" // 6-7: silenced
                                + "Again `intranet <" + blocked + "?x>`__.\n\n" // 9: reported
                                + ".. _ref: " + blocked + "#t\n"); // 11: its appearance is the reference
        LinkCheckConfig config =
                LinkCheckConfig.defaults().withTimeout(Duration.ofSeconds(2)).withRetries(0);
        LintResult r = Linter.run(LintRequest.of(dir).withLinks(LinkOptions.check(config, null)));
        assertThat(findings(r)).containsExactly("index.rst:9 link-blocked");
        // the report of every appearance is unchanged: suppression hides findings only
        assertThat(r.links()).extracting(o -> o.position().line()).containsExactly(6, 7, 9);
    }
}
