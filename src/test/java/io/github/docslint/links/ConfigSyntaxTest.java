package io.github.docslint.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConfigSyntaxTest {
    @Test
    void hostGlobsMatchWholeHostNamesIgnoringCase() {
        Pattern exact = ConfigSyntax.hostGlob("GitHub.com");
        assertThat(exact.matcher("github.com").matches()).isTrue();
        assertThat(exact.matcher("api.github.com").matches()).isFalse();
        assertThat(exact.matcher("githubXcom").matches())
                .as("the dot is literal")
                .isFalse();
        Pattern sub = ConfigSyntax.hostGlob("*.github.com");
        assertThat(sub.matcher("api.github.com").matches()).isTrue();
        assertThat(sub.matcher("a.b.github.com").matches()).isTrue();
        assertThat(sub.matcher("github.com").matches()).isFalse();
        assertThat(ConfigSyntax.hostGlob("*").matcher("anything.example").matches())
                .isTrue();
    }

    @Test
    void aHostGlobWithASchemeOrPathIsRejectedWithAnExample() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigSyntax.hostGlob("https://github.com/"))
                .withMessageContaining("'https://github.com/' is not a host pattern")
                .withMessageContaining("*.github.com");
    }

    @Test
    void durationsTakeUnitsOrPlainSeconds() {
        assertThat(ConfigSyntax.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(ConfigSyntax.duration(" 30s ")).isEqualTo(Duration.ofSeconds(30));
        assertThat(ConfigSyntax.duration("45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(ConfigSyntax.duration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(ConfigSyntax.duration("2H")).isEqualTo(Duration.ofHours(2));
        assertThat(ConfigSyntax.duration("3d")).isEqualTo(Duration.ofDays(3));
        assertThat(ConfigSyntax.duration("0")).isZero();
        for (String bad : List.of("", "s", "-5s", "1.5s", "30 seconds", "PT30S", "9999999999s")) {
            assertThatIllegalArgumentException()
                    .as(bad)
                    .isThrownBy(() -> ConfigSyntax.duration(bad))
                    .withMessageContaining("is not a duration: write e.g. 500ms, 30s");
        }
    }

    @Test
    void acceptTakesCodesAndRangesPerHost() {
        LinkCheckConfig.Accept a = ConfigSyntax.accept("github.com=403|429");
        assertThat(a.codes()).containsExactlyInAnyOrder(403, 429);
        assertThat(a.host().matcher("github.com").matches()).isTrue();
        assertThat(ConfigSyntax.accept("*.example.org = 400-403, 999 ").codes())
                .containsExactlyInAnyOrder(400, 401, 402, 403, 999);
    }

    @Test
    void acceptRejectsWhatIsNotAStatusCode() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigSyntax.accept("github.com"))
                .withMessage("'github.com' is not host=codes (e.g. github.com=403|429)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigSyntax.accept("github.com=40x"))
                .withMessageStartingWith("'github.com=40x': '40x' is not an HTTP status code (three digits");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigSyntax.accept("github.com=099"))
                .withMessageContaining("'099' is not an HTTP status code");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigSyntax.accept("github.com=499-400"))
                .withMessageContaining("the range 499-400 is empty");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigSyntax.accept("github.com="))
                .withMessageContaining("names no status code");
    }

    @Test
    void allowedRedirectsAreTwoRegexes() {
        LinkCheckConfig.AllowedRedirect r =
                ConfigSyntax.allowedRedirect("https://old\\.example/.* -> https://new\\.example/.*");
        assertThat(r.from().matcher("https://old.example/a").find()).isTrue();
        assertThat(r.to().pattern()).isEqualTo("https://new\\.example/.*");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigSyntax.allowedRedirect("https://old.example"))
                .withMessageContaining("is not 'from -> to'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigSyntax.allowedRedirect("https://old.example/( -> x"))
                .withMessageContaining("is not a valid regular expression");
    }

    @Test
    void headersAreHostNameAndValue() {
        LinkCheckConfig.Header h = ConfigSyntax.header("api.github.com Authorization: Bearer {env:T}");
        assertThat(h.host().matcher("api.github.com").matches()).isTrue();
        assertThat(h.name()).isEqualTo("Authorization");
        assertThat(h.value()).isEqualTo("Bearer {env:T}");
        assertThat(h.toString()).doesNotContain("Bearer").contains("****");
    }

    @Test
    void aBadHeaderEntryNamesTheHostButNeverTheValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigSyntax.header("api.github.com Bearer secret-token"))
                .withMessageContaining("'api.github.com'")
                .withMessageNotContaining("secret-token");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigSyntax.header("api.github.com Bad Name: secret-token"))
                .withMessageContaining("no valid header name")
                .withMessageNotContaining("secret-token");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigSyntax.header("secret-token"))
                .withMessageContaining("is not 'host Name: value'");
    }

    @Test
    void ignorePatternsAreRegexesAndBlankEntriesAreSkipped() {
        assertThat(ConfigSyntax.regexes(List.of("^https://intranet\\.", " ")))
                .singleElement()
                .satisfies(
                        p -> assertThat(p.matcher("https://intranet.example/x").find())
                                .isTrue());
    }
}
