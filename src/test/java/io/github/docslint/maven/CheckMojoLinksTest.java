package io.github.docslint.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import io.github.docslint.LinkOptions;
import io.github.docslint.links.LinkCheckConfig;
import io.github.docslint.links.Proxies;
import io.github.docslint.rules.Severity;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * The link parameters as Maven hands them to the check goal: defaults, offline mode, settings.xml
 * proxies and servers, and the errors that name the parameter to fix. The test project
 * (src/test/resources/unit/links) links to two URLs on a host that cannot exist; no test requests them.
 */
@MojoTest
class CheckMojoLinksTest {
    @Inject
    private MavenSession session;

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void defaultsAreThePolitenessOfTheGuide(CheckMojo mojo) throws Exception {
        LinkOptions links = mojo.request().links();
        assertThat(links.checked()).isTrue();
        LinkCheckConfig c = links.config();
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.retries()).isEqualTo(2);
        assertThat(c.concurrency()).isEqualTo(32);
        assertThat(c.perHostConcurrency()).isEqualTo(4);
        assertThat(c.anchors()).isFalse();
        assertThat(c.allowPrivate()).isFalse();
        assertThat(c.proxies()).isEqualTo(Proxies.none());
        assertThat(links.cacheTtl()).isEqualTo(Duration.ofDays(3));
        assertThat(links.cacheNotFoundTtl()).isEqualTo(Duration.ofHours(1));
        assertThat(links.cacheFile().toString().replace(File.separatorChar, '/'))
                .endsWith("/target/docslint/link-cache.json");
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void offlineNothingIsRequestedItIsSaidOnceAndLinksJsonlListsEveryAppearance(CheckMojo mojo) throws Exception {
        when(session.isOffline()).thenReturn(true);
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertThat(log.lines())
                .containsExactly(
                        "INFO docslint: 2 links to 2 URLs not checked: offline",
                        "INFO docslint: no findings in 1 file");
        File reportDir = getVariableValueFromObject(mojo, "reportDir");
        List<String> jsonl = Files.readAllLines(reportDir.toPath().resolve("links.jsonl"), StandardCharsets.UTF_8);
        assertThat(jsonl)
                .containsExactly(
                        "{\"filename\":\"source/index.rst\",\"lineno\":4,\"uri\":\"https://docs.example.invalid/install\","
                                + "\"status\":\"unchecked\",\"code\":0,\"info\":\"not checked: offline\"}",
                        "{\"filename\":\"source/index.rst\",\"lineno\":5,\"uri\":\"https://docs.example.invalid/faq\","
                                + "\"status\":\"unchecked\",\"code\":0,\"info\":\"not checked: offline\"}");
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "linksSkip", value = "true")
    void skipIsLikeOfflineButSaysWhy(CheckMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertThat(log.lines()).contains("INFO docslint: 2 links to 2 URLs not checked: docslint.links.skip");
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "linksCacheNotFoundTtl", value = "an hour")
    void aBadNotFoundTtlNamesItsParameter(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("docslint.links.cacheNotFoundTtl: 'an hour' is not a duration: write e.g. 500ms, 30s, 5m,"
                        + " 2h or 3d");
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "linksTimeout", value = "soon")
    void aBadDurationNamesItsParameter(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("docslint.links.timeout: 'soon' is not a duration: write e.g. 500ms, 30s, 5m, 2h or 3d");
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "linksPerHostConcurrency", value = "0")
    void aLimitBelowOneNamesItsParameter(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("docslint.links.perHostConcurrency: must be at least 1, not 0");
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "linksTimeout", value = "0s")
    void aZeroTimeoutIsRefused(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("docslint.links.timeout: must be more than 0, e.g. 30s");
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "linksRetries", value = "-1")
    void negativeRetriesAreRefused(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("docslint.links.retries: must be at least 0, not -1");
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "linksAccept", value = "github.com")
    void aBadAcceptEntryNamesItsParameter(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("docslint.links.accept: 'github.com' is not host=codes (e.g. github.com=403|429)");
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "linksHeaders", value = "api.github.com Authorization: Bearer {env:DOCSLINT_TEST_UNSET_VAR}")
    void aHeaderNeedingAMissingVariableNamesItAndNoValue(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("docslint.links.headers: the header Authorization for api.github.com needs the environment"
                        + " variable DOCSLINT_TEST_UNSET_VAR, which is not set");
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "linksHeaders", value = "api.github.com Authorization: token {server:github}")
    void headerSecretsComeFromSettingsServersAndProxiesFromSettingsProxies(CheckMojo mojo) throws Exception {
        Settings settings = new Settings();
        Server server = new Server();
        server.setId("github");
        server.setPassword("s3cret");
        settings.addServer(server);
        Proxy proxy = new Proxy();
        proxy.setId("corp");
        proxy.setHost("proxy.corp");
        proxy.setPort(3128);
        proxy.setNonProxyHosts("*.corp");
        settings.addProxy(proxy);
        when(session.getSettings()).thenReturn(settings);
        LinkCheckConfig c = mojo.request().links().config();
        assertThat(c.headers()).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("Authorization");
            assertThat(h.value()).isEqualTo("token s3cret");
        });
        assertThat(c.proxies().http()).get().satisfies(p -> {
            assertThat(p.host()).isEqualTo("proxy.corp");
            assertThat(p.nonProxyHosts()).containsExactly("*.corp");
        });
        assertThat(c.proxies().https()).isEqualTo(c.proxies().http());
        assertThat(c.toString()).doesNotContain("s3cret");
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "linksAnchors", value = "true")
    void askingForAnchorsTurnsTheAnchorRuleOn(CheckMojo mojo) throws Exception {
        assertThat(mojo.request().links().config().anchors()).isTrue();
        assertThat(mojo.request().severities()).containsEntry("link-anchor-missing", Severity.ERROR);
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "rules", value = "link-anchor-missing=warning")
    void turningTheAnchorRuleOnTurnsTheAnchorCheckOn(CheckMojo mojo) throws Exception {
        assertThat(mojo.request().links().config().anchors()).isTrue();
        assertThat(mojo.request().severities()).containsEntry("link-anchor-missing", Severity.WARNING);
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "linksCacheTtl", value = "0")
    void aZeroTtlTurnsTheCacheOff(CheckMojo mojo) throws Exception {
        assertThat(mojo.request().links().cacheFile()).isNull();
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "reportDir", value = "${project.basedir}/source/index.rst")
    void aReportDirThatCannotBeMadeIsAnErrorNamingTheParameter(CheckMojo mojo) {
        when(session.isOffline()).thenReturn(true);
        mojo.setLog(new RecordingLog());
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("docslint: cannot write ")
                .hasMessageContaining("docslint.sarif")
                .hasMessageEndingWith("check that docslint.reportDir is a writable folder");
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "linksHeaders", value = "api.github.com Authorization: token {server:github}")
    void aServerPasswordThatCannotBeDecryptedIsAnErrorNamingTheServer(CheckMojo mojo) {
        Settings settings = new Settings();
        Server server = new Server();
        server.setId("github");
        server.setPassword("{not-really-encrypted-AAAA}");
        settings.addServer(server);
        when(session.getSettings()).thenReturn(settings);
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("docslint.links.headers: the password of server 'github' in settings.xml"
                        + " cannot be decrypted")
                .hasMessageNotContaining("not-really-encrypted");
    }
}
