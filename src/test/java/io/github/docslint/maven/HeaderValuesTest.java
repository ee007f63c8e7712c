package io.github.docslint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.docslint.links.LinkCheckConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderValuesTest {
    private static final Map<String, String> ENV = Map.of("GITHUB_TOKEN", "ghp_secret");
    private static final Map<String, String> SERVERS = Map.of("github", "server-secret");

    private static List<LinkCheckConfig.Header> resolve(String... entries) {
        return HeaderValues.resolve(List.of(entries), ENV::get, SERVERS::get);
    }

    @Test
    void environmentVariablesInBothForms() {
        assertThat(resolve("github.com Authorization: Bearer {env:GITHUB_TOKEN}", "x.org X-Token: ${env.GITHUB_TOKEN}"))
                .extracting(LinkCheckConfig.Header::value)
                .containsExactly("Bearer ghp_secret", "ghp_secret");
    }

    @Test
    void serverPasswordsFromSettings() {
        LinkCheckConfig.Header h =
                resolve("*.github.com Authorization: token {server:github}").get(0);
        assertThat(h.value()).isEqualTo("token server-secret");
        assertThat(h.name()).isEqualTo("Authorization");
        assertThat(h.host().matcher("api.github.com").matches()).isTrue();
    }

    @Test
    void plainValuesAndOtherBracesStayAsWritten() {
        assertThat(resolve("a.org Accept: {json}, text/html").get(0).value()).isEqualTo("{json}, text/html");
    }

    @Test
    void aMissingVariableOrServerIsNamedWithoutAnyValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> resolve("github.com Authorization: Bearer {env:NOPE}"))
                .withMessage("the header Authorization for github.com needs the environment variable NOPE, which is not"
                        + " set");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> resolve("github.com Authorization: {server:gh}"))
                .withMessageContaining("server 'gh'")
                .withMessageContaining("<server>");
    }
}
