package io.github.docslint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SphinxLinkcheckBenchmarkTest {
    @TempDir
    Path dir;

    private static final LinkSet SET = MattermostShapedLinks.generate(1761);

    @Test
    void everyLinkIsOnAPageAndSomeRepeatInTheCorpusProportions() {
        List<List<String>> pages = SphinxTree.pages(SET, 7);
        Map<String, Integer> appearances = new HashMap<>();
        pages.forEach(p -> p.forEach(u -> appearances.merge(u, 1, Integer::sum)));
        assertThat(appearances.keySet())
                .isEqualTo(
                        new HashSet<>(SET.links().stream().map(SphinxTree::url).toList()));
        int total = appearances.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isEqualTo(2468); // the corpus' appearances of its 1,761 unique URLs
        assertThat(pages).hasSize(411).allSatisfy(p -> assertThat(p).isNotEmpty());
        assertThat(appearances.values()).anyMatch(n -> n > 1);
        assertThat(SphinxTree.pages(SET, 7)).isEqualTo(pages);
    }

    @Test
    void theTreeHasAToctreeOverThePagesAnAnonymousLinkPerAppearanceAndAPom() throws IOException {
        List<List<String>> pages = List.of(List.of("http://h000.test/a", "http://h001.test/b?tab=x"));
        SphinxTree.write(dir.resolve("tree"), pages, "9.9");
        Path tree = dir.resolve("tree");
        assertThat(tree.resolve("conf.py")).exists();
        assertThat(Files.readString(tree.resolve("index.rst"))).contains(".. toctree::", "   pages/*");
        assertThat(Files.readString(tree.resolve("pages/p0000.rst")))
                .contains("`reference 1 <http://h000.test/a>`__", "`reference 2 <http://h001.test/b?tab=x>`__");
        assertThat(Files.readString(tree.resolve("pom.xml")))
                .contains("<artifactId>docslint-maven-plugin</artifactId>", "<version>9.9</version>");
        assertThat(SphinxTree.settings(4242))
                .contains("<protocol>http</protocol>", "<host>127.0.0.1</host>", "<port>4242</port>");
    }

    @Test
    void readsTheBrokenSetFromSphinxOutputJsonAndDocslintLinksJsonlAlike() throws IOException {
        Path sphinx = dir.resolve("output.json");
        Files.writeString(sphinx, """
                {"filename": "pages/p0001.rst", "lineno": 3, "status": "broken", "code": 0, "uri": "http://H001.test/gone?tab=x", "info": "404 Client Error"}
                {"filename": "pages/p0001.rst", "lineno": 5, "status": "working", "code": 0, "uri": "http://h001.test/ok", "info": ""}
                {"filename": "pages/p0002.rst", "lineno": 5, "status": "broken", "code": 0, "uri": "http://h002.test/", "info": "404"}
                """);
        assertThat(SphinxLinkcheckBenchmark.Report.read(sphinx))
                .isEqualTo(new SphinxLinkcheckBenchmark.Report(Set.of("h001.test/gone?tab=x", "h002.test/"), 3));
        Path docslint = dir.resolve("links.jsonl");
        Files.writeString(docslint, """
                {"filename":"pages/p0001.rst","lineno":3,"uri":"http://h001.test/gone?tab=x","status":"broken","code":404,"info":"Not Found"}
                {"filename":"pages/p0009.rst","lineno":1,"uri":"http://h001.test/gone?tab=x","status":"broken","code":404,"info":"Not Found"}
                {"filename":"pages/p0002.rst","lineno":4,"uri":"http://h003.test/x","status":"unchecked","code":0,"info":""}
                """);
        assertThat(SphinxLinkcheckBenchmark.Report.read(docslint))
                .isEqualTo(new SphinxLinkcheckBenchmark.Report(Set.of("h001.test/gone?tab=x"), 2));
    }

    @Test
    void cpuSecondsAreUserPlusSystemFromTheLastLineTimeWrote() throws IOException {
        Path cpu = dir.resolve("x.cpu");
        assertThat(SphinxLinkcheckBenchmark.cpuSeconds(cpu)).isNaN();
        // sphinx linkcheck exits 1 on broken links: time writes a line about it first
        Files.writeString(cpu, "Command exited with non-zero status 1\n12.50 1.25\n");
        assertThat(SphinxLinkcheckBenchmark.cpuSeconds(cpu)).isEqualTo(13.75);
        Files.writeString(cpu, "garbage\n");
        assertThat(SphinxLinkcheckBenchmark.cpuSeconds(cpu)).isNaN();
    }

    @Test
    void theKeyOfAUrlIsTheServersKey() {
        assertThat(SphinxLinkcheckBenchmark.key("http://H005.test/a/b.html?tab=x"))
                .isEqualTo(SimulatedHosts.key("h005.test", "/a/b.html?tab=x"));
        assertThat(SphinxLinkcheckBenchmark.key("http://h005.test")).isEqualTo("h005.test/");
    }

    @Test
    void settingsSkipUnlessBenchOnlyNamesSphinxAndIgnoreUnsetMavenProperties() {
        Properties p = new Properties();
        p.setProperty("bench.only", "${bench.only}");
        p.setProperty("bench.runs", "${bench.sphinxRuns}");
        p.setProperty("bench.latencyMs", "20");
        SphinxLinkcheckBenchmark.Settings s = SphinxLinkcheckBenchmark.Settings.parse(new String[0], p);
        assertThat(s.skipped()).isFalse();
        assertThat(s.runs()).isEqualTo(3);
        assertThat(s.latencyMs()).isEqualTo(20);
        p.setProperty("bench.only", "static, changed");
        assertThat(SphinxLinkcheckBenchmark.Settings.parse(new String[0], p).skipped())
                .isTrue();
        assertThat(SphinxLinkcheckBenchmark.Settings.parse(new String[] {"only=static,sphinx"}, p)
                        .skipped())
                .isFalse();
        assertThatThrownBy(() -> SphinxLinkcheckBenchmark.Settings.parse(new String[] {"workers=9"}, p))
                .hasMessageContaining("unknown argument 'workers=9'");
    }
}
