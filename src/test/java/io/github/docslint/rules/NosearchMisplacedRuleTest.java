package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.check;
import static io.github.docslint.rules.RuleHarness.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.Tree;
import io.github.docslint.rules.RuleHarness.Reported;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NosearchMisplacedRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new NosearchMisplacedRule();

    NosearchMisplacedRuleTest() {
        super(RULE);
    }

    static final String PROLOG_CONF = "rst_prolog = \"\"\"\n.. |product| replace:: Mattermost\n\"\"\"\n";

    List<Reported> run(String conf, String content) throws IOException {
        Tree.at(dir).conf(conf).file("page.rst", content);
        return check(RULE, dir);
    }

    List<Reported> run(String content) throws IOException {
        return run("", content);
    }

    @Test
    void afterTheTitle() throws IOException {
        assertThat(run(page(":nosearch:\n\nText.\n"))).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("page.rst:4:1");
            assertThat(r.message())
                    .contains("Sphinx ignores ':nosearch:' here and prints it as text")
                    .contains("only counts in the field list at the very top of the file, before the title")
                    .doesNotContain("rst_prolog");
        });
    }

    @Test
    void afterAParagraph() throws IOException {
        assertThat(run("Some text.\n\n:no-search:\n")).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("page.rst:3:1");
            assertThat(r.message()).contains("Sphinx ignores ':no-search:' here");
        });
    }

    @Test
    void insideADirective() throws IOException {
        assertThat(run(".. note::\n\n   :nosearch:\n\nTitle\n=====\n"))
                .extracting(Reported::at)
                .containsExactly("page.rst:3:4");
    }

    @Test
    void wrongCaseAtTheTop() throws IOException {
        assertThat(run(":NoSearch:\n\nTitle\n=====\n")).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("page.rst:1:1");
            assertThat(r.message())
                    .contains("Sphinx ignores ':NoSearch:'")
                    .contains("field names are case-sensitive, write ':nosearch:'");
        });
        assertThat(run(":No-Search:\n\nTitle\n=====\n"))
                .singleElement()
                .satisfies(r -> assertThat(r.message()).contains("write ':no-search:'"));
    }

    @Test
    void honouredFieldsAreFine() throws IOException {
        assertThat(run(":nosearch:\n\nTitle\n=====\n")).isEmpty();
        assertThat(run(":orphan:\n:no-search:\n\nTitle\n=====\n")).isEmpty();
        assertThat(run(":orphan:\n\n:nosearch:\n\nTitle\n=====\n")).isEmpty();
    }

    @Test
    void preBibliographicElementsMayComeFirst() throws IOException {
        assertThat(run("""
                        .. a comment

                        .. _target:

                        .. |sub| replace:: text

                        .. raw:: html

                           <div></div>

                        :nosearch:

                        Title
                        =====
                        """)).isEmpty();
    }

    @Test
    void metaHeaderAndFooterMayComeFirst() throws IOException {
        assertThat(run("""
                        .. meta::
                           :description: A page

                        .. header:: The header

                        .. footer:: The footer

                        :nosearch:

                        Title
                        =====
                        """)).isEmpty();
    }

    @Test
    void otherDirectivesEndTheChance() throws IOException {
        assertThat(run(".. note:: A note.\n\n:nosearch:\n\nTitle\n=====\n"))
                .extracting(Reported::at)
                .containsExactly("page.rst:3:1");
    }

    @Test
    void otherMisplacedFieldsAreNotThisRulesBusiness() throws IOException {
        assertThat(run(page(":orphan:\n\n:tocdepth: 2\n"))).isEmpty();
    }

    @Test
    void onlyTheMisplacedOneOfTwo() throws IOException {
        assertThat(run(":nosearch:\n\n" + page(":nosearch:\n")))
                .extracting(Reported::at)
                .containsExactly("page.rst:6:1");
    }

    @Test
    void excludedFilesAreNotChecked() throws IOException {
        Tree.at(dir).conf("exclude_patterns = ['_inc']\n").file("_inc/x.rst", page(":nosearch:\n"));
        assertThat(check(RULE, dir)).isEmpty();
    }

    @Test
    void rstPrologCutsTheTopFieldListAfterTheLeadingFieldLines() throws IOException {
        // Sphinx inserts rst_prolog after ':orphan:' (the blank line ends the leading field lines), so
        // ':nosearch:' becomes a second field list, which docutils does not read as metadata
        assertThat(run(PROLOG_CONF, ":orphan:\n\n:nosearch:\n\nTitle\n=====\n"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.at()).isEqualTo("page.rst:3:1");
                    assertThat(r.message())
                            .contains("Sphinx ignores ':nosearch:'")
                            .contains("with rst_prolog set in conf.py, the top fields must be consecutive lines"
                                    + " starting at line 1");
                });
        assertThat(run(PROLOG_CONF, ":orphan:\n:nosearch:\n\nTitle\n=====\n")).isEmpty();
        assertThat(run(PROLOG_CONF, ":nosearch:\n\nTitle\n=====\n")).isEmpty();
    }
}
