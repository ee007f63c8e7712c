package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.image;
import static io.github.docslint.rules.RuleHarness.include;
import static io.github.docslint.rules.RuleHarness.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.LintRequest;
import io.github.docslint.LintResult;
import io.github.docslint.Linter;
import io.github.docslint.Tree;
import io.github.docslint.rules.RuleHarness.Reported;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileUnreadableRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new FileUnreadableRule();

    FileUnreadableRuleTest() {
        super(RULE);
    }

    static final byte[] BAD = {'O', 'k', '\n', 'B', 'a', 'd', ' ', (byte) 0xff, ' ', 'x', '\n'};

    @Test
    void invalidUtf8IsReportedAndOtherFilesAreStillChecked() throws IOException {
        Tree.at(dir).conf("").bytes("bad.rst", BAD).file("good.rst", page(image("a.png")));
        LintResult result = Linter.run(LintRequest.of(dir));
        assertThat(result.findings())
                .extracting(f -> dir.relativize(f.file()) + ":" + f.position() + " " + f.rule())
                .containsExactly(
                        "bad.rst:2:5 file-unreadable", "good.rst:4:1 image-alt-missing", "good.rst:4:1 image-missing");
        assertThat(result.findings().get(0).message())
                .isEqualTo("byte 0xFF at offset 7 is not valid UTF-8: fix the file or set the encoding"
                        + " (docslint.encoding)");
    }

    @Test
    void anotherEncodingReadsIt() throws IOException {
        Tree.at(dir).conf("").bytes("bad.rst", BAD);
        LintResult result = Linter.run(LintRequest.of(dir).withEncoding(StandardCharsets.ISO_8859_1));
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void includedNonRstFileIsReportedOnce() throws IOException {
        Tree.at(dir)
                .conf("")
                .file("a.rst", page(include("snip.txt")))
                .file("b.rst", page(include("snip.txt")))
                .bytes("snip.txt", BAD);
        assertThat(RuleHarness.check(RULE, dir)).extracting(Reported::at).containsExactly("snip.txt:2:5");
    }

    @Test
    void includedExcludedRstFileIsReportedOnce() throws IOException {
        Tree.at(dir)
                .conf("exclude_patterns = ['_inc']\n")
                .file("a.rst", page(include("_inc/snip.rst")))
                .bytes("_inc/snip.rst", BAD);
        assertThat(RuleHarness.check(RULE, dir)).extracting(Reported::at).containsExactly("_inc/snip.rst:2:5");
    }

    @Test
    void excludedFileNothingIncludesIsNotRead() throws IOException {
        Tree.at(dir)
                .conf("html_static_path = ['_static']\n")
                .file("index.rst", page("Text.\n"))
                .bytes("_static/vendor/notes.rst", BAD);
        assertThat(RuleHarness.check(RULE, dir)).isEmpty();
    }

    @Test
    void readableFilesAreFine() throws IOException {
        Tree.at(dir).conf("").file("a.rst", "\uFEFFBOM and \u00e9.\r\n");
        assertThat(RuleHarness.check(RULE, dir)).isEmpty();
    }
}
