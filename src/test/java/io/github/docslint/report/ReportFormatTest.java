package io.github.docslint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    @Test
    void noValueMeansEveryFormat() {
        assertThat(ReportFormat.parse(null)).isEqualTo(EnumSet.allOf(ReportFormat.class));
        assertThat(ReportFormat.parse(List.of())).isEqualTo(EnumSet.allOf(ReportFormat.class));
        assertThat(ReportFormat.parse(List.of(" ", ""))).isEqualTo(EnumSet.allOf(ReportFormat.class));
    }

    @Test
    void formatsAreElementsOrCommaSeparatedInAnyCase() {
        assertThat(ReportFormat.parse(List.of("sarif", " JUnit ")))
                .containsExactly(ReportFormat.SARIF, ReportFormat.JUNIT);
        assertThat(ReportFormat.parse(List.of("checkstyle,jsonl")))
                .containsExactly(ReportFormat.CHECKSTYLE, ReportFormat.JSONL);
        assertThat(ReportFormat.parse(List.of("none"))).isEmpty();
    }

    @Test
    void theFileNamesAreTheUsualOnes() {
        assertThat(List.of(ReportFormat.values()))
                .extracting(ReportFormat::fileName)
                .containsExactly("docslint.sarif", "checkstyle-result.xml", "TEST-docslint.xml", "links.jsonl");
        assertThat(ReportFormat.ids()).isEqualTo("sarif, checkstyle, junit, jsonl");
    }

    @Test
    void anUnknownFormatNamesTheValidOnes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportFormat.parse(List.of("sarif", "html")))
                .withMessage("unknown report format 'html'; valid formats: sarif, checkstyle, junit, jsonl,"
                        + " or none for no report file");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportFormat.parse(List.of("none,sarif")))
                .withMessageStartingWith("'none' cannot be combined with other formats");
    }
}
