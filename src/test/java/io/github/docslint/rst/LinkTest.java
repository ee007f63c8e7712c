package io.github.docslint.rst;

import static io.github.docslint.rst.Rst.lines;
import static io.github.docslint.rst.Rst.links;
import static io.github.docslint.rst.Rst.linksWithKind;
import static io.github.docslint.rst.Rst.scan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * External link appearances: every place docutils renders a reference to an http(s) URL, at the
 * start of the markup that makes it. The lines and URLs are the docutils oracle's for the same text
 * (docutils 0.19); columns are where the markup starts in the file.
 */
class LinkTest {

    @Test
    void linksInEveryInlineContext() {
        RstDocument doc = scan(lines(
                "Title https://title.example/",
                "============================",
                "",
                "=================================",
                " Overlined https://over.example/",
                "=================================",
                "",
                "Term https://term.example/ : classifier",
                "   Definition https://definition.example/",
                "",
                "| Line block https://lb.example/",
                "|    continued `x <https://lb2.example/>`__",
                "",
                ".. [1] Footnote https://fn.example/",
                ".. [CIT] Citation https://cit.example/",
                "",
                ":Field: body https://field.example/",
                "",
                "- Item https://item.example/",
                "",
                "-o FILE  Option https://option.example/",
                "",
                ".. admonition:: Admonition https://admonition.example/",
                "",
                "   Body.",
                "",
                ".. list-table:: Table https://table-title.example/",
                "",
                "   * - cell",
                "",
                "Para.",
                "",
                "   Quote https://quote.example/",
                "",
                "   -- Attribution https://attribution.example/"));
        assertThat(links(doc))
                .containsExactly(
                        "1:7 https://title.example/",
                        "5:12 https://over.example/",
                        "8:6 https://term.example/",
                        "9:15 https://definition.example/",
                        "11:14 https://lb.example/",
                        "12:16 https://lb2.example/",
                        "14:17 https://fn.example/",
                        "15:19 https://cit.example/",
                        "17:14 https://field.example/",
                        "19:8 https://item.example/",
                        "21:17 https://option.example/",
                        "23:28 https://admonition.example/",
                        "27:23 https://table-title.example/",
                        "33:10 https://quote.example/",
                        "35:19 https://attribution.example/");
    }

    private static final String REFERENCES = lines(
            "Embedded `named <https://named.example/>`_ and `anon <https://anon.example/>`__ and",
            "`<https://bare.example/>`_ then named_ and `named`_ again.",
            "",
            "References: ref_, `phrase ref`_, `Mixed Case`_, chain1_, chain2_, indirect_, `twice`_,",
            "alias_, missing_, `text <alias_>`_.",
            "",
            "Anonymous: first__, `second`__, third__.",
            "",
            ".. _ref: https://ref.example/",
            ".. _phrase ref: https://phrase.example/",
            ".. _`mixed   case`: https://mixed.example/",
            "",
            ".. _chain1:",
            ".. _chain2:",
            ".. _final: https://chain.example/",
            "",
            ".. _indirect: final_",
            ".. _alias: `phrase ref`_",
            "",
            "__ https://anon1.example/",
            ".. __: https://anon2.example/",
            "__ anon-ref_",
            "",
            ".. _anon-ref: https://anon3.example/",
            "",
            ".. _twice: https://twice1.example/",
            ".. _twice: https://twice2.example/",
            "",
            ".. _multi:",
            "   https://multi.example/",
            "   path",
            "",
            "multi_");

    @Test
    void embeddedNamedAndAnonymousReferences() {
        RstDocument doc = scan(REFERENCES);
        assertThat(linksWithKind(doc))
                .containsExactly(
                        "1:10 EMBEDDED https://named.example/",
                        "1:48 EMBEDDED_ANONYMOUS https://anon.example/",
                        "2:1 EMBEDDED https://bare.example/",
                        // an embedded URI with a name defines a target: named_ refers to it
                        "2:33 NAMED_REFERENCE https://named.example/",
                        "2:44 NAMED_REFERENCE https://named.example/",
                        "4:13 NAMED_REFERENCE https://ref.example/",
                        "4:19 NAMED_REFERENCE https://phrase.example/",
                        "4:34 NAMED_REFERENCE https://mixed.example/", // names are case- and space-normalised
                        "4:49 NAMED_REFERENCE https://chain.example/", // chained internal targets
                        "4:58 NAMED_REFERENCE https://chain.example/",
                        "4:67 NAMED_REFERENCE https://chain.example/", // indirect target
                        // "twice" has two targets with different URIs: docutils refuses it
                        "5:1 NAMED_REFERENCE https://phrase.example/", // indirect to a phrase
                        "5:19 NAMED_REFERENCE https://phrase.example/", // embedded alias
                        // anonymous targets are paired with anonymous references in order
                        "7:12 ANONYMOUS_REFERENCE https://anon1.example/",
                        "7:21 ANONYMOUS_REFERENCE https://anon2.example/",
                        "7:33 ANONYMOUS_REFERENCE https://anon3.example/",
                        // a target URI over several lines is joined without whitespace
                        "33:1 NAMED_REFERENCE https://multi.example/path");
        assertThat(doc.unresolvedReferences())
                .extracting(r -> r.position() + " " + r.name())
                .containsExactly("4:78 twice", "5:9 missing");
    }

    @Test
    void targets() {
        RstDocument doc = scan(REFERENCES);
        assertThat(doc.targets())
                .filteredOn(t -> t.position().line() >= 9)
                .extracting(t -> t.position() + " " + t.name() + " uri=" + t.uri() + " ref=" + t.refname())
                .containsExactly(
                        "9:1 ref uri=https://ref.example/ ref=null",
                        "10:1 phrase ref uri=https://phrase.example/ ref=null",
                        "11:1 mixed case uri=https://mixed.example/ ref=null",
                        "13:1 chain1 uri= ref=null",
                        "14:1 chain2 uri= ref=null",
                        "15:1 final uri=https://chain.example/ ref=null",
                        "17:1 indirect uri= ref=final",
                        "18:1 alias uri= ref=phrase ref",
                        "20:1  uri=https://anon1.example/ ref=null",
                        "21:1  uri=https://anon2.example/ ref=null",
                        "22:1  uri= ref=anon-ref",
                        "24:1 anon-ref uri=https://anon3.example/ ref=null",
                        "26:1 twice uri=https://twice1.example/ ref=null",
                        "27:1 twice uri=https://twice2.example/ ref=null",
                        "29:1 multi uri=https://multi.example/path ref=null");
        assertThat(doc.targets().get(0).isExternal()).isTrue();
    }

    @Test
    void anonymousReferencesNeedAsManyTargets() {
        // docutils: "Anonymous hyperlink mismatch: 2 references but 1 targets." - none resolve
        RstDocument doc = scan(lines("One__ and two__.", "", "__ https://only.example/"));
        assertThat(doc.links()).isEmpty();
    }

    @Test
    void aNameTwoIndirectOrInternalTargetsBindIsUnusableEvenWhenTheyAgree() {
        // docutils only forgives a second explicit target with the same URI (checked with docutils 0.19)
        RstDocument doc = scan(lines(
                "a_ and b_ and `Docs <x_>`_ and `Docs <x_>`_ and docs_.",
                "",
                ".. _a: x_",
                ".. _a: x_",
                ".. _b:",
                ".. _b:",
                ".. _x: https://x.example.org/"));
        // two embedded aliases to the same name are not explicit targets: docs_ still resolves
        assertThat(doc.links())
                .extracting(l -> l.position().column() + " " + l.uri())
                .containsExactly("15 https://x.example.org/", "32 https://x.example.org/", "49 https://x.example.org/");
    }

    @Test
    void substitutionDefinitionLinksCountOnceWhereDefined() {
        RstDocument doc = scan(lines(
                ".. |x| replace:: `a <https://subst.example/>`__",
                ".. |y| replace:: see https://y.example/ and ref_",
                "",
                "Use |x| twice |x|, and |y|.",
                "",
                "Linked substitution: |logo|_ and |x|__.",
                "",
                ".. |logo| image:: logo.png",
                ".. _logo: https://logo-target.example/",
                "__ https://anon-subst.example/",
                ".. _ref: https://ref.example/"));
        // the oracle puts the |logo|_ reference on line 8 (the line of the image it wraps); the
        // reference is written on line 6, where the scanner puts it
        assertThat(linksWithKind(doc))
                .containsExactly(
                        "1:18 EMBEDDED_ANONYMOUS https://subst.example/",
                        "2:22 STANDALONE https://y.example/",
                        "2:45 NAMED_REFERENCE https://ref.example/",
                        "6:22 NAMED_REFERENCE https://logo-target.example/",
                        "6:34 ANONYMOUS_REFERENCE https://anon-subst.example/");
    }

    @Test
    void substitutionDefinitionWithIllegalElementsIsDropped() {
        // docutils: "Substitution definition contains illegal element <target>:" (and <footnote_reference>,
        // <reference> for the anonymous one, <citation_reference>); none of their links render
        RstDocument doc = scan(lines(
                ".. |a| replace:: `a <https://named-embedded.example/>`_",
                "",
                ".. |c| replace:: see https://standalone.example/ [1]_",
                "",
                ".. |d| replace:: see https://d.example/ anon__",
                "",
                ".. |f| replace:: see https://f.example/ _`inline target`",
                "",
                ".. |g| replace:: see https://g.example/ [CIT]_",
                "",
                "|a| |c| |d| |f| |g|",
                "",
                "__ https://anon.example/",
                ".. [1] one",
                ".. [CIT] cit"));
        assertThat(links(doc)).isEmpty();
    }

    @Test
    void standaloneUris() {
        RstDocument doc = scan(lines(
                "Ends https://dot.example/. https://comma.example/, https://semi.example/;",
                "https://colon.example/: https://bang.example/! https://q.example/? https://quote.example/'",
                "(https://paren.example/) <https://angle.example/> \"https://dq.example/\"",
                "https://balanced.example/p(1) https://slash.example/path/ HTTPS://UPPER.EXAMPLE/",
                "",
                "\\https://escaped.example/ https://escaped-mid.example/\\_x https://a.example/a\\ b",
                "",
                "Not a link: ftp://ftp.example/ file:///tmp/x urn:isbn:123 www.example.org me@example.org"));
        assertThat(links(doc))
                .containsExactly(
                        // trailing punctuation is not part of the URI
                        "1:6 https://dot.example/",
                        "1:28 https://comma.example/",
                        "1:52 https://semi.example/",
                        "2:1 https://colon.example/",
                        "2:25 https://bang.example/",
                        "2:48 https://q.example/",
                        "2:68 https://quote.example/",
                        "3:2 https://paren.example/",
                        "3:27 https://angle.example/",
                        "3:52 https://dq.example/",
                        "4:1 https://balanced.example/p(1", // ')' cannot end a URI
                        "4:31 https://slash.example/path/",
                        "4:59 HTTPS://UPPER.EXAMPLE/",
                        // an escaped start is text; escapes inside are removed; an escaped space ends it
                        "6:27 https://escaped-mid.example/_x",
                        "6:59 https://a.example/a");
    }

    @Test
    void unknownSchemeDropsTheStandaloneUrisAfterItInTheSameTextRun() {
        RstDocument doc = scan(lines(
                "TODO:fix https://dropped1.example/ and https://dropped2.example/",
                "",
                "Kept https://kept-before.example/ then TODO:fix https://dropped3.example/",
                "",
                "TODO:fix *emphasis* https://after-markup.example/",
                "",
                "mailto:me@example.org https://after-mailto.example/",
                "",
                "Email me@example.org https://after-email.example/",
                "",
                "TODO:fix `embedded <https://embedded.example/>`_ https://after-embedded.example/"));
        // docutils' implicit_inline gives up on the rest of a run at an unknown scheme; inline
        // markup starts a new run; mailto is a known scheme and an e-mail address is fine
        assertThat(links(doc))
                .containsExactly(
                        "3:6 https://kept-before.example/",
                        "5:21 https://after-markup.example/",
                        "7:23 https://after-mailto.example/",
                        "9:22 https://after-email.example/",
                        "11:10 https://embedded.example/",
                        "11:50 https://after-embedded.example/");
    }

    @Test
    void markupHidesUris() {
        RstDocument doc = scan(lines(
                "*emph https://emph.example/* **strong https://strong.example/** ``literal https://lit.example/``",
                ":code:`https://code-role.example/` `interpreted https://interp.example/`"
                        + " :doc:`x <https://doc.example/>`",
                "`https://title-ref.example/`:sup: :unknown:`https://unknown-role.example/`",
                ":pep:`8` :rfc:`2616` `x <https://role-embedded.example/>`:ref:",
                "",
                "After markup https://visible.example/"));
        assertThat(links(doc)).containsExactly("6:14 https://visible.example/");
    }

    @Test
    void urlSplitAcrossLinesInsideAngleBrackets() {
        RstDocument doc = scan(lines(
                "See `the docs <https://split.example/",
                "a/b>`_ here and `anon <https://anon-split.example/x",
                "y>`__, and `escaped space <https://space.example/a\\ b>`__.",
                "",
                "- `item <https://item-split.example/",
                "  part>`_"));
        assertThat(links(doc))
                .containsExactly(
                        "1:5 https://split.example/a/b",
                        "2:17 https://anon-split.example/xy",
                        "3:12 https://space.example/a b",
                        "5:3 https://item-split.example/part");
    }

    @Test
    void referencesInsideTablesAndNestedBlocksResolveToDocumentTargets() {
        RstDocument doc = scan(lines(
                "- in a list ref_",
                "",
                "  .. note:: in a note `ref`_",
                "",
                "+-------+",
                "| ref_  |",
                "+-------+",
                "",
                ".. _ref: https://nested-ref.example/"));
        assertThat(links(doc))
                .containsExactly(
                        "1:13 https://nested-ref.example/",
                        "3:23 https://nested-ref.example/",
                        "6:3 https://nested-ref.example/");
    }

    @Test
    void lineBlockDirectiveLinesAreSeparate() {
        // docutils: line 3 has an unclosed backquote and a standalone URI; line 4 is plain text
        RstDocument doc = scan(lines(".. line-block::", "", "   `a <https://a.example/", "   path>`__"));
        assertThat(links(doc)).containsExactly("3:8 https://a.example/");
    }

    @Test
    void lineBlockDirectiveAndParsedLiteral() {
        RstDocument doc = scan(lines(
                ".. line-block::",
                "",
                "   line https://line-block-directive.example/",
                "",
                ".. parsed-literal::",
                "",
                "   parsed https://parsed.example/ *x*"));
        assertThat(links(doc))
                .containsExactly("3:9 https://line-block-directive.example/", "7:11 https://parsed.example/");
    }

    @Test
    void sectionTitlesDocutilsRejects() {
        RstDocument doc = scan(lines(
                "Short title https://short.example/",
                "===",
                "",
                "Longer title https://longer.example/",
                "=====",
                "",
                "==========================",
                " Mismatch https://mm.example/",
                "=========",
                "",
                "===========",
                " No under https://nounder.example/",
                "",
                "=====================================",
                " Overline https://over.example/",
                "-------------------------------------",
                "",
                "Para."));
        // a short underline under a longer text is a paragraph; "Title underline too short" is only
        // a warning; overline/underline mismatches and a missing underline are severe errors
        assertThat(links(doc)).containsExactly("1:13 https://short.example/", "4:14 https://longer.example/");
    }

    @Test
    void titleLevelInconsistent() {
        // docutils: "(SEVERE/4) Title level inconsistent" - the title becomes a literal block
        RstDocument doc =
                scan(lines("A", "=", "", "B", "-", "", "C", "=", "", "D https://d.example/", "~~~~~~~~~~~~~~~~~~~~"));
        assertThat(links(doc)).isEmpty();
    }

    @Test
    void chainedTargetsStopAtInvisibleElements() {
        RstDocument doc = scan(lines(
                ".. _a1:",
                "",
                ".. _b1: https://b1.example/",
                "",
                ".. _a3:",
                "",
                ".. |s| replace:: x",
                "",
                ".. _b3: https://b3.example/",
                "",
                ".. _a4:",
                ".. _i4: b1_",
                "",
                ".. _a5:",
                "",
                "- list",
                "",
                ".. _b5: https://b5.example/",
                "",
                ".. _a6:",
                "",
                ".. index:: x",
                "",
                ".. _b6: https://b6.example/",
                "",
                "a1_ a3_ a4_ a5_ a6_ i4_"));
        // a blank line does not break a chain; a substitution definition (invisible) or a list
        // does. Sphinx's index directive makes an index node (invisible): a6 stays internal in
        // Sphinx 5.3 (the oracle's stand-in for index renders nothing, so it chains a6 to b6)
        assertThat(links(doc))
                .containsExactly("26:1 https://b1.example/", "26:9 https://b1.example/", "26:21 https://b1.example/");
    }

    @Test
    void internalTargetBeforeACommentStaysInternal() {
        RstDocument doc = scan(lines(".. _c:", "", ".. comment", "", ".. _d: https://d.example/", "", "c_"));
        assertThat(links(doc)).isEmpty();
    }

    @Test
    void duplicateTargetsAndUrisEndingInUnderscore() {
        RstDocument doc = scan(lines(
                ".. _dup: https://same.example/",
                ".. _dup: https://same.example/",
                "",
                ".. _conflict:",
                "",
                ".. _conflict: https://conflict.example/",
                "",
                "dup_ conflict_ trailing_ esc_",
                "",
                ".. _trailing: https://x.example/path_",
                ".. _esc: https://x.example/path\\_"));
        // the same URI twice is no conflict; an internal and an external target of the same name
        // are; a URI ending in "_" is no reference name, so it stays a URI
        assertThat(links(doc))
                .containsExactly(
                        "8:1 https://same.example/", "8:16 https://x.example/path_", "8:26 https://x.example/path_");
    }

    @Test
    void titleUnderlineLengthCountsColumns() {
        // docutils: "Possible title underline, too short for the title. Treating it as ordinary text
        // because it's so short." - three lines of one paragraph, so no image
        assertThat(scan(lines("日本", "===", ".. image:: x.png")).images()).isEmpty();
    }

    @Test
    void anonymousTargetsInTheTopFieldListComeFirst() {
        RstDocument doc = scan(lines(
                ".. __: https://first.example/",
                "",
                ":field: `a`__",
                "",
                "   __ https://second.example/",
                "",
                "Text `b`__"));
        // docutils (the oracle): line 3 -> second, line 7 -> first
        assertThat(links(doc)).containsExactly("3:9 https://second.example/", "7:6 https://first.example/");
    }

    @Test
    void docinfoTopicsComeAfterTheOtherFieldsWhenAnonymousLinksArePaired() {
        RstDocument doc = scan(lines(
                ".. __: https://p.example/",
                "",
                ":abstract: Abs `a`__",
                ":dedication: Ded `b`__",
                ":other: `c`__",
                "",
                "   __ https://o1.example/",
                "",
                "Text `d`__ `e`__",
                "",
                "__ https://t2.example/",
                "__ https://t3.example/",
                "__ https://t4.example/"));
        // docutils (the oracle): the docinfo, then the dedication and abstract topics, then what preceded
        assertThat(links(doc))
                .containsExactly(
                        "3:16 https://t2.example/",
                        "4:18 https://p.example/",
                        "5:9 https://o1.example/",
                        "9:6 https://t3.example/",
                        "9:12 https://t4.example/");
    }

    @Test
    void headerAndFooterAnonymousLinksComeFirst() {
        RstDocument doc = scan(lines(
                "Title",
                "=====",
                "",
                "Text `a`__",
                "",
                "__ https://m1.example/",
                "",
                ".. footer:: Foot `f`__",
                "",
                ".. header:: Head `h`__",
                "",
                "__ https://m2.example/",
                "__ https://m3.example/"));
        // docutils (the oracle): the decoration (header, then footer) is the document's first child
        assertThat(links(doc))
                .containsExactly("4:6 https://m3.example/", "8:18 https://m2.example/", "10:18 https://m1.example/");
    }

    @Test
    void attributionEndsTheQuoteAndTheLinesAfterItFormAnother() {
        // docutils: "-- Someone ..." ends the quote; ".. _t: uri" is attribution text (a standalone URI)
        RstDocument doc = scan(lines(
                "Para.",
                "",
                "  Quote.",
                "",
                "  -- Someone",
                "     .. _t: https://a.example/",
                "",
                "  Second `t`_ quote."));
        assertThat(links(doc)).containsExactly("6:13 https://a.example/");
    }

    @Test
    void blockQuoteAttributionThatLooksLikeAnOptionList() {
        // docutils: attribution "all  `text\n-a  https://x.example/ `b`_" - the backquotes make one
        // problematic phrase reference over both lines, so the URI is no link
        RstDocument doc = scan(lines("Para.", "", "  Quote.", "", "  --all  `text", "  -a  https://x.example/ `b`_"));
        assertThat(links(doc)).isEmpty();
    }
}
