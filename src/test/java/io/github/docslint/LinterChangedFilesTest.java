package io.github.docslint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A request's changed files: findings on them and their includers only; links of them only. */
class LinterChangedFilesTest {
    @TempDir
    Path dir;

    static final String NO_ALT = ".. image:: a.png\n";

    /**
     * index.rst includes mid.rst, which includes part.rst; alone.rst stands apart. Each has an image
     * without alt text and a link; part.rst also lacks :nosearch:.
     */
    Tree tree() {
        return Tree.at(dir)
                .conf("")
                .empty("a.png")
                .file(
                        "index.rst",
                        "Index\n=====\n\n" + NO_ALT + "\nhttps://index.invalid/\n\n.. include:: mid.rst\n"
                                + "   :start-after: :nosearch:\n")
                .file(
                        "mid.rst",
                        ":nosearch:\n\n" + NO_ALT + "\nhttps://mid.invalid/\n\n.. include:: part.rst\n"
                                + "   :start-after: :nosearch:\n")
                .file("part.rst", ":nosearch:\n\n" + NO_ALT + "\nhttps://part.invalid/\n")
                .file("alone.rst", "Alone\n=====\n\n" + NO_ALT + "\nhttps://alone.invalid/\n");
    }

    List<String> findings(LintResult r) {
        return r.findings().stream()
                .map(f -> dir.relativize(f.file()).toString().replace('\\', '/') + ":"
                        + f.position().line() + " " + f.rule())
                .toList();
    }

    List<String> linkFiles(LintResult r) {
        return r.links().stream()
                .map(l -> dir.relativize(l.file()).toString().replace('\\', '/'))
                .distinct()
                .toList();
    }

    LintResult run(Set<Path> changed) throws IOException {
        return Linter.run(LintRequest.of(dir).withChangedFiles(changed));
    }

    @Test
    void withoutChangedFilesEveryFileIsReported() throws IOException {
        tree();
        LintResult r = run(null);
        assertThat(findings(r))
                .contains(
                        "alone.rst:4 image-alt-missing",
                        "index.rst:4 image-alt-missing",
                        "part.rst:3 image-alt-missing");
        assertThat(linkFiles(r)).containsExactly("alone.rst", "index.rst", "mid.rst", "part.rst");
    }

    @Test
    void aTouchedSnippetReportsOnItsIncludersTransitivelyButRequestsOnlyItsOwnLinks() throws IOException {
        tree();
        LintResult r = run(Set.of(Path.of("part.rst")));
        assertThat(findings(r))
                .containsExactly(
                        "index.rst:4 image-alt-missing", "mid.rst:3 image-alt-missing", "part.rst:3 image-alt-missing");
        assertThat(linkFiles(r)).containsExactly("part.rst");
        assertThat(r.files())
                .as("the files reported on, for the JUnit report: not alone.rst, which was not checked")
                .extracting(f -> dir.relativize(f).toString())
                .containsExactly("index.rst", "mid.rst", "part.rst");
    }

    @Test
    void aTouchedPageReportsOnItselfOnly() throws IOException {
        tree();
        LintResult r = run(Set.of(dir.resolve("alone.rst")));
        assertThat(findings(r)).containsExactly("alone.rst:4 image-alt-missing");
        assertThat(linkFiles(r)).containsExactly("alone.rst");
        assertThat(findings(run(Set.of()))).isEmpty();
        assertThat(run(Set.of()).links()).isEmpty();
    }

    @Test
    void aDeletedSnippetReportsOnItsIncluders() throws IOException {
        tree();
        Files.delete(dir.resolve("part.rst"));
        LintResult r = run(Set.of(Path.of("part.rst")));
        assertThat(findings(r))
                .containsExactly(
                        "index.rst:4 image-alt-missing", "mid.rst:3 image-alt-missing", "mid.rst:7 include-missing");
        assertThat(r.links()).isEmpty();
    }

    @Test
    void aDeletedImageReportsOnTheFilesThatShowIt() throws IOException {
        Tree.at(dir)
                .conf("")
                .empty("img/kept.png")
                .file("shows.rst", "Shows\n=====\n\n.. image:: img/gone.png\n   :alt: A closed door\n")
                .file("keeps.rst", "Keeps\n=====\n\n.. image:: img/kept.png\n")
                .file("guide/page.rst", "Page\n====\n\n.. include:: /snippets/fig.rst\n   :start-after: :nosearch:\n")
                .file("snippets/fig.rst", ":nosearch:\n\n.. image:: ../img/gone.png\n   :alt: A closed door\n");
        // the snippet's relative path resolves against guide/page.rst, the page being built
        LintResult r = run(Set.of(Path.of("img/gone.png")));
        assertThat(findings(r)).containsExactly("shows.rst:4 image-missing", "snippets/fig.rst:3 image-missing");
        assertThat(r.links()).isEmpty();
        assertThat(findings(run(Set.of(Path.of("img/other.png"))))).isEmpty();
    }

    @Test
    void aTouchedConfPyReportsOnEveryFile() throws IOException {
        tree();
        assertThat(findings(run(Set.of(Path.of("conf.py"))))).isEqualTo(findings(run(null)));
    }

    @Test
    void pathsBelowASourceRootAreMatchedFromTheBase() throws IOException {
        Tree.at(dir)
                .file("docs/source/conf.py", "")
                .file("docs/source/page.rst", "Page\n=====\n\n" + NO_ALT)
                .file("docs/source/other.rst", "Other\n=====\n\n" + NO_ALT);
        LintResult r = run(Set.of(Path.of("docs/source/page.rst")));
        assertThat(findings(r))
                .containsExactly("docs/source/page.rst:4 image-alt-missing", "docs/source/page.rst:4 image-missing");
    }
}
