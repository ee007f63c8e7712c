package io.github.docslint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.docslint.LintRequest;
import io.github.docslint.Linter;
import io.github.docslint.Tree;
import io.github.docslint.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path dir;

    static final String PAGE = "Page\n====\n\n.. image:: a.png\n\n.. image:: b.png\n   :alt: image\n";

    Tree tree(String page) {
        return Tree.at(dir).conf("").empty("a.png").empty("b.png").file("page.rst", page);
    }

    List<Finding> findings() throws IOException {
        return Linter.run(LintRequest.of(dir)).findings();
    }

    Fingerprints fingerprints() {
        return new Fingerprints(dir, StandardCharsets.UTF_8);
    }

    Baseline baseline() throws IOException {
        return Baseline.of(findings(), fingerprints());
    }

    List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + "@" + f.position().line()).toList();
    }

    @Test
    void everyFindingOfTheBaselineRunIsBaselined() throws IOException {
        tree(PAGE);
        Baseline b = baseline();
        assertThat(b.entries())
                .extracting(BaselineEntry::file, BaselineEntry::rule, BaselineEntry::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("page.rst", "image-alt-missing", ".. image:: a.png"),
                        org.assertj.core.groups.Tuple.tuple("page.rst", "image-alt-placeholder", ".. image:: b.png"));
        Baseline.Match m = b.match(findings(), fingerprints());
        assertThat(m.findings()).isEmpty();
        assertThat(m.baselined()).isEqualTo(2);
        assertThat(m.fixed()).isZero();
    }

    @Test
    void linesAddedAboveAndReindentingKeepMatching() throws IOException {
        tree(PAGE);
        Baseline b = baseline();
        tree("Intro\n=====\n\nNew paragraph.\n\nMore.\n\n" + PAGE.replace(".. image:: a.png", "..   image::   a.png "));
        Baseline.Match m = b.match(findings(), fingerprints());
        assertThat(m.findings()).isEmpty();
        assertThat(m.baselined()).isEqualTo(2);
    }

    @Test
    void aChangedConstructIsANewFindingAndItsOldEntryCountsAsFixed() throws IOException {
        tree(PAGE);
        Baseline b = baseline();
        tree(PAGE.replace("a.png", "b.png"));
        Baseline.Match m = b.match(findings(), fingerprints());
        assertThat(rules(m.findings())).containsExactly("image-alt-missing@4");
        assertThat(m.baselined()).isEqualTo(1);
        assertThat(m.fixed()).isEqualTo(1);
    }

    @Test
    void identicalFindingsAreCountedNotCollapsed() throws IOException {
        tree(PAGE);
        Baseline b = baseline();
        tree(PAGE + "\n.. image:: a.png\n");
        Baseline.Match m = b.match(findings(), fingerprints());
        // two findings with one entry: one is new (the later one in file order)
        assertThat(rules(m.findings())).containsExactly("image-alt-missing@9");
        Baseline both = baseline();
        assertThat(both.entries())
                .filteredOn(e -> e.rule().equals("image-alt-missing"))
                .hasSize(2);
        assertThat(both.match(findings(), fingerprints()).findings()).isEmpty();
        tree(PAGE);
        assertThat(both.match(findings(), fingerprints()).fixed()).isEqualTo(1);
    }

    @Test
    void theFileIsStableSortedPrettyJsonAndReadsBack() throws IOException {
        tree(PAGE).file("a/first.rst", "First\n=====\n\n.. image:: ../a.png\n");
        Path file = dir.resolve("docslint-baseline.json");
        baseline().write(file);
        byte[] first = Files.readAllBytes(file);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("{\n  \"format\": \"docslint-baseline\",\n  \"version\": 1,\n  \"findings\": [\n    {\n"
                        + "      \"file\": \"a/first.rst\",\n      \"rule\": \"image-alt-missing\",\n")
                .endsWith("  ]\n}\n")
                .doesNotContain("\r");
        baseline().write(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        Baseline read = Baseline.read(file);
        assertThat(read.entries()).isEqualTo(baseline().entries());
        assertThat(read.render()).isEqualTo(first);
    }

    @Test
    void aDamagedFileIsNamedWithItsProblem() throws IOException {
        Path file = dir.resolve("docslint-baseline.json");
        Files.writeString(file, "{\"format\": \"docslint-baseline\", \"version\": 1, \"findings\": [");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Baseline.read(file))
                .withMessageStartingWith("the baseline " + file + " is not valid JSON")
                .withMessageEndingWith("write it anew with `mvn docslint:baseline`");
        Files.writeString(file, "{\"findings\": []}");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Baseline.read(file))
                .withMessageContaining("is not a docslint baseline");
        Files.writeString(file, "{\"format\": \"docslint-baseline\", \"version\": 2, \"findings\": []}");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Baseline.read(file))
                .withMessageContaining("has version 2, this docslint reads version 1");
        Files.writeString(
                file, "{\"format\": \"docslint-baseline\", \"version\": 1, \"findings\": [{\"file\": \"a.rst\"}]}");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Baseline.read(file))
                .withMessageContaining("has finding 1 without a \"rule\" string");
    }

    @Test
    void normalisingCollapsesWhitespaceOnly() {
        assertThat(Fingerprints.normalised("\t..  image::\u00a0 a.png  ")).isEqualTo(".. image:: a.png");
    }
}
