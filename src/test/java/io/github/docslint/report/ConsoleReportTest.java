package io.github.docslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.LintResult;
import io.github.docslint.rst.Position;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {
    static final Path BASE = Path.of("/work/project").toAbsolutePath();

    static Finding finding(String rule, Severity s, String rel, int line, int col) {
        return new Finding(rule, s, BASE.resolve(rel), new Position(line, col), "the message");
    }

    @Test
    void lineIsPathLineColumnSeverityMessageRule() {
        assertThat(ConsoleReport.line(finding("image-missing", Severity.ERROR, "docs/a/page.rst", 12, 3), BASE))
                .isEqualTo("docs/a/page.rst:12:3: error: the message [image-missing]");
        assertThat(ConsoleReport.line(finding("include-unused", Severity.WARNING, "x.rst", 1, 1), BASE))
                .isEqualTo("x.rst:1:1: warning: the message [include-unused]");
    }

    @Test
    void pathOutsideTheBaseStaysAbsolute() {
        Finding f = new Finding(
                "image-missing", Severity.ERROR, Path.of("/elsewhere/a.rst").toAbsolutePath(), new Position(1, 2), "m");
        assertThat(ConsoleReport.line(f, BASE))
                .isEqualTo(Path.of("/elsewhere/a.rst").toAbsolutePath() + ":1:2: error: m [image-missing]");
    }

    @Test
    void baseIsNormalized() {
        Finding f = finding("image-missing", Severity.ERROR, "docs/a.rst", 1, 1);
        assertThat(ConsoleReport.line(f, BASE.resolve("docs/.."))).startsWith("docs/a.rst:1:1:");
    }

    @Test
    void summaryWithFindings() {
        LintResult r = new LintResult(
                List.of(
                        finding("image-alt-missing", Severity.ERROR, "a.rst", 1, 1),
                        finding("image-alt-missing", Severity.ERROR, "b.rst", 1, 1),
                        finding("include-unused", Severity.WARNING, "b.rst", 2, 1)),
                List.of(BASE),
                5,
                List.of());
        assertThat(ConsoleReport.summary(r))
                .isEqualTo("2 errors, 1 warning in 2 files (image-alt-missing: 2, include-unused: 1)");
    }

    @Test
    void summarySingular() {
        LintResult r = new LintResult(
                List.of(finding("image-missing", Severity.ERROR, "a.rst", 1, 1)), List.of(BASE), 1, List.of());
        assertThat(ConsoleReport.summary(r)).isEqualTo("1 error, 0 warnings in 1 file (image-missing: 1)");
    }

    @Test
    void summaryWithoutFindings() {
        assertThat(ConsoleReport.summary(new LintResult(List.of(), List.of(BASE), 5, List.of())))
                .isEqualTo("no findings in 5 files");
        assertThat(ConsoleReport.summary(new LintResult(List.of(), List.of(BASE), 1, List.of())))
                .isEqualTo("no findings in 1 file");
    }
}
