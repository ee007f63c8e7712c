package io.github.docslint.rst;

import static io.github.docslint.rst.Rst.fields;
import static io.github.docslint.rst.Rst.fieldsWithProlog;
import static io.github.docslint.rst.Rst.lines;
import static io.github.docslint.rst.Rst.scan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The top field list is what docutils turns into the docinfo: a field list that comes before any
 * element other than the pre-bibliographic ones (comments, targets, substitution definitions, raw,
 * meta, invisible directives...). Each expectation is what docutils 0.19 puts in the docinfo for the
 * same text (with the Sphinx stand-ins of the docutils oracle for Sphinx directives).
 */
class TopFieldListTest {

    @Test
    void fieldListAtTheStartIsTop() {
        RstDocument doc = scan(lines(":orphan:", ":nosearch:", "", "Title", "=====", "", "Text."));
        assertThat(fields(doc)).containsExactly("1:1 orphan top", "2:1 nosearch top");
        assertThat(doc.topFields()).extracting(Field::name).containsExactly("orphan", "nosearch");
    }

    @Test
    void fieldNamesKeepTheirCase() {
        // docutils keeps "NoSearch" as written: Sphinx only honours the lower-case name
        RstDocument doc = scan(lines(":NoSearch:", ":orphan:"));
        assertThat(fields(doc)).containsExactly("1:1 NoSearch top", "2:1 orphan top");
    }

    @Test
    void bodiesAndNamesWithSpaces() {
        RstDocument doc = scan(lines(":Author: Me", ":nosearch:", ":meta data: x", "   and more", ":orphan:"));
        assertThat(fields(doc))
                .containsExactly("1:1 Author top", "2:1 nosearch top", "3:1 meta data top", "5:1 orphan top");
        assertThat(doc.fields().get(0).body()).isEqualTo("Me");
        assertThat(doc.fields().get(2).body()).isEqualTo("x\nand more");
    }

    @Test
    void blankLinesBetweenFieldsKeepOneFieldList() {
        RstDocument doc = scan(lines("", "", ":orphan:", "", ":nosearch:"));
        assertThat(fields(doc)).containsExactly("3:1 orphan top", "5:1 nosearch top");
    }

    @Test
    void preBibliographicElementsMayComeFirst() {
        RstDocument doc = scan(lines(
                ".. comment",
                "",
                ".. _target:",
                "",
                ".. |s| image:: s.png",
                "",
                ".. |r| replace:: text",
                ".. _ext: https://a.example/",
                ".. raw:: html",
                "",
                "   <b>x</b>",
                "",
                ".. meta::",
                "   :description: d",
                "",
                ":nosearch:",
                ":orphan:",
                "",
                "Text"));
        assertThat(fields(doc)).containsExactly("16:1 nosearch top", "17:1 orphan top");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "..",
                ".. index:: foo",
                ".. header:: head",
                ".. title:: T",
                ".. default-role:: code",
                ".. role:: x",
                ".. class:: c",
                ".. |i| image:: x.png"
            })
    void fieldListAfterAnInvisibleElementIsTop(String first) {
        RstDocument doc = scan(lines(first, "", ":nosearch:"));
        assertThat(fields(doc)).containsExactly("3:1 nosearch top");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Text.",
                ".. note:: x",
                ".. image:: x.png",
                ".. highlight:: python",
                ".. toctree::\n\n   a",
                "- item",
                "Title\n=====",
                "Title\n=====\n\n.. comment"
            })
    void fieldListAfterVisibleContentIsNotTop(String first) {
        String text = first + "\n\n:nosearch:\n";
        int line = (int) text.lines().count();
        RstDocument doc = scan(text);
        assertThat(fields(doc)).containsExactly(line + ":1 nosearch");
        assertThat(doc.topFields()).isEmpty();
    }

    @Test
    void onlyTheFirstFieldListIsTop() {
        RstDocument doc = scan(lines(":nosearch:", "", ".. note:: x", "", ":orphan:"));
        assertThat(fields(doc)).containsExactly("1:1 nosearch top", "5:1 orphan");
    }

    @Test
    void nestedFieldListsAreNotTop() {
        assertThat(fields(scan(lines("  :nosearch:")))).containsExactly("1:3 nosearch");
        assertThat(fields(scan(lines("- item", "", "  :nosearch:")))).containsExactly("3:3 nosearch");
        // indented more than the field body: part of the body of :orphan:
        RstDocument doc = scan(lines(":orphan:", "   :nosearch:"));
        assertThat(fields(doc)).containsExactly("1:1 orphan top", "2:4 nosearch");
        assertThat(doc.fields().get(0).body()).isEqualTo(":nosearch:");
    }

    @Test
    void textRightAfterTheFieldListEndsIt() {
        // docutils warns (no blank line) but keeps the docinfo
        assertThat(fields(scan(lines(":nosearch:", "Text")))).containsExactly("1:1 nosearch top");
    }

    // ---------------------------------------------------------------------------------------------
    // rst_prolog: Sphinx inserts it after the leading lines that match ':\w+:' (the expectations
    // are docutils' with rst_prolog = ".. |p| replace:: P", which is pre-bibliographic)

    @Test
    void prologSplitsTheTopFieldListAtTheFirstLineThatIsNotAField() {
        RstDocument doc = scan(lines(":orphan:", "", ":nosearch:"));
        assertThat(fieldsWithProlog(doc)).containsExactly("1:1 orphan top", "3:1 nosearch");
        // without a prolog the blank line does not matter
        assertThat(fields(scan(lines(":orphan:", "", ":nosearch:"))))
                .containsExactly("1:1 orphan top", "3:1 nosearch top");
    }

    @Test
    void prologKeepsConsecutiveFieldLinesTogether() {
        RstDocument doc = scan(lines(":orphan:", ":nosearch:", "", "Text"));
        assertThat(fieldsWithProlog(doc)).containsExactly("1:1 orphan top", "2:1 nosearch top");
    }

    @Test
    void prologCutsAFieldBodyThatRunsOverSeveralLines() {
        RstDocument doc = scan(lines(":orphan: yes", "  continued body", ":nosearch:"));
        assertThat(doc.pageTopFields(true)).extracting(Field::name).containsExactly("orphan");
        assertThat(fieldsWithProlog(doc)).endsWith("3:1 nosearch");

        RstDocument later = scan(lines(":nosearch:", ":orphan: x", "   more", ":other:"));
        assertThat(later.pageTopFields(true)).extracting(Field::name).containsExactly("nosearch", "orphan");
        assertThat(fieldsWithProlog(later)).endsWith("4:1 other");
    }

    @Test
    void prologBeforeAFileThatDoesNotStartWithAField() {
        // the prolog goes first: with a pre-bibliographic prolog the field list is still top
        assertThat(fieldsWithProlog(scan(lines(".. comment", "", ":nosearch:"))))
                .containsExactly("3:1 nosearch top");
        assertThat(fieldsWithProlog(scan(lines("", ":nosearch:")))).containsExactly("2:1 nosearch top");
        assertThat(fieldsWithProlog(scan(lines(".. index:: foo", "", ":nosearch:"))))
                .containsExactly("3:1 nosearch top");
    }
}
