package io.github.docslint.rst;

import static io.github.docslint.rst.Rst.directives;
import static io.github.docslint.rst.Rst.images;
import static io.github.docslint.rst.Rst.lines;
import static io.github.docslint.rst.Rst.links;
import static io.github.docslint.rst.Rst.scan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Directives as docutils reads them: name, arguments, options, content, and the errors that make
 * docutils drop a directive (it then shows the block as a literal in a system message, so nothing
 * inside renders). Expectations were checked against docutils 0.19 with the oracle's stand-ins for
 * Sphinx and extension directives.
 */
class DirectiveTest {

    private static Directive only(RstDocument doc, String name) {
        List<Directive> found =
                doc.directives().stream().filter(d -> d.name().equals(name)).toList();
        assertThat(found).as("directives named %s", name).hasSize(1);
        return found.get(0);
    }

    @Test
    void argumentsOptionsAndContent() {
        RstDocument doc = scan(lines(
                ".. note:: First line https://n1.example/",
                "   second line",
                "",
                "   Para https://n2.example/",
                "",
                ".. code-block:: python",
                "   :caption: Code https://caption.example/",
                "   :linenos:",
                "",
                "   url = \"https://code.example/\"",
                "",
                ".. tabs::",
                "",
                "   .. tab:: Title https://tab-title.example/",
                "",
                "      https://tab-body.example/",
                "",
                ".. versionadded:: 2.1 Added https://va.example/",
                "",
                ".. py:function:: f(x) https://py.example/",
                "",
                "   Body https://pybody.example/"));
        assertThat(directives(doc))
                .containsExactly(
                        "1:1 note", "6:1 code-block", "12:1 tabs", "14:4 tab", "18:1 versionadded", "20:1 py:function");

        Directive note = only(doc, "note");
        assertThat(note.argument()).isEmpty(); // note takes no argument: the first line is content
        assertThat(note.body()).isEqualTo(DirectiveBody.NESTED);
        assertThat(note.contentStart()).isEqualTo(new Position(1, 11));

        Directive code = only(doc, "code-block");
        assertThat(code.argument()).isEqualTo("python");
        assertThat(code.options().keySet()).containsExactly("caption", "linenos");
        assertThat(code.option("caption")).contains("Code https://caption.example/");
        assertThat(code.option("linenos")).contains("");
        assertThat(code.options().get("linenos").position()).isEqualTo(new Position(8, 4));
        assertThat(code.body()).isEqualTo(DirectiveBody.OPAQUE);
        assertThat(code.contentStart()).isEqualTo(new Position(10, 4));

        assertThat(only(doc, "tab").argument()).isEqualTo("Title https://tab-title.example/");
        assertThat(only(doc, "tab").contentStart()).isEqualTo(new Position(16, 7));
        assertThat(only(doc, "versionadded").argument()).isEqualTo("2.1 Added https://va.example/");
        assertThat(only(doc, "versionadded").contentStart()).isNull();
        assertThat(only(doc, "py:function").argument()).isEqualTo("f(x) https://py.example/");

        // code is not rst; the caption option is not rendered as a link either; a generic
        // directive's argument (a signature) is not inline text, but tab titles and the text after
        // the version of versionadded are
        assertThat(links(doc))
                .containsExactly(
                        "1:22 https://n1.example/",
                        "4:9 https://n2.example/",
                        "14:19 https://tab-title.example/",
                        "16:7 https://tab-body.example/",
                        "18:29 https://va.example/",
                        "22:9 https://pybody.example/");
        assertThat(doc.literalBlocks())
                .extracting(LiteralBlock::origin, LiteralBlock::start, LiteralBlock::endLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("code-block", new Position(10, 4), 10));
    }

    @Test
    void capitalisedNamesAndMarkerSpacing() {
        RstDocument doc = scan(lines(
                ".. Image:: cap.png",
                "   :Alt: Capital",
                "",
                ".. NOTE::",
                "   https://note-upper.example/",
                "",
                "..  note:: two spaces https://two-spaces.example/",
                "",
                ".. note :: space before https://space-before.example/",
                "",
                ".. note  :: comment https://comment1.example/",
                "",
                ".. note::no-space https://comment2.example/",
                "",
                ".. note: single colon https://comment3.example/",
                "",
                "..note:: is a paragraph https://para.example/",
                "",
                "   quoted https://quote.example/"));
        assertThat(directives(doc)).containsExactly("1:1 image", "4:1 note", "7:1 note", "9:1 note");
        assertThat(images(doc)).containsExactly("1:1 cap.png alt=Capital");
        assertThat(doc.directives().get(0).options()).containsOnlyKeys("alt");
        assertThat(doc.comments())
                .extracting(Comment::position)
                .containsExactly(new Position(11, 1), new Position(13, 1), new Position(15, 1));
        assertThat(doc.comments().get(2).text()).isEqualTo("note: single colon https://comment3.example/");
        assertThat(links(doc))
                .containsExactly(
                        "5:4 https://note-upper.example/",
                        "7:23 https://two-spaces.example/",
                        "9:25 https://space-before.example/",
                        "17:25 https://para.example/",
                        "19:11 https://quote.example/");
    }

    @Test
    void errorsDropTheDirectiveAndEverythingInIt() {
        RstDocument doc = scan(lines(
                ".. image:: content.png",
                "",
                "   content https://image-content.example/",
                "",
                ".. note::",
                "   :unknown: x",
                "",
                "   https://note-unknown-option.example/",
                "",
                ".. note::",
                "   :class: c",
                "   not an option https://bad-option-block.example/",
                "",
                "   body https://bad-option-body.example/",
                "",
                ".. image:: dup.png",
                "   :alt: a",
                "   :alt: b",
                "",
                ".. image::",
                "",
                ".. raw::",
                "",
                "   <img src=\"raw-no-format.png\">",
                "",
                ".. figure:: fig.png",
                "   :alt: fine",
                "",
                "   Caption https://figure-caption.example/",
                "",
                ".. note::",
                "   :class: c",
                "",
                "   https://note-class.example/"));
        // docutils: image with content, unknown option, option block with a non-option line,
        // duplicate option, missing argument, raw without format: six errors
        assertThat(directives(doc)).containsExactly("26:1 figure", "31:1 note");
        assertThat(images(doc)).containsExactly("26:1 fig.png alt=fine");
        assertThat(doc.rawBlocks()).isEmpty();
        assertThat(links(doc))
                .containsExactly("29:12 https://figure-caption.example/", "34:4 https://note-class.example/");
        assertThat(only(doc, "note").option("class")).contains("c");
    }

    @Test
    void directivesNestedInEveryBodyElement() {
        RstDocument doc = scan(lines(
                ".. tabs::",
                "",
                "   .. tab:: One",
                "",
                "      .. image:: in-tab.png",
                "",
                ".. warning::",
                "",
                "   .. image:: in-admonition.png",
                "",
                "- item",
                "",
                "  .. image:: in-bullet.png",
                "",
                "3. item",
                "",
                "   .. image:: in-enum.png",
                "",
                "term",
                "   .. image:: in-definition.png",
                "",
                "Paragraph.",
                "",
                "   .. image:: in-block-quote.png",
                "",
                ":field: body",
                "",
                "   .. image:: in-field.png",
                "",
                "-a, --all  description",
                "",
                "           .. image:: in-option-list.png",
                "",
                ".. [1] footnote",
                "",
                "   .. image:: in-footnote.png",
                "",
                ".. note::",
                "",
                "   - nested item",
                "",
                "     .. figure:: deep.png",
                "",
                "        Caption",
                "",
                ".. container:: c",
                "",
                "   .. only:: html",
                "",
                "      .. image:: in-only.png"));
        assertThat(images(doc))
                .containsExactly(
                        "5:7 in-tab.png alt=null",
                        "9:4 in-admonition.png alt=null",
                        "13:3 in-bullet.png alt=null",
                        "17:4 in-enum.png alt=null",
                        "20:4 in-definition.png alt=null",
                        "24:4 in-block-quote.png alt=null",
                        "28:4 in-field.png alt=null",
                        "32:12 in-option-list.png alt=null",
                        "36:4 in-footnote.png alt=null",
                        "42:6 deep.png alt=null",
                        "50:7 in-only.png alt=null");
    }

    @Test
    void directiveAsFirstLineOfAFieldBodyHasNoContent() {
        // docutils strips the field body's indentation (the smallest after the first line) from the
        // lines after the directive, so they are not indented relative to it: a sibling paragraph
        RstDocument doc = scan(
                lines("Para.", "", ":field3: .. note:: title https://a.example/", "", "     text https://b.example/"));
        assertThat(directives(doc)).containsExactly("3:10 note");
        assertThat(only(doc, "note").contentStart()).isEqualTo(new Position(3, 20));
        assertThat(links(doc)).containsExactly("3:26 https://a.example/", "5:11 https://b.example/");
    }

    @Test
    void includes() {
        RstDocument doc = scan(lines(
                ".. include:: snippets/part.rst",
                "",
                ".. include:: /abs/path.rst",
                "   :start-after: marker",
                "   :end-before: end",
                "",
                ".. include:: <isonum.txt>",
                "",
                ".. include:: code.py",
                "   :literal:",
                "",
                ".. include:: readme.md",
                "   :parser: myst_parser.sphinx_",
                "",
                ".. include:: long/",
                "   path.rst",
                "",
                "- .. include:: in-list.rst"));
        assertThat(doc.includes())
                .extracting(i -> i.position() + " " + i.path())
                .containsExactly(
                        "1:1 snippets/part.rst",
                        "3:1 /abs/path.rst",
                        "7:1 <isonum.txt>",
                        "9:1 code.py",
                        "12:1 readme.md",
                        "15:1 long/path.rst",
                        "18:3 in-list.rst");
        Include clipped = doc.includes().get(1);
        assertThat(clipped.option("start-after")).contains("marker");
        assertThat(clipped.options().get("end-before").position()).isEqualTo(new Position(5, 4));
        assertThat(clipped.skipsStart()).isTrue();
        assertThat(doc.includes().get(2).isStandard()).isTrue();
        assertThat(doc.includes().get(0).isStandard()).isFalse();
        assertThat(doc.includes().get(3).isParsedAsRst()).isFalse();
        assertThat(doc.includes().get(3).isLiteral()).isTrue();
        assertThat(doc.includes().get(4).isParsedAsRst()).isFalse();
        assertThat(doc.includes().get(0).isParsedAsRst()).isTrue();
    }

    @Test
    void toctreeEntries() {
        RstDocument doc = scan(lines(
                "Text.",
                "",
                ".. toctree::",
                "   :maxdepth: 2",
                "   :glob:",
                "",
                "   intro",
                "   Guide <guide/index>",
                "",
                "   External <https://toc.example/>",
                "   api/*"));
        assertThat(doc.toctrees()).hasSize(1);
        Toctree toc = doc.toctrees().get(0);
        assertThat(toc.position()).isEqualTo(new Position(3, 1));
        assertThat(toc.glob()).isTrue();
        assertThat(toc.entries())
                .extracting(e -> e.position() + " " + e.target())
                .containsExactly("7:4 intro", "8:4 guide/index", "10:4 https://toc.example/", "11:4 api/*");
        // the oracle, like docutils, renders no reference for a toctree entry
        assertThat(doc.links()).isEmpty();
        assertThat(scan(lines(".. toctree::", "", "   a")).toctrees().get(0).glob())
                .isFalse();
    }

    @Test
    void rawBlocks() {
        RstDocument doc = scan(lines(
                ".. raw:: html",
                "",
                "   <div>https://raw.example/</div>",
                "",
                ".. raw:: html latex",
                "   :file: x.html",
                "",
                ".. raw:: LaTeX",
                "",
                "   \\textbf{x}"));
        assertThat(doc.rawBlocks())
                .extracting(r -> r.contentStart() + " " + r.format() + " " + r.content())
                .containsExactly("3:4 html <div>https://raw.example/</div>", "10:4 latex \\textbf{x}");
        assertThat(doc.links()).as("raw content is not rst").isEmpty();
    }

    /** Checked with Sphinx 5.3's html builder: every URL below is rendered as a link. */
    @Test
    void topicsInsideOnlyStandAsSphinxParsesItsContentWithTitles() {
        RstDocument doc = scan(lines(
                "Title",
                "=====",
                "",
                ".. only:: html",
                "",
                "   .. topic:: Topic https://t-title.example/",
                "",
                "      Body https://t-body.example/",
                "",
                "- item",
                "",
                "  .. only:: html",
                "",
                "     .. sidebar:: Side https://s-title.example/",
                "",
                "        In list https://in-list.example/",
                "",
                ".. only:: html",
                "",
                "   .. note::",
                "",
                "      .. topic:: Deeper https://deeper.example/",
                "",
                "         Dropped https://dropped.example/"));
        assertThat(links(doc))
                .containsExactly(
                        "6:21 https://t-title.example/",
                        "8:12 https://t-body.example/",
                        "14:24 https://s-title.example/",
                        "16:17 https://in-list.example/");
    }

    @Test
    void topicAndSidebarInsideBodyElementsAreErrors() {
        // docutils: 'The "topic" directive may not be used within topics or body elements.'
        assertThat(links(scan(lines(".. note::", "", "   .. topic:: T", "", "      https://in-topic.example/"))))
                .isEmpty();
        assertThat(links(scan(lines("- .. sidebar:: S", "", "     https://in-sidebar.example/"))))
                .isEmpty();
    }

    @Test
    void topicInsideASidebarAndTopicAtTopLevelAreFine() {
        RstDocument doc = scan(lines(
                ".. sidebar:: S",
                "",
                "   .. topic:: T",
                "",
                "      https://topic-in-sidebar.example/",
                "",
                ".. topic:: T2",
                "",
                "   https://top-level-topic.example/"));
        assertThat(links(doc))
                .containsExactly("5:7 https://topic-in-sidebar.example/", "9:4 https://top-level-topic.example/");
    }

    @Test
    void directivesThatNeedContent() {
        // docutils: 'Content block expected for the "admonition" directive; none found.'
        assertThat(links(scan(lines(".. admonition:: Title https://a.example/"))))
                .isEmpty();
        // 'The "list-table" directive is empty; content required.'
        assertThat(links(scan(lines(".. list-table:: Title https://a.example/"))))
                .isEmpty();
        // 'Content block expected for the "table" directive; none found.'
        assertThat(links(scan(lines(".. table:: Title https://a.example/")))).isEmpty();
    }

    @Test
    void argumentAndContentWithoutBlankLine() {
        RstDocument doc = scan(lines(
                ".. admonition:: Title",
                "   Content https://admon-arg.example/",
                "",
                "   Body https://admon-body.example/",
                "",
                ".. note:: text https://note-first.example/",
                "   :class: x",
                "",
                "Section",
                "=======",
                "",
                ".. contents:: Table https://contents.example/",
                "",
                ".. sidebar:: Side",
                "",
                "   Body https://sidebar-body.example/"));
        // admonition: the argument runs to the first blank line, so the title holds line 2; note
        // takes no argument: its first line is content and ":class: x" its option
        assertThat(links(doc))
                .containsExactly(
                        "2:12 https://admon-arg.example/",
                        "4:9 https://admon-body.example/",
                        "6:16 https://note-first.example/",
                        "12:21 https://contents.example/",
                        "16:9 https://sidebar-body.example/");
        assertThat(doc.directives().get(0).argument()).isEqualTo("Title\nContent https://admon-arg.example/");
        assertThat(doc.directives().get(1).option("class")).contains("x");
        assertThat(doc.directives().get(1).contentStart()).isEqualTo(new Position(6, 11));
    }

    @Test
    void sidebarSubtitleIsInlineText() {
        RstDocument doc =
                scan(lines(".. sidebar:: Side", "   :subtitle: Sub https://subtitle.example/", "", "   Body."));
        // docutils renders the reference (the oracle finds it, though without a line)
        assertThat(doc.links())
                .extracting(l -> l.position().line() + " " + l.uri())
                .containsExactly("2 https://subtitle.example/");
    }

    @Test
    void contentsWithNothingToListIsRemoved() {
        assertThat(links(scan(lines(".. contents:: Table https://contents.example/", "", "Text."))))
                .isEmpty();
    }

    @Test
    void sidebarSubtitleOverLinesAndItsErrors() {
        RstDocument doc = scan(lines(
                ".. sidebar:: Side",
                "   :subtitle: Sub https://sub1.example/",
                "      more https://sub2.example/",
                "",
                "   Body.",
                "",
                ".. sidebar::",
                "   :subtitle: No title https://no-title.example/",
                "",
                "   Body https://dropped.example/"));
        // docutils: 'The "subtitle" option may not be used without a title.' drops the whole sidebar
        assertThat(links(doc)).containsExactly("2:19 https://sub1.example/", "3:12 https://sub2.example/");
    }

    @Test
    void topicDirectlyInASidebarOnly() {
        RstDocument doc = scan(lines(
                ".. sidebar:: S",
                "",
                "   .. note::",
                "",
                "      .. topic:: T",
                "",
                "         https://topic-in-note.example/",
                "",
                "   .. sidebar:: S2",
                "",
                "      https://sidebar-in-sidebar.example/",
                "",
                "   .. contents:: C https://contents-in-sidebar.example/",
                "",
                "Sec",
                "===",
                "",
                ".. note::",
                "",
                "   .. contents:: C https://contents-in-note.example/"));
        assertThat(links(doc)).containsExactly("13:20 https://contents-in-sidebar.example/");
    }

    @Test
    void contentsListsSectionsAnywhereLocalOnlyChildren() {
        RstDocument doc = scan(lines(
                "A",
                "=",
                "",
                ".. contents:: Global https://global.example/",
                "",
                "B",
                "-",
                "",
                ".. contents:: No children https://local-dropped.example/",
                "   :local:",
                "",
                "C",
                "-",
                "",
                ".. contents:: Children https://local-kept.example/",
                "   :local:",
                "",
                "D",
                "~"));
        assertThat(links(doc)).containsExactly("4:22 https://global.example/", "15:24 https://local-kept.example/");
    }

    @Test
    void anonymousReferenceInARemovedContentsTitleTakesItsTargetButRendersNothing() {
        RstDocument doc = scan(lines(
                ".. contents:: `anon`__ title",
                "",
                "__ https://dropped.example/",
                "",
                "Text `second`__.",
                "",
                "__ https://second.example/"));
        assertThat(links(doc)).containsExactly("5:6 https://second.example/");
        assertThat(doc.unrenderedAnonymousReferences()).containsExactly(new Position(1, 15));
    }

    @Test
    void optionNameOfTwoWordsIsAnError() {
        // docutils: "invalid option data: extension option field name may not contain multiple words."
        RstDocument doc = scan(lines(".. image:: x.png", "   :two words: y"));
        assertThat(images(doc)).isEmpty();
    }
}
