package io.github.docslint.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.Tree;
import io.github.docslint.site.DocsGraph.IncludeUse;
import io.github.docslint.site.DocsGraph.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsGraphTest {
    @TempDir
    Path dir;

    Tree tree() {
        return Tree.at(dir).conf("");
    }

    DocsGraph graph(String... includeOnly) throws IOException {
        return graph(dir, dir, includeOnly);
    }

    static DocsGraph graph(Path root, Path base, String... includeOnly) throws IOException {
        SphinxProject project = SphinxProject.load(root, base, List.of(), StandardCharsets.UTF_8, w -> {});
        List<Pattern> globs = new ArrayList<>();
        for (String g : includeOnly) {
            globs.add(SphinxGlob.compile(g));
        }
        return DocsGraph.build(project, globs);
    }

    /** "file -> target OUTCOME" for each include met in the build of {@code doc}. */
    static List<String> uses(DocsGraph g, String doc) {
        return g.build(doc).includes().stream()
                .map(u -> u.file() + " -> " + u.target() + " " + u.outcome())
                .toList();
    }

    static String include(String path, String... options) {
        StringBuilder sb = new StringBuilder(".. include:: " + path + "\n");
        for (String o : options) {
            sb.append("   ").append(o).append('\n');
        }
        return sb.append('\n').toString();
    }

    @Nested
    class Resolution {
        @Test
        void includeInsideASnippetResolvesAgainstThePageBeingBuilt() throws IOException {
            tree().file("a/page.rst", "A\n=\n\n" + include("../_snippets/snip.rst"))
                    .file("b/page.rst", "B\n=\n\n" + include("../_snippets/snip.rst"))
                    .file("_snippets/snip.rst", ":nosearch:\n\n" + include("part.rst"))
                    .file("a/part.rst", ":nosearch:\n\nPart of a.\n")
                    // next to the snippet itself: Sphinx never looks here
                    .file("_snippets/part.rst", ":nosearch:\n\nNot used.\n");
            DocsGraph g = graph();

            assertThat(uses(g, "a/page.rst"))
                    .containsExactly("a/page.rst -> _snippets/snip.rst RST", "_snippets/snip.rst -> a/part.rst RST");
            assertThat(uses(g, "b/page.rst"))
                    .containsExactly(
                            "b/page.rst -> _snippets/snip.rst RST", "_snippets/snip.rst -> b/part.rst MISSING");
            assertThat(g.build("a/page.rst").files()).containsExactly("a/page.rst", "_snippets/snip.rst", "a/part.rst");
            assertThat(g.build("b/page.rst").files()).containsExactly("b/page.rst", "_snippets/snip.rst");
            assertThat(g.includersOf("a/part.rst")).containsExactly("_snippets/snip.rst");
            assertThat(g.isIncluded("_snippets/part.rst")).isFalse();
        }

        @Test
        void snippetsOwnStandAloneBuildIsNotChecked() throws IOException {
            // _snippets/part.rst does not exist, but the snippet is only built through index.rst
            tree().file("index.rst", "Index\n=====\n\n" + include("_snippets/snip.rst"))
                    .file("_snippets/snip.rst", ":nosearch:\n\n" + include("part.rst"))
                    .file("part.rst", ":nosearch:\n\nPart.\n");
            DocsGraph g = graph();

            assertThat(g.topLevelDocs()).containsExactly("index.rst");
            assertThat(g.includeUses().values().stream().flatMap(List::stream).map(IncludeUse::outcome))
                    .containsOnly(Outcome.RST);
        }

        @Test
        void absolutePathIsRelativeToTheSourceRoot() throws IOException {
            tree().file("deep/er/page.rst", "P\n=\n\n" + include("/shared/x.rst"))
                    .file("shared/x.rst", "X.\n");
            DocsGraph g = graph();
            assertThat(uses(g, "deep/er/page.rst")).containsExactly("deep/er/page.rst -> shared/x.rst RST");
        }

        @Test
        void standardIncludesAreIgnored() throws IOException {
            tree().file("page.rst", "P\n=\n\n" + include("<isonum.txt>") + include("<s5defs.txt>"));
            DocsGraph g = graph();
            assertThat(g.build("page.rst").includes()).isEmpty();
            assertThat(g.includeUses()).isEmpty();
        }

        @Test
        void resolveAndNormalize() {
            assertThat(DocsGraph.resolve("x.rst", "page.rst")).isEqualTo("x.rst");
            assertThat(DocsGraph.resolve("x.rst", "a/b/page.rst")).isEqualTo("a/b/x.rst");
            assertThat(DocsGraph.resolve("../x.rst", "a/b/page.rst")).isEqualTo("a/x.rst");
            assertThat(DocsGraph.resolve("./c/../x.rst", "a/page.rst")).isEqualTo("a/x.rst");
            assertThat(DocsGraph.resolve("/x/y.rst", "a/b/page.rst")).isEqualTo("x/y.rst");
            assertThat(DocsGraph.resolve("../../x.rst", "a/page.rst")).isEqualTo("../x.rst");
            assertThat(DocsGraph.normalize("a//b/./c/..")).isEqualTo("a/b");
            assertThat(DocsGraph.normalize("../../a")).isEqualTo("../../a");
            assertThat(DocsGraph.normalize("a/..")).isEqualTo(".");
        }

        @Test
        void includeChain() throws IOException {
            tree().file("index.rst", "I\n=\n\n" + include("a.rst"))
                    .file("a.rst", include("b.rst"))
                    .file("b.rst", include("c.rst"))
                    .file("c.rst", "Leaf.\n");
            DocsGraph g = graph();
            assertThat(g.build("index.rst").files()).containsExactly("index.rst", "a.rst", "b.rst", "c.rst");
            assertThat(uses(g, "index.rst"))
                    .containsExactly("index.rst -> a.rst RST", "a.rst -> b.rst RST", "b.rst -> c.rst RST");
            assertThat(g.topLevelDocs()).containsExactly("index.rst");
            assertThat(g.includersOf("c.rst")).containsExactly("b.rst");
            assertThat(g.includersOf("a.rst")).containsExactly("index.rst");
            assertThat(g.includeOnlyPages()).containsExactly("a.rst", "b.rst", "c.rst");
        }

        @Test
        void missingInclude() throws IOException {
            tree().file("index.rst", "I\n=\n\n" + include("nope.rst"));
            DocsGraph g = graph();
            assertThat(uses(g, "index.rst")).containsExactly("index.rst -> nope.rst MISSING");
            assertThat(g.contentFiles()).containsExactly("index.rst");
        }

        @Test
        void includeOfAnyNameIsParsedAsRst() throws IOException {
            tree().file("index.rst", "I\n=\n\n" + include("snippet.txt") + include("part.inc"))
                    .file("snippet.txt", "Text.\n")
                    .file("part.inc", "More.\n");
            DocsGraph g = graph();
            assertThat(uses(g, "index.rst"))
                    .containsExactly("index.rst -> snippet.txt RST", "index.rst -> part.inc RST");
            assertThat(g.contentFiles()).containsExactly("index.rst", "part.inc", "snippet.txt");
            // not rst files of the root: never pages
            assertThat(g.pages()).containsExactly("index.rst");
        }
    }

    @Nested
    class Cycles {
        List<IncludeUse> cycles(DocsGraph g, String doc) {
            return g.build(doc).includes().stream()
                    .filter(u -> u.outcome() == Outcome.CYCLE)
                    .toList();
        }

        @Test
        void selfInclude() throws IOException {
            tree().file("a.rst", "A\n=\n\n" + include("a.rst"));
            DocsGraph g = graph();
            assertThat(cycles(g, "a.rst")).singleElement().satisfies(u -> {
                assertThat(u.file()).isEqualTo("a.rst");
                assertThat(u.chain()).containsExactly("a.rst", "a.rst");
            });
        }

        @Test
        void twoFileCycle() throws IOException {
            tree().file("a.rst", include("b.rst")).file("b.rst", include("a.rst"));
            DocsGraph g = graph();
            assertThat(cycles(g, "a.rst"))
                    .singleElement()
                    .satisfies(u -> assertThat(u.chain()).containsExactly("a.rst", "b.rst", "a.rst"));
            assertThat(cycles(g, "b.rst"))
                    .singleElement()
                    .satisfies(u -> assertThat(u.chain()).containsExactly("b.rst", "a.rst", "b.rst"));
            // nothing outside the cycle reaches them: both are top-level documents
            assertThat(g.topLevelDocs()).containsExactly("a.rst", "b.rst");
        }

        @Test
        void threeFileCycleReachedFromAPage() throws IOException {
            tree().file("index.rst", "I\n=\n\n" + include("a.rst"))
                    .file("a.rst", include("b.rst"))
                    .file("b.rst", include("c.rst"))
                    .file("c.rst", include("a.rst"));
            DocsGraph g = graph();
            assertThat(g.topLevelDocs()).containsExactly("index.rst");
            assertThat(cycles(g, "index.rst")).singleElement().satisfies(u -> {
                assertThat(u.file()).isEqualTo("c.rst");
                assertThat(u.chain()).containsExactly("a.rst", "b.rst", "c.rst", "a.rst");
            });
        }

        @Test
        void sameFileIncludedTwiceSideBySideIsNoCycle() throws IOException {
            tree().file("index.rst", "I\n=\n\n" + include("x.rst") + include("x.rst"))
                    .file("x.rst", "X.\n");
            DocsGraph g = graph();
            assertThat(uses(g, "index.rst")).containsExactly("index.rst -> x.rst RST", "index.rst -> x.rst RST");
        }

        @Test
        void selfIncludeOfASliceWithoutTheIncludeIsNoCycle() throws IOException {
            // docutils includes only the text after the first ".. part-start" (found in the option line
            // itself), which holds no include: no recursion, no warning (checked with docutils 0.19 and
            // Sphinx 5.3)
            tree().file(
                            "a.rst",
                            "A\n=\n\n" + include("a.rst", ":start-after: .. part-start") + ".. part-start\n\nPart.\n");
            DocsGraph g = graph();
            assertThat(cycles(g, "a.rst")).isEmpty();
            assertThat(uses(g, "a.rst")).containsExactly("a.rst -> a.rst RST");
        }

        @Test
        void selfIncludeWithStartAfterIsNoCycleAtTheFirstLevel() throws IOException {
            // the page is open with no slice options; the sliced include of itself is a different key.
            // The slice holds the include again, with the same options: that one is the cycle (docutils:
            // "circular inclusion ... a.rst > a.rst > a.rst")
            tree().file("a.rst", "A\n=\n\n.. part-start\n\n" + include("a.rst", ":start-after: .. part-start"));
            DocsGraph g = graph();
            assertThat(uses(g, "a.rst")).containsExactly("a.rst -> a.rst RST", "a.rst -> a.rst CYCLE");
            assertThat(cycles(g, "a.rst"))
                    .singleElement()
                    .satisfies(u -> assertThat(u.chain()).containsExactly("a.rst", "a.rst", "a.rst"));
        }

        @Test
        void includeOfTheSameFileWithAnEndOptionIsAnotherKey() throws IOException {
            tree().file("index.rst", "I\n=\n\n" + include("a.rst"))
                    .file("a.rst", "Start.\n\n.. cut\n\n" + include("a.rst", ":end-before: .. cut"));
            DocsGraph g = graph();
            // a.rst is open whole; its include of itself up to the cut has other clip options: not refused
            assertThat(uses(g, "index.rst").get(1)).isEqualTo("a.rst -> a.rst RST");
        }
    }

    @Nested
    class NotRst {
        @Test
        void literalAndCodeIncludesAreTextNotContent() throws IOException {
            tree().file(
                            "index.rst",
                            "I\n=\n\n" + include("code.py", ":literal:") + include("other.rst", ":code: rst")
                                    + include("notes.txt", ":literal:"))
                    .file("code.py", "print('hi')\n")
                    .file("other.rst", ":nosearch:\n\n.. image:: missing.png\n")
                    .file("notes.txt", "Notes.\n");
            DocsGraph g = graph();
            assertThat(uses(g, "index.rst"))
                    .containsExactly(
                            "index.rst -> code.py NOT_RST",
                            "index.rst -> other.rst NOT_RST",
                            "index.rst -> notes.txt NOT_RST");
            assertThat(g.build("index.rst").files()).containsExactly("index.rst");
            assertThat(g.isIncluded("other.rst")).isTrue();
            assertThat(g.isIncluded("code.py")).isTrue();
            assertThat(g.includersOf("other.rst")).isEmpty();
            assertThat(g.includeOnlyPages()).isEmpty();
            // other.rst is still a page of its own, and its content is content as that page
            assertThat(g.contentFiles()).containsExactly("index.rst", "other.rst");
            assertThat(g.topLevelDocs()).containsExactly("index.rst", "other.rst");
        }

        @Test
        void parserOption() throws IOException {
            tree().file(
                            "index.rst",
                            "I\n=\n\n" + include("a.rst", ":parser: rst")
                                    + include("b.md", ":parser: myst_parser.sphinx_")
                                    + include("c.rst", ":parser: restructuredtext"))
                    .file("a.rst", "A.\n")
                    .file("b.md", "# B\n")
                    .file("c.rst", "C.\n");
            DocsGraph g = graph();
            assertThat(uses(g, "index.rst"))
                    .containsExactly("index.rst -> a.rst RST", "index.rst -> b.md NOT_RST", "index.rst -> c.rst RST");
            assertThat(g.contentFiles()).containsExactly("a.rst", "c.rst", "index.rst");
            assertThat(g.isIncluded("b.md")).isTrue();
        }
    }

    @Nested
    class Excluded {
        @Test
        void excludedFilesAreNotPagesButCountAsContentWhereIncluded() throws IOException {
            Tree.at(dir)
                    .conf("exclude_patterns = ['_includes/*', 'drafts']\nhtml_static_path = ['_static']\n"
                            + "templates_path = ['_templates']\n")
                    .file("index.rst", "I\n=\n\n" + include("_includes/a.rst") + include("_static/b.rst"))
                    .file("_includes/a.rst", "A.\n")
                    .file("_includes/unused.rst", "U.\n")
                    .file("_static/b.rst", "B.\n")
                    .file("_static/deep/c.rst", "C.\n")
                    .file("_templates/t.rst", "T.\n")
                    .file("drafts/d.rst", "D.\n")
                    .file("draftsman.rst", "Not excluded: 'drafts' matches the folder only.\n");
            DocsGraph g = graph();
            SphinxProject p = g.project();

            assertThat(g.pages()).containsExactly("draftsman.rst", "index.rst");
            assertThat(p.rstFiles()).containsKeys("_includes/a.rst", "_static/deep/c.rst", "drafts/d.rst");
            assertThat(p.isPage("_static/deep/c.rst")).isFalse();
            assertThat(p.excludedBy("_includes/a.rst")).contains("_includes/*");
            assertThat(p.excludedBy("_static/deep/c.rst")).contains("_static");
            assertThat(p.excludedBy("_templates/t.rst")).contains("_templates");
            assertThat(p.excludedBy("drafts/d.rst")).contains("drafts");
            assertThat(p.excludedBy("draftsman.rst")).isEmpty();

            assertThat(g.contentFiles())
                    .containsExactly("_includes/a.rst", "_static/b.rst", "draftsman.rst", "index.rst");
            assertThat(g.includeOnlyPages()).isEmpty();
            assertThat(g.includersOf("_includes/a.rst")).containsExactly("index.rst");
            assertThat(g.topLevelDocs()).doesNotContain("_includes/unused.rst", "_static/deep/c.rst");
        }

        @Test
        void includesOfAnExcludedFileNotIncludedAnywhereAreNotWalked() throws IOException {
            Tree.at(dir)
                    .conf("exclude_patterns = ['_includes']\n")
                    .file("_includes/lone.rst", include("page.rst"))
                    .file("page.rst", "P\n=\n");
            DocsGraph g = graph();
            assertThat(g.topLevelDocs()).containsExactly("page.rst");
            assertThat(g.isIncluded("page.rst")).isFalse();
            assertThat(g.includeOnlyPages()).isEmpty();
        }
    }

    @Nested
    class Toctrees {
        @Test
        void entriesRelativeAbsoluteTitledAndGlob() throws IOException {
            tree().file("index.rst", """
                            Index
                            =====

                            .. toctree::
                               :maxdepth: 2

                               sub/index
                               /two
                               The third <three>
                               self
                               https://example.com/
                               four.rst
                            """)
                    .file("sub/index.rst", """
                            Sub
                            ===

                            .. toctree::

                               one
                               ../five

                            .. toctree::
                               :glob:

                               g/*
                            """)
                    .file("sub/one.rst", "One\n===\n")
                    .file("two.rst", "Two\n===\n")
                    .file("three.rst", "Three\n=====\n")
                    .file("four.rst", "Four\n====\n")
                    .file("five.rst", "Five\n====\n")
                    .file("sub/g/x.rst", "X\n=\n")
                    .file("sub/g/y.rst", "Y\n=\n")
                    .file("sub/g/deeper/z.rst", "Z\n=\n")
                    .file("one.rst", "Not the listed one\n==================\n")
                    .file("unlisted.rst", "U\n=\n");
            DocsGraph g = graph();
            for (String listed : List.of(
                    "sub/index.rst",
                    "two.rst",
                    "three.rst",
                    "four.rst",
                    "sub/one.rst",
                    "five.rst",
                    "sub/g/x.rst",
                    "sub/g/y.rst")) {
                assertThat(g.isListedInToctree(listed)).as(listed).isTrue();
            }
            for (String unlisted : List.of("unlisted.rst", "one.rst", "sub/g/deeper/z.rst", "index.rst")) {
                assertThat(g.isListedInToctree(unlisted)).as(unlisted).isFalse();
            }
        }

        @Test
        void absoluteAndDoubleStarGlobs() throws IOException {
            tree().file("sub/index.rst", "S\n=\n\n.. toctree::\n   :glob:\n\n   /g/*\n   /h/**\n   k?\n\n")
                    .file("g/x.rst", "X\n=\n")
                    .file("g/deep/y.rst", "Y\n=\n")
                    .file("h/deep/z.rst", "Z\n=\n")
                    .file("sub/k1.rst", "K\n=\n")
                    .file("sub/k12.rst", "K\n=\n");
            DocsGraph g = graph();
            assertThat(g.isListedInToctree("g/x.rst")).isTrue();
            assertThat(g.isListedInToctree("g/deep/y.rst")).isFalse();
            assertThat(g.isListedInToctree("h/deep/z.rst")).isTrue();
            assertThat(g.isListedInToctree("sub/k1.rst")).isTrue();
            assertThat(g.isListedInToctree("sub/k12.rst")).isFalse();
        }

        @Test
        void entryWithAnExplicitTitleIsNeverAGlob() throws IOException {
            tree().file("index.rst", "I\n=\n\n.. toctree::\n   :glob:\n\n   Titled <k?>\n\n")
                    .file("k1.rst", "K\n=\n");
            assertThat(graph().isListedInToctree("k1.rst")).isFalse();
        }

        @Test
        void globNeverListsThePageItself() throws IOException {
            tree().file("index.rst", ":nosearch:\n\n.. toctree::\n   :glob:\n\n   *\n\n")
                    .file("a.rst", "A\n=\n");
            DocsGraph g = graph();
            assertThat(g.isListedInToctree("a.rst")).isTrue();
            assertThat(g.isListedInToctree("index.rst")).isFalse();
        }

        @Test
        void starWithoutGlobOptionIsALiteralName() throws IOException {
            tree().file("index.rst", "I\n=\n\n.. toctree::\n\n   g/*\n\n").file("g/x.rst", "X\n=\n");
            DocsGraph g = graph();
            assertThat(g.isListedInToctree("g/x.rst")).isFalse();
        }

        @Test
        void toctreeInAnIncludedFileResolvesAgainstTheIncludingPage() throws IOException {
            tree().file("a/page.rst", "P\n=\n\n" + include("/_snippets/toc.rst"))
                    .file("_snippets/toc.rst", ":nosearch:\n\n.. toctree::\n\n   child\n\n")
                    .file("a/child.rst", "C\n=\n")
                    .file("_snippets/child.rst", "Not this one\n============\n");
            DocsGraph g = graph();
            assertThat(g.isListedInToctree("a/child.rst")).isTrue();
            assertThat(g.isListedInToctree("_snippets/child.rst")).isFalse();
        }
    }

    @Nested
    class TopLevelDocuments {
        @Test
        void pagesNoPageIncludesListedPagesAndUnreachedPages() throws IOException {
            tree().file("index.rst", "I\n=\n\n.. toctree::\n\n   both\n\n" + include("snip.rst") + include("both.rst"))
                    .file("snip.rst", ":nosearch:\n\nS.\n")
                    .file("both.rst", "Both\n====\n")
                    // a pair that includes each other and that nothing else reaches
                    .file("x.rst", include("y.rst"))
                    .file("y.rst", include("x.rst"))
                    .file("alone.rst", "Alone\n=====\n");
            DocsGraph g = graph();
            assertThat(g.topLevelDocs()).containsExactly("alone.rst", "both.rst", "index.rst", "x.rst", "y.rst");
            assertThat(g.includeOnlyPages()).contains("snip.rst", "both.rst");
        }

        @Test
        void pageIncludedOnlyByAnUnreachedPageIsReachedThroughIt() throws IOException {
            // mid.rst is included by top.rst only; leaf.rst only by mid.rst
            tree().file("top.rst", "T\n=\n\n" + include("mid.rst"))
                    .file("mid.rst", include("leaf.rst"))
                    .file("leaf.rst", "Leaf.\n");
            DocsGraph g = graph();
            assertThat(g.topLevelDocs()).containsExactly("top.rst");
            assertThat(g.includeUses().keySet()).hasSize(2);
        }
    }

    @Nested
    class IncludeOnlyGlobs {
        @Test
        void globNamesPagesNothingIncludesYet() throws IOException {
            tree().file("index.rst", "I\n=\n")
                    .file("_shared/a.rst", "A.\n")
                    .file("_shared/deep/b.rst", "B.\n")
                    .file("other.rst", "O.\n");
            DocsGraph g = graph("_shared/*");
            assertThat(g.includeOnlyPages()).containsExactly("_shared/a.rst");
            assertThat(graph("_shared/**").includeOnlyPages()).containsExactly("_shared/a.rst", "_shared/deep/b.rst");
            assertThat(graph().includeOnlyPages()).isEmpty();
        }

        @Test
        void globDoesNotMakeExcludedFilesPages() throws IOException {
            Tree.at(dir).conf("exclude_patterns = ['_shared']\n").file("_shared/a.rst", "A.\n");
            assertThat(graph("**").includeOnlyPages()).isEmpty();
        }
    }

    @Nested
    class OutsideTheBase {
        @Test
        void includeLeavingTheBaseIsNeverRead() throws IOException {
            Path base = dir.resolve("project");
            Path root = base.resolve("docs");
            Tree.at(root).conf("").file("index.rst", "I\n=\n\n" + include("../../outside.rst"));
            Tree.at(dir).file("outside.rst", ".. include:: other.rst\n");
            DocsGraph g = graph(root, base);
            assertThat(uses(g, "index.rst")).containsExactly("index.rst -> ../../outside.rst OUTSIDE_BASE");
            assertThat(g.project().file("../../outside.rst")).isEmpty();
            assertThat(g.project().exists("../../outside.rst")).isFalse();
            assertThat(g.project().isInsideBase("../../outside.rst")).isFalse();
            assertThat(g.contentFiles()).containsExactly("index.rst");
        }

        @Test
        void includeOutsideTheRootButInsideTheBaseIsRead() throws IOException {
            Path base = dir.resolve("project");
            Path root = base.resolve("docs");
            Tree.at(root).conf("").file("index.rst", "I\n=\n\n" + include("../README.rst"));
            Tree.at(base).file("README.rst", "Readme.\n");
            DocsGraph g = graph(root, base);
            assertThat(uses(g, "index.rst")).containsExactly("index.rst -> ../README.rst RST");
            assertThat(g.contentFiles()).containsExactly("../README.rst", "index.rst");
            assertThat(g.project().file("../README.rst"))
                    .hasValueSatisfying(f -> assertThat(f.isReadable()).isTrue());
        }
    }
}
