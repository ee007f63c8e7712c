package io.github.docslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.docslint.LinkOutcome;
import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;
import io.github.docslint.rst.Position;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON reports are written byte for byte as Gson's {@code toJson} and {@code toString} wrote
 * them before (which this test still uses as the oracle): layout, escapes, numbers, nulls.
 */
class JsonLayoutTest {
    @TempDir
    Path dir;

    /** Every char from U+0000 to U+FFFF, then a surrogate pair. */
    static String everyChar() {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            sb.append((char) c);
        }
        return sb.append("😀").toString();
    }

    /** The text as a UTF-8 file holds it (a lone surrogate becomes '?'). */
    private static String asFile(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static String gsonPretty(JsonObject json) {
        return new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(json) + "\n";
    }

    @Test
    void sarifAsGsonWroteIt() throws IOException {
        List<Finding> findings = new ArrayList<>(SampleFindings.findings(dir));
        findings.add(new Finding(
                "image-alt-length", Severity.WARNING, SampleFindings.clean(dir), new Position(9, 2), everyChar()));
        Path base = SampleFindings.base(dir);
        Path file = dir.resolve("docslint.sarif");
        for (String version : new String[] {"1.2.3", null}) {
            SarifReport.write(file, findings, base, version);
            XmlLayoutTest.assertSameText(
                    Files.readString(file, StandardCharsets.UTF_8),
                    asFile(gsonPretty(SarifReport.log(findings, base, version))));
        }
    }

    @Test
    void jsonlLinesAsGsonWroteThem() {
        Path base = SampleFindings.base(dir);
        for (LinkResult r : List.of(
                new LinkResult("https://example.com/\"q\"</script>", LinkStatus.WORKING, 200, everyChar()),
                new LinkResult(everyChar(), LinkStatus.BROKEN, 404, null),
                LinkResult.unchecked("https://x.org/", "offline"))) {
            LinkOutcome o = new LinkOutcome(SampleFindings.odd(dir), new Position(2, 7), r);
            assertThat(LinksJsonl.line(o, base))
                    .isEqualTo(LinksJsonl.object(o, base).toString());
        }
    }

    @Test
    void nullsBooleansAndNumbersAsGsonWroteThem() throws IOException {
        JsonObject json = new JsonObject();
        json.add("none", JsonNull.INSTANCE);
        json.addProperty("yes", true);
        json.addProperty("int", -7);
        json.addProperty("long", Long.MAX_VALUE);
        json.addProperty("double", 0.1);
        JsonArray array = new JsonArray();
        array.add(JsonNull.INSTANCE);
        array.add("x");
        array.add(new JsonObject());
        array.add(new JsonArray());
        json.add("array", array);
        StringWriter pretty = new StringWriter();
        Json.pretty(json, pretty);
        assertThat(pretty + "\n").isEqualTo(gsonPretty(json));
        assertThat(Json.compact(json)).isEqualTo(json.toString());
    }
}
