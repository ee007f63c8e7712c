package io.github.docslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.docslint.LinkOutcome;
import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;
import io.github.docslint.rst.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinksJsonlTest {
    @TempDir
    Path base;

    @Test
    void oneObjectPerAppearanceWithSphinxFieldNamesAndRelativePaths() throws IOException {
        Path file = base.resolve("target/docslint/links.jsonl");
        List<LinkOutcome> links = List.of(
                new LinkOutcome(
                        base.resolve("docs/a.rst"),
                        new Position(3, 5),
                        new LinkResult("https://example.com/\"q\"", LinkStatus.WORKING, 200, "")),
                new LinkOutcome(
                        base.resolve("docs/a.rst"),
                        new Position(9, 1),
                        new LinkResult("https://example.com/x#top", LinkStatus.ANCHOR_MISSING, 200, "anchor 'top'")),
                new LinkOutcome(
                        base.resolve("docs/b.rst"),
                        new Position(1, 1),
                        LinkResult.unchecked("https://x.org/", "offline")));
        LinksJsonl.write(file, links, base);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        JsonObject first = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertThat(first.keySet()).containsExactly("filename", "lineno", "uri", "status", "code", "info");
        assertThat(first.get("filename").getAsString()).isEqualTo("docs/a.rst");
        assertThat(first.get("lineno").getAsInt()).isEqualTo(3);
        assertThat(first.get("uri").getAsString()).isEqualTo("https://example.com/\"q\"");
        assertThat(first.get("status").getAsString()).isEqualTo("working");
        assertThat(first.get("code").getAsInt()).isEqualTo(200);
        JsonObject second = JsonParser.parseString(lines.get(1)).getAsJsonObject();
        assertThat(second.get("status").getAsString())
                .as("Sphinx has no anchor status")
                .isEqualTo("broken");
        assertThat(second.get("info").getAsString()).isEqualTo("anchor 'top'");
        JsonObject third = JsonParser.parseString(lines.get(2)).getAsJsonObject();
        assertThat(third.get("status").getAsString()).isEqualTo("unchecked");
        assertThat(third.get("code").getAsInt()).isZero();
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void anEmptyRunWritesAnEmptyFileOverTheOldOne() throws IOException {
        Path file = base.resolve("links.jsonl");
        Files.writeString(file, "old\n");
        LinksJsonl.write(file, List.of(), base);
        assertThat(file).isEmptyFile();
    }
}
