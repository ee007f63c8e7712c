package io.github.docslint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {
    @TempDir
    Path dir;

    static final String NO_ALT = "Title\n=====\n\n.. image:: a.png\n";

    List<String> lines(LintResult r) {
        return r.findings().stream()
                .map(f -> dir.relativize(f.file()).toString().replace('\\', '/') + ":" + f.position() + " "
                        + f.severity().label() + " " + f.rule())
                .toList();
    }

    /** page.rst: image-alt-missing and image-missing (errors); dead.rst: include-unused (warning). */
    Tree sample() {
        return Tree.at(dir).conf("").file("page.rst", NO_ALT).file("dead.rst", ":nosearch:\n\nDead.\n");
    }

    @Test
    void defaults() throws IOException {
        sample();
        LintResult r = Linter.run(LintRequest.of(dir));
        assertThat(lines(r))
                .containsExactly(
                        "dead.rst:1:1 warning include-unused",
                        "page.rst:4:1 error image-alt-missing",
                        "page.rst:4:1 error image-missing");
        assertThat(r.roots()).containsExactly(dir.toAbsolutePath().normalize());
        assertThat(r.filesScanned()).isEqualTo(2);
        assertThat(r.count(Severity.ERROR)).isEqualTo(2);
        assertThat(r.count(Severity.WARNING)).isEqualTo(1);
        assertThat(r.countsByRule())
                .containsExactly(
                        Map.entry("image-alt-missing", 1),
                        Map.entry("image-missing", 1),
                        Map.entry("include-unused", 1));
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.file()).isAbsolute());
        Path root = dir.toAbsolutePath().normalize();
        assertThat(r.files())
                .as("every file checked, for the JUnit report")
                .containsExactly(root.resolve("dead.rst"), root.resolve("page.rst"));
    }

    @Test
    void aRootBehindALinkLoopFromTheProjectFolderIsWalkedFromItself() throws IOException {
        Tree.at(dir).file("a.rst", NO_ALT).file("docs/conf.py", "").file("docs/index.rst", "Index\n=====\n");
        Path docs = dir.toAbsolutePath().normalize().resolve("docs");
        try {
            java.nio.file.Files.createSymbolicLink(docs.resolve("up"), dir.toAbsolutePath());
        } catch (IOException | UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here");
        }
        // the one walk of the project meets a loop at docs/up; docs/ walked alone reaches up/a.rst
        LintResult r = Linter.run(LintRequest.of(dir));
        assertThat(r.roots()).containsExactly(docs);
        assertThat(r.files()).contains(docs.resolve("index.rst"), docs.resolve("up/a.rst"));
        assertThat(r.findings())
                .extracting(f -> f.file().toString())
                .contains(docs.resolve("up/a.rst").toString());
    }

    @Test
    void severitiesOverride() throws IOException {
        sample();
        LintResult r = Linter.run(LintRequest.of(dir)
                .withSeverities(Map.of(
                        "image-missing", Severity.OFF,
                        "image-alt-missing", Severity.WARNING,
                        "include-unused", Severity.ERROR)));
        assertThat(lines(r))
                .containsExactly("dead.rst:1:1 error include-unused", "page.rst:4:1 warning image-alt-missing");
    }

    @Test
    void severitiesFromParsedText() throws IOException {
        sample();
        LintResult r = Linter.run(LintRequest.of(dir)
                .withSeverities(
                        io.github.docslint.rules.Rules.parseSeverities("image-missing=off,include-unused=off")));
        assertThat(lines(r)).containsExactly("page.rst:4:1 error image-alt-missing");
    }

    @Test
    void excludesDropFindingsInFilteredFilesButNotTheirIncludes() throws IOException {
        Tree.at(dir)
                .conf("")
                .file(
                        "index.rst",
                        "Index\n=====\n\n.. include:: snip.rst\n   :start-after: :nosearch:\n\n" + ".. image:: a.png\n")
                .file("snip.rst", ":nosearch:\n\nShared.\n")
                .file("drafts/d.rst", NO_ALT);
        LintResult r = Linter.run(LintRequest.of(dir).withFilter(List.of(), List.of("index.rst", "drafts/**")));
        // index.rst still includes snip.rst: no include-unused for it
        assertThat(r.findings()).isEmpty();
        assertThat(r.filesScanned()).isEqualTo(3);
    }

    @Test
    void includesKeepOnlyMatchingFiles() throws IOException {
        Tree.at(dir)
                .conf("")
                .file("guide/a.rst", NO_ALT)
                .file("guide/deep/b.rst", NO_ALT)
                .file("other.rst", NO_ALT);
        LintResult r = Linter.run(LintRequest.of(dir)
                .withSeverities(Map.of("image-missing", Severity.OFF))
                .withFilter(List.of("guide/*.rst"), List.of()));
        assertThat(lines(r)).containsExactly("guide/a.rst:4:1 error image-alt-missing");
        assertThat(r.files()).containsExactly(dir.toAbsolutePath().normalize().resolve("guide/a.rst"));
    }

    @Test
    void excludesDropIncludedSnippetsOfAnyNameIncludesSelectRstFiles() throws IOException {
        Tree.at(dir)
                .conf("")
                .file(
                        "index.rst",
                        "I\n=\n\n.. include:: drafts/snip.rst\n\n.. include:: drafts/snip.txt\n"
                                + "\n.. include:: parts/part.inc\n")
                .file("drafts/snip.rst", ".. image:: a.png\n   :alt: A chart\n")
                .file("drafts/snip.txt", ".. image:: b.png\n   :alt: Bar chart\n")
                .file("parts/part.inc", ".. image:: c.png\n   :alt: Pie chart\n");
        LintResult r = Linter.run(LintRequest.of(dir)
                .withSeverities(Map.of("nosearch-missing", Severity.OFF))
                .withFilter(List.of(), List.of("drafts/**")));
        assertThat(lines(r)).containsExactly("parts/part.inc:1:1 error image-missing");
        // includes name .rst files: a snippet of another name is still reported
        LintResult onlyIndex = Linter.run(LintRequest.of(dir)
                .withSeverities(Map.of("nosearch-missing", Severity.OFF))
                .withFilter(List.of("index.rst"), List.of()));
        assertThat(lines(onlyIndex))
                .containsExactly("drafts/snip.txt:1:1 error image-missing", "parts/part.inc:1:1 error image-missing");
    }

    @Test
    void skipDirectoriesLeaveOtherModulesOut() throws IOException {
        Tree.at(dir)
                .file("docs/source/conf.py", "")
                .file("docs/source/index.rst", ".. image:: a.png\n")
                .file("guide/conf.py", "")
                .file("guide/index.rst", ".. image:: b.png\n");
        LintRequest request = LintRequest.of(dir).withSeverities(Map.of("image-missing", Severity.OFF));
        assertThat(lines(Linter.run(request)))
                .containsExactly(
                        "docs/source/index.rst:1:1 error image-alt-missing",
                        "guide/index.rst:1:1 error image-alt-missing");
        LintResult r = Linter.run(request.withSkipDirectories(List.of(Path.of("docs"))));
        assertThat(lines(r)).containsExactly("guide/index.rst:1:1 error image-alt-missing");
        assertThat(r.roots())
                .containsExactly(dir.resolve("guide").toAbsolutePath().normalize());
    }

    @Test
    void includeOnlyGlobs() throws IOException {
        Tree.at(dir).conf("").file("index.rst", "I\n=\n").file("_shared/part.rst", "Part.\n");
        assertThat(lines(Linter.run(LintRequest.of(dir)))).isEmpty();
        assertThat(lines(Linter.run(LintRequest.of(dir).withIncludeOnly(List.of("_shared/*")))))
                .containsExactly("_shared/part.rst:1:1 error nosearch-missing");
    }

    @Test
    void missingSourceDirectoryIsNamed() {
        Path missing = dir.resolve("nope").toAbsolutePath().normalize();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Linter.run(LintRequest.of(dir).withSourceDirectories(List.of(Path.of("nope")))))
                .withMessage("source directory " + missing + " does not exist or is not a folder");
    }

    @Test
    void sourceDirectoryThatIsAFile() {
        Tree.at(dir).file("file.rst", "x\n");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Linter.run(LintRequest.of(dir).withSourceDirectories(List.of(Path.of("file.rst")))))
                .withMessageContaining("file.rst");
    }

    @Test
    void badFilterGlob() {
        Tree.at(dir).conf("");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Linter.run(LintRequest.of(dir).withFilter(List.of(""), List.of())))
                .withMessageContaining("include pattern");
    }

    @Test
    void givenSourceDirectoriesAreTheOnlyRoots() throws IOException {
        Tree.at(dir)
                .file("a/conf.py", "")
                .file("a/x.rst", NO_ALT)
                .file("b/conf.py", "")
                .file("b/y.rst", NO_ALT);
        LintResult r = Linter.run(LintRequest.of(dir)
                .withSeverities(Map.of("image-missing", Severity.OFF))
                .withSourceDirectories(List.of(Path.of("b"))));
        assertThat(r.roots()).containsExactly(dir.resolve("b").toAbsolutePath().normalize());
        assertThat(lines(r)).containsExactly("b/y.rst:4:1 error image-alt-missing");
    }

    @Test
    void severalRootsFoundAndNestedRootsOwnTheirFiles() throws IOException {
        Tree.at(dir)
                .file("docs/conf.py", "")
                .file("docs/a.rst", NO_ALT)
                .file("docs/api/conf.py", "")
                .file("docs/api/b.rst", NO_ALT)
                .file("site/conf.py", "")
                .file("site/c.rst", NO_ALT)
                // outside every root: not part of a build
                .file("README.rst", NO_ALT);
        LintResult r = Linter.run(LintRequest.of(dir).withSeverities(Map.of("image-missing", Severity.OFF)));
        assertThat(r.roots())
                .containsExactly(
                        dir.resolve("docs").toAbsolutePath().normalize(),
                        dir.resolve("docs/api").toAbsolutePath().normalize(),
                        dir.resolve("site").toAbsolutePath().normalize());
        assertThat(r.filesScanned()).isEqualTo(3);
        assertThat(lines(r))
                .containsExactly(
                        "docs/a.rst:4:1 error image-alt-missing",
                        "docs/api/b.rst:4:1 error image-alt-missing",
                        "site/c.rst:4:1 error image-alt-missing");
    }

    @Test
    void withoutConfPyTheBaseIsTheRoot() throws IOException {
        Tree.at(dir).file("a.rst", NO_ALT).file("sub/b.rst", NO_ALT).file("target/c.rst", NO_ALT);
        LintResult r = Linter.run(LintRequest.of(dir).withSeverities(Map.of("image-missing", Severity.OFF)));
        assertThat(r.roots()).containsExactly(dir.toAbsolutePath().normalize());
        assertThat(lines(r))
                .containsExactly("a.rst:4:1 error image-alt-missing", "sub/b.rst:4:1 error image-alt-missing");
    }

    @Test
    void deterministicOrder() throws IOException {
        Tree.at(dir)
                .conf("")
                .file("z.rst", NO_ALT + "\n.. image:: b.png\n   :alt: b.png\n")
                .file("a/y.rst", ".. image:: c.png\n   :alt:\n\n" + NO_ALT)
                .file("m.rst", ":nosearch:\n\n.. image:: a.png\n   :alt: Screenshot\n");
        LintResult first = Linter.run(LintRequest.of(dir));
        assertThat(lines(first))
                .containsExactly(
                        "a/y.rst:1:1 error image-alt-empty",
                        "a/y.rst:1:1 error image-missing",
                        "a/y.rst:7:1 error image-alt-missing",
                        "a/y.rst:7:1 error image-missing",
                        "m.rst:1:1 warning include-unused",
                        "m.rst:3:1 warning image-alt-placeholder",
                        "m.rst:3:1 error image-missing",
                        "z.rst:4:1 error image-alt-missing",
                        "z.rst:4:1 error image-missing",
                        "z.rst:6:1 error image-alt-filename",
                        "z.rst:6:1 error image-missing");
        List<Finding> sorted = first.findings().stream().sorted().toList();
        assertThat(first.findings()).isEqualTo(sorted);
        for (int i = 0; i < 3; i++) {
            assertThat(Linter.run(LintRequest.of(dir)).findings()).isEqualTo(first.findings());
        }
    }

    @Test
    void confPyValuesThatCannotBeReadAreWarnedAbout() throws IOException {
        Tree.at(dir).conf("import os\nexclude_patterns = os.listdir('x')\n").file("a.rst", "A\n=\n");
        LintResult r = Linter.run(LintRequest.of(dir));
        assertThat(r.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w).startsWith("conf.py: ").contains("exclude_patterns"));
    }

    @Test
    void anInvalidExcludePatternIsAWarningAndTheOthersStillApply() throws IOException {
        Tree.at(dir)
                .conf("exclude_patterns = ['[z-a]', 'drafts']\n")
                .file("index.rst", "I\n=\n")
                .file("drafts/d.rst", ".. image:: x.png\n");
        LintResult r = Linter.run(LintRequest.of(dir));
        assertThat(r.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w)
                        .startsWith("conf.py: pattern '[z-a]' is not valid")
                        .endsWith(": ignored"));
        assertThat(lines(r)).isEmpty(); // drafts/ is still excluded, so its image is not checked
    }
}
