package io.github.docslint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docslint.links.Proxies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

class MavenProxiesTest {
    private static Proxy proxy(String id, String protocol, boolean active, String host, int port) {
        Proxy p = new Proxy();
        p.setId(id);
        p.setProtocol(protocol);
        p.setActive(active);
        p.setHost(host);
        p.setPort(port);
        return p;
    }

    /** Decrypts "{enc}" to "clear", as Maven's decrypter does with a master password. */
    private static final SettingsDecrypter DECRYPTER = new SettingsDecrypter() {
        @Override
        public SettingsDecryptionResult decrypt(SettingsDecryptionRequest request) {
            List<Proxy> out = request.getProxies().stream()
                    .map(p -> {
                        Proxy c = p.clone();
                        c.setPassword(p.getPassword().equals("{enc}") ? "clear" : p.getPassword());
                        return c;
                    })
                    .toList();
            List<SettingsProblem> problems =
                    request.getProxies().stream().anyMatch(p -> p.getPassword().equals("{bad}"))
                            ? List.of(new DefaultSettingsProblem(
                                    "Failed to decrypt", SettingsProblem.Severity.ERROR, "proxy", -1, -1, null))
                            : List.of();
            return new SettingsDecryptionResult() {
                @Override
                public Server getServer() {
                    return null;
                }

                @Override
                public List<Server> getServers() {
                    return List.of();
                }

                @Override
                public Proxy getProxy() {
                    return out.isEmpty() ? null : out.get(0);
                }

                @Override
                public List<Proxy> getProxies() {
                    return out;
                }

                @Override
                public List<SettingsProblem> getProblems() {
                    return problems;
                }
            };
        }
    };

    @Test
    void noActiveProxyMeansTheJvmSettings() throws Exception {
        Proxies p = MavenProxies.from(List.of(proxy("off", "http", false, "p", 3128)), DECRYPTER);
        assertThat(p.http()).isEmpty();
        assertThat(p.useSystemProperties()).isTrue();
    }

    @Test
    void theFirstActiveProxyPerProtocolAndHttpServesHttpsToo() throws Exception {
        Proxy http = proxy("a", "http", true, "proxy.corp", 3128);
        http.setNonProxyHosts("*.corp|localhost,intranet");
        Proxies p = MavenProxies.from(List.of(http, proxy("b", "http", true, "other", 1)), DECRYPTER);
        assertThat(p.useSystemProperties()).isFalse();
        assertThat(p.http()).get().satisfies(x -> {
            assertThat(x.host()).isEqualTo("proxy.corp");
            assertThat(x.port()).isEqualTo(3128);
            assertThat(x.nonProxyHosts()).containsExactly("*.corp", "localhost", "intranet");
            assertThat(x.username()).isNull();
        });
        assertThat(p.https()).isEqualTo(p.http());
        Proxies both = MavenProxies.from(List.of(http, proxy("s", "HTTPS", true, "secure", 8443)), DECRYPTER);
        assertThat(both.https()).get().extracting(Proxies.Proxy::host).isEqualTo("secure");
    }

    @Test
    void passwordsAreDecryptedAndNeverPrinted() throws Exception {
        Proxy p = proxy("a", "http", true, "proxy.corp", 3128);
        p.setUsername("me");
        p.setPassword("{enc}");
        Proxies.Proxy got = MavenProxies.from(List.of(p), DECRYPTER).http().orElseThrow();
        assertThat(got.password()).isEqualTo("clear");
        assertThat(got.toString()).doesNotContain("clear").contains("****");
    }

    /** The decrypter Maven itself uses, with a master password in a settings-security.xml, as `mvn -emp` writes it. */
    @Test
    void mavensOwnDecrypterOpensAnEncryptedPassword(@TempDir Path dir) throws Exception {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        Path security = dir.resolve("settings-security.xml");
        Files.writeString(
                security,
                "<settingsSecurity><master>" + cipher.encryptAndDecorate("master-pw", "settings.security")
                        + "</master></settingsSecurity>");
        SettingsDecrypter maven =
                new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString()));
        Proxy p = proxy("corp", "https", true, "proxy.corp", 8443);
        p.setUsername("me");
        p.setPassword(cipher.encryptAndDecorate("proxy-pw", "master-pw"));
        assertThat(p.getPassword()).startsWith("{").doesNotContain("proxy-pw");
        Proxies.Proxy got = MavenProxies.from(List.of(p), maven).https().orElseThrow();
        assertThat(got.password()).isEqualTo("proxy-pw");
        assertThat(got.username()).isEqualTo("me");
    }

    @Test
    void aPasswordThatCannotBeDecryptedNamesTheProxy() {
        Proxy p = proxy("corp-proxy", "http", true, "proxy.corp", 3128);
        p.setUsername("me");
        p.setPassword("{bad}");
        assertThatThrownBy(() -> MavenProxies.from(List.of(p), DECRYPTER))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("proxy 'corp-proxy'")
                .hasMessageContaining("settings-security.xml");
    }

    @Test
    void aProxyWithoutHostIsAConfigurationError() {
        assertThatThrownBy(() -> MavenProxies.from(List.of(proxy("x", "http", true, " ", 80)), DECRYPTER))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("proxy 'x' in settings.xml has no <host>");
    }
}
