package io.github.docslint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.rst.Link;
import io.github.docslint.rst.RstDocument;
import io.github.docslint.rules.Finding;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.SourceFile;
import io.github.docslint.site.SphinxProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole check on a real tree (Mattermost's docs, see ../shared/corpus/README.md): per-rule counts
 * and link extraction figures measured with docutils and Sphinx. Skipped when the corpus is absent.
 */
class CorpusTest {
    static final Path CORPUS = Path.of("../shared/corpus/mattermost-docs");
    static final Path SOURCE = CORPUS.resolve("source").toAbsolutePath().normalize();

    static LintResult result;

    /** Each test is skipped (and reported as skipped, with the reason) when the corpus is absent. */
    @BeforeEach
    void corpus() throws IOException {
        Assumptions.assumeTrue(
                Files.isDirectory(CORPUS), "../shared/corpus/mattermost-docs not found: corpus test skipped");
        if (result == null) {
            result = Linter.run(LintRequest.of(CORPUS));
        }
    }

    static List<Finding> findings(String rule) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static String rel(Finding f) {
        return SOURCE.relativize(f.file().toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
    }

    @Test
    void oneRootIsFound() {
        assertThat(result.roots()).containsExactly(SOURCE);
        assertThat(result.filesScanned()).isEqualTo(411);
    }

    @Test
    void countsPerRule() {
        Map<String, Integer> expected = new TreeMap<>(Map.of(
                "include-shows-metadata", 3,
                "include-unused", 13,
                "include-missing", 2,
                "image-alt-missing", 116,
                "image-alt-filename", 4,
                "image-missing", 5));
        Map<String, Integer> actual = new TreeMap<>(result.countsByRule());
        for (String zero : List.of(
                "nosearch-missing", "nosearch-misplaced", "include-cycle", "file-unreadable", "include-outside-root")) {
            assertThat(actual.getOrDefault(zero, 0)).as(zero).isZero();
        }
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            assertThat(actual.getOrDefault(e.getKey(), 0)).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void includeShowsMetadataOnlyForTheEsrSnippet() {
        assertThat(findings("include-shows-metadata"))
                .hasSize(3)
                .allSatisfy(
                        f -> assertThat(f.message()).contains("includes product-overview/common-esr-support-rst.rst"));
    }

    @Test
    void includeUnusedAreTheAcademyBadges() {
        assertThat(findings("include-unused"))
                .hasSize(13)
                .allSatisfy(f -> assertThat(rel(f)).matches("_static/badges/academy[^/]*\\.rst"));
    }

    @Test
    void includeMissingAreTheTwoIncludesIntoTheEmptyAgentsSubmodule() {
        assertThat(findings("include-missing").stream()
                        .map(f -> rel(f) + ":" + f.position().line()))
                .containsExactly(
                        "administration-guide/configure/agents-admin-guide.rst:16", "end-user-guide/agents.rst:15");
        assertThat(findings("include-missing"))
                .allSatisfy(f -> assertThat(f.message()).contains("'/agents/docs/"));
    }

    @Test
    void imageMissingNamesOnlyFilesAbsentFromTheCopy() throws IOException {
        List<String> absent = Files.readAllLines(CORPUS.resolve("missing-images.txt")).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.strip().substring("source/".length()))
                .toList();
        assertThat(findings("image-missing"))
                .hasSize(5)
                .allSatisfy(f -> assertThat(absent)
                        .anySatisfy(a -> assertThat(f.message()).contains("resolves to " + a)));
    }

    @Test
    void imageAltMissingSplitsIntoDirectivesAndRawHtml() {
        List<Finding> all = findings("image-alt-missing");
        long raw = all.stream().filter(f -> f.message().startsWith("<img src=")).count();
        assertThat(all.size() - raw).as("rst image directives").isEqualTo(94);
        assertThat(raw).as("raw HTML <img>").isEqualTo(22);
    }

    // ---------------------------------------------------------------------------------------------
    // link extraction over the content files of the source root

    static List<Link> links(List<String> filesOut) throws IOException {
        SphinxProject project = SphinxProject.load(SOURCE, CORPUS, List.of(), StandardCharsets.UTF_8, w -> {});
        DocsGraph graph = DocsGraph.build(project, List.of());
        List<Link> links = new ArrayList<>();
        for (String rel : graph.contentFiles()) {
            SourceFile f = project.file(rel).orElseThrow();
            assertThat(f.isReadable()).as(rel).isTrue();
            RstDocument doc = f.document();
            for (Link l : doc.links()) {
                links.add(l);
                filesOut.add(rel);
            }
        }
        return links;
    }

    @Test
    void linkAppearancesAndUniqueUrls() throws IOException {
        List<Link> links = links(new ArrayList<>());
        assertThat(links).hasSize(2468);
        Set<String> unique = links.stream().map(Link::uri).collect(Collectors.toSet());
        assertThat(unique).hasSize(1761);
    }

    @Test
    void theRunReportsEveryAppearanceAndEachUrlOnce() {
        assertThat(result.links()).hasSize(2468);
        assertThat(result.urls()).isEqualTo(1761);
        assertThat(result.links())
                .allSatisfy(o -> assertThat(o.result().status().jsonName()).isEqualTo("unchecked"));
    }

    @Test
    void urlsWrittenAcrossTwoLinesInGridTableCellsAreJoined() throws IOException {
        List<String> files = new ArrayList<>();
        List<Link> links = links(files);
        Set<String> found = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            found.add(files.get(i) + ":" + links.get(i).position().line() + " "
                    + links.get(i).uri());
        }
        assertThat(found)
                .contains(
                        "administration-guide/upgrade/important-upgrade-notes.rst:2556 https://forum.mattermost.com/t/"
                                + "built-in-webrtc-video-and-audio-calls-removed-in-v5-6-in-favor-of-open-source-plugins/5998",
                        "administration-guide/configure/site-configuration-settings.rst:807"
                                + " https://docs.mattermost.com/install/software-hardware-requirements.html",
                        "administration-guide/configure/site-configuration-settings.rst:1369"
                                + " https://firebase.google.com/docs/cloud-messaging",
                        "administration-guide/configure/site-configuration-settings.rst:1377"
                                + " https://developer.apple.com/documentation/usernotifications/"
                                + "modifying-content-in-newly-delivered-notifications",
                        "end-user-guide/preferences/manage-your-security-preferences.rst:37"
                                + " https://play.google.com/store/apps/details?id=com.google.android.apps.authenticator2&hl=en");
        Set<String> uris = links.stream().map(Link::uri).collect(Collectors.toSet());
        assertThat(uris)
                .as("no URL cut at the end of a cell line")
                .doesNotContain(
                        "https://forum.mattermost.com/t/built-in-webrtc-video-and-audio-calls-removed-in-v5-6-",
                        "https://docs.mattermost.com/install/",
                        "https://firebase.",
                        "https://developer.apple.com/documentation/usernotifications/",
                        "https://play.google.com/store/apps/details?id=com.google.");
    }
}
