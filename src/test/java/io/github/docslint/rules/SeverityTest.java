package io.github.docslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SeverityTest {
    @Test
    void parsesInAnyCaseWithSpaces() {
        assertThat(Severity.parse("error")).isEqualTo(Severity.ERROR);
        assertThat(Severity.parse(" ERROR ")).isEqualTo(Severity.ERROR);
        assertThat(Severity.parse("Warning")).isEqualTo(Severity.WARNING);
        assertThat(Severity.parse("warn")).isEqualTo(Severity.WARNING);
        assertThat(Severity.parse("OFF")).isEqualTo(Severity.OFF);
    }

    @Test
    void rejectsOthersNamingTheChoices() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Severity.parse(" info "))
                .withMessage("'info' is not a severity: use error, warning or off");
        assertThatIllegalArgumentException().isThrownBy(() -> Severity.parse(""));
        assertThatIllegalArgumentException().isThrownBy(() -> Severity.parse("errors"));
    }

    @Test
    void label() {
        assertThat(Severity.ERROR.label()).isEqualTo("error");
        assertThat(Severity.WARNING.label()).isEqualTo("warning");
        assertThat(Severity.OFF.label()).isEqualTo("off");
    }
}
