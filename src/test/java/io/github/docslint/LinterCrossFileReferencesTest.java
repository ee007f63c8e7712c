package io.github.docslint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named references resolved as Sphinx builds a page: one docutils document holding the page,
 * rst_prolog, rst_epilog and what the page includes. Each expectation was checked against docutils
 * (the docutils-oracle) on the same tree.
 */
class LinterCrossFileReferencesTest {
    @TempDir
    Path dir;

    /** The appearances of a run, as "file:line url", in the run's order. */
    private List<String> links() throws IOException {
        return Linter.run(LintRequest.of(dir)).links().stream()
                .map(o -> dir.relativize(o.file()).toString().replace('\\', '/') + ":"
                        + o.position().line() + " " + o.url())
                .toList();
    }

    @Test
    void aReferenceFindsItsTargetInASharedLinksFileThePageIncludes() throws IOException {
        Tree.at(dir)
                .conf("exclude_patterns = [\"links.rst\"]\n")
                .file("links.rst", """
                        .. _Python: https://www.python.org/
                        .. _Maven: https://maven.apache.org/
                        .. _`Read the Docs`: https://readthedocs.org/
                        """)
                .file("_links.inc", ".. _Java: https://openjdk.org/\n")
                .file("index.rst", """
                        Index
                        =====

                        Use Python_ and `read  the docs`_ here.

                        .. toctree::

                           a

                        .. include:: links.rst
                        """)
                .file("a.rst", """
                        .. include:: /links.rst
                        .. include:: _links.inc

                        Page A
                        ======

                        Maven_ builds Java_; also Python_.
                        """);
        assertThat(links())
                .containsExactlyInAnyOrder(
                        "a.rst:7 https://maven.apache.org/",
                        "a.rst:7 https://openjdk.org/",
                        "a.rst:7 https://www.python.org/",
                        "index.rst:4 https://www.python.org/",
                        "index.rst:4 https://readthedocs.org/");
    }

    @Test
    void targetsInRstPrologAndRstEpilogServeEveryPageAndAreNoAppearancesThemselves() throws IOException {
        Tree.at(dir).conf("""
                        rst_prolog = \"""
                        .. _Docutils: https://docutils.sourceforge.io/
                        \"""
                        rst_epilog = \"""
                        .. _Python: https://www.python.org/
                        .. _Unused: https://unused.example.org/
                        .. _Alias: Python_
                        \"""
                        """).file("index.rst", """
                        Index
                        =====

                        Python_ and Docutils_ and Alias_.

                        .. toctree::

                           other
                        """).file("other.rst", """
                        Other
                        =====

                        Again `Python`_, and Missing_.
                        """);
        assertThat(links())
                .containsExactlyInAnyOrder(
                        "index.rst:4 https://www.python.org/",
                        "index.rst:4 https://docutils.sourceforge.io/",
                        "index.rst:4 https://www.python.org/",
                        "other.rst:4 https://www.python.org/");
    }

    @Test
    void aPageAndTheSnippetItIncludesReferToEachOthersTargets() throws IOException {
        Tree.at(dir).conf("").file("index.rst", """
                        Index
                        =====

                        .. _Page Target: https://page.example.org/

                        See `Snippet Target`_.

                        .. include:: snip.txt
                        """).file("snip.txt", """
                        The snippet refers to `page target`_.

                        .. _Snippet Target: https://snippet.example.org/
                        """);
        assertThat(links())
                .containsExactlyInAnyOrder(
                        "index.rst:6 https://snippet.example.org/", "snip.txt:1 https://page.example.org/");
    }

    @Test
    void indirectTargetsAreFollowedAcrossFilesAndTheEpilog() throws IOException {
        Tree.at(dir).conf("""
                        rst_epilog = \"""
                        .. _epi: final_
                        \"""
                        """).file("index.rst", """
                        Index
                        =====

                        .. _a: b_

                        See a_ and c_ and epi_.

                        .. include:: targets.txt
                        """).file("targets.txt", """
                        .. _b: https://b.example.org/
                        .. _c: a_
                        .. _final: https://final.example.org/
                        """);
        assertThat(links())
                .containsExactlyInAnyOrder(
                        "index.rst:6 https://b.example.org/",
                        "index.rst:6 https://b.example.org/",
                        "index.rst:6 https://final.example.org/");
    }

    @Test
    void onlyWhatLiesInsideAnIncludesSliceCounts() throws IOException {
        Tree.at(dir).conf("").file("index.rst", """
                        Index
                        =====

                        In_ and Out_ and Later_.

                        .. include:: parts.txt
                           :start-after: .. start
                           :end-before: .. end
                        """).file("parts.txt", """
                        .. _Out: https://out.example.org/

                        .. start

                        .. _In: https://in.example.org/

                        A link to Out_ inside the slice, and https://inside.example.org/.

                        .. end

                        .. _Later: https://later.example.org/

                        Outside the slice: In_ and https://outside.example.org/.
                        """);
        assertThat(links())
                .containsExactlyInAnyOrder(
                        "index.rst:4 https://in.example.org/", "parts.txt:7 https://inside.example.org/");
    }

    @Test
    void aNameTwoFilesOfABuildBindToDifferentUrlsResolvesToNothing() throws IOException {
        Tree.at(dir).conf("""
                        rst_epilog = \"""
                        .. _Epi: https://epi-1.example.org/
                        \"""
                        """).file("index.rst", """
                        Index
                        =====

                        .. _Clash: https://page.example.org/
                        .. _Same: https://same.example.org/
                        .. _Epi: https://epi-2.example.org/

                        Clash_ and Same_ and Epi_ and Other_.

                        .. include:: more.txt
                        """).file("more.txt", """
                        .. _Clash: https://snippet.example.org/
                        .. _Same: https://same.example.org/
                        .. _Other: https://other.example.org/

                        Clash_ from the snippet.
                        """);
        // docutils: 'Duplicate explicit target name' for Clash and Epi; the same URL twice is only noted
        assertThat(links())
                .containsExactlyInAnyOrder(
                        "index.rst:8 https://same.example.org/", "index.rst:8 https://other.example.org/");
    }

    @Test
    void aNameAPageAndItsSnippetBindByIndirectOrInternalTargetsResolvesToNothing() throws IOException {
        Tree.at(dir).conf("").file("index.rst", """
                        Index
                        =====

                        .. _a: b_
                        .. _b: https://b.example.org/
                        .. _c:
                        .. _d: https://d.example.org/

                        See a_ and c_ and d_.

                        .. include:: more.txt
                        """).file("more.txt", """
                        .. _a: b_
                        .. _c:
                        .. _d: https://d.example.org/
                        """);
        assertThat(links()).containsExactly("index.rst:9 https://d.example.org/");
    }

    @Test
    void aSnippetIncludedByTwoPagesHasOneAppearancePerUrlItsReferenceResolvesTo() throws IOException {
        String page = """
                %s
                =

                .. _Site: https://%s.example.org/
                .. _Common: https://common.example.org/

                .. include:: snip.txt
                """;
        Tree.at(dir)
                .conf("")
                .file("index.rst", "Index\n=====\n\n.. toctree::\n\n   a\n   b\n")
                .file("a.rst", page.formatted("A", "a"))
                .file("b.rst", page.formatted("B", "b"))
                .file("snip.txt", "Visit Site_ and Common_.\n");
        assertThat(links())
                .containsExactlyInAnyOrder(
                        "snip.txt:1 https://a.example.org/",
                        "snip.txt:1 https://b.example.org/",
                        "snip.txt:1 https://common.example.org/");
    }

    @Test
    void anonymousReferencesPairWithTheTargetsOfTheWholeBuildInDocumentOrder() throws IOException {
        Tree.at(dir).conf("").file("index.rst", """
                        Index
                        =====

                        First__ and second__.

                        .. include:: anon.txt

                        __ https://third.example.org/
                        """).file("anon.txt", """
                        __ https://first.example.org/

                        Snippet's own__.

                        __ https://second.example.org/
                        """);
        assertThat(links())
                .containsExactlyInAnyOrder(
                        "index.rst:4 https://first.example.org/",
                        "index.rst:4 https://second.example.org/",
                        "anon.txt:3 https://third.example.org/");
    }

    @Test
    void anonymousReferencesResolveOnlyWhenTheWholeBuildHasAsManyTargets() throws IOException {
        Tree.at(dir)
                .conf("""
                        rst_epilog = \"""
                        __ https://epilog.example.org/
                        \"""
                        """)
                .file("index.rst", """
                        Index
                        =====

                        Page's own__.

                        __ https://own.example.org/

                        .. toctree::

                           other
                        """)
                .file("other.rst", "Other\n=====\n\nOnly__ one.\n\n.. include:: snip.txt\n")
                .file("snip.txt", "Snippet__ reference. And `named <https://named.example.org/>`__.\n");
        // index.rst: 1 reference, 2 targets with the epilog's; other.rst: 2 references, 1 target
        assertThat(links()).containsExactly("snip.txt:1 https://named.example.org/");
    }
}
