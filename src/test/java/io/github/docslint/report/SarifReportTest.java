package io.github.docslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Rule;
import io.github.docslint.rules.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {
    private static Schema schema;

    @TempDir
    Path dir;

    /**
     * The official SARIF 2.1.0 schema (OASIS, with errata 01), from src/test/resources: nothing is
     * fetched, and formats such as uri are asserted.
     */
    @BeforeAll
    static void loadSchema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_4,
                b -> b.schemaLoader(l -> l.fetchRemoteResources(false))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build()));
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            assertThat(in).isNotNull();
            schema = registry.getSchema(in);
        }
        assertThat(schema.getSchemaNode().get("title").asString())
                .isEqualTo("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema");
        assertThat(schema.getSchemaNode()
                        .get("properties")
                        .get("version")
                        .get("enum")
                        .get(0)
                        .asString())
                .isEqualTo("2.1.0");
    }

    static List<Error> errors(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    private JsonObject written() throws IOException {
        Path file = SampleFindings.base(dir).resolve("target/docslint/docslint.sarif");
        SarifReport.write(file, SampleFindings.findings(dir), SampleFindings.base(dir), "1.2.3");
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
                .getAsJsonObject();
    }

    @Test
    void theReportIsValidSarif() throws IOException {
        JsonObject log = written();
        assertThat(errors(log.toString())).isEmpty();
        assertThat(log.get("version").getAsString()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").getAsString()).endsWith("sarif-schema-2.1.0.json");
        assertThat(log.getAsJsonArray("runs")).hasSize(1);
    }

    @Test
    void theValidationCatchesAnInvalidReport() throws IOException {
        assertThat(errors(mutated(log -> log.remove("version")))).isNotEmpty();
        assertThat(errors(mutated(log -> driver(log).remove("name"))))
                .as("a tool without a name")
                .isNotEmpty();
        assertThat(errors(mutated(log -> result(log, 0).remove("message")))).isNotEmpty();
        assertThat(errors(mutated(log -> result(log, 0).addProperty("level", "fatal"))))
                .isNotEmpty();
        assertThat(errors(mutated(log -> region(log, 0).addProperty("startLine", 0))))
                .isNotEmpty();
        assertThat(errors(mutated(log -> driver(log).addProperty("informationUri", "not a uri"))))
                .isNotEmpty();
        assertThat(errors(mutated(log -> result(log, 0).addProperty("unknown", 1))))
                .isNotEmpty();
    }

    private String mutated(Consumer<JsonObject> change) throws IOException {
        JsonObject log = written();
        change.accept(log);
        return log.toString();
    }

    private static JsonObject run(JsonObject log) {
        return log.getAsJsonArray("runs").get(0).getAsJsonObject();
    }

    private static JsonObject driver(JsonObject log) {
        return run(log).getAsJsonObject("tool").getAsJsonObject("driver");
    }

    private static JsonObject result(JsonObject log, int i) {
        return run(log).getAsJsonArray("results").get(i).getAsJsonObject();
    }

    private static JsonObject physical(JsonObject log, int i) {
        return result(log, i)
                .getAsJsonArray("locations")
                .get(0)
                .getAsJsonObject()
                .getAsJsonObject("physicalLocation");
    }

    private static JsonObject region(JsonObject log, int i) {
        return physical(log, i).getAsJsonObject("region");
    }

    @Test
    void theDriverDescribesEveryRule() throws IOException {
        JsonObject driver = driver(written());
        assertThat(driver.get("name").getAsString()).isEqualTo("docslint");
        assertThat(driver.get("version").getAsString()).isEqualTo("1.2.3");
        assertThat(driver.get("informationUri").getAsString()).isEqualTo(SarifReport.INFORMATION_URI);
        JsonArray rules = driver.getAsJsonArray("rules");
        assertThat(rules).hasSize(Rules.all().size());
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = Rules.all().get(i);
            JsonObject descriptor = rules.get(i).getAsJsonObject();
            assertThat(descriptor.get("id").getAsString()).isEqualTo(rule.id());
            assertThat(descriptor
                            .getAsJsonObject("shortDescription")
                            .get("text")
                            .getAsString())
                    .isEqualTo(rule.description());
            assertThat(descriptor.get("helpUri").getAsString()).isEqualTo(SarifReport.INFORMATION_URI + "#rules");
            String level = descriptor
                    .getAsJsonObject("defaultConfiguration")
                    .get("level")
                    .getAsString();
            assertThat(level)
                    .isEqualTo(
                            switch (rule.defaultSeverity()) {
                                case ERROR -> "error";
                                case WARNING -> "warning";
                                case OFF -> "none";
                            });
        }
        assertThat(rules.get(Rules.ids().indexOf("link-redirected"))
                        .getAsJsonObject()
                        .getAsJsonObject("defaultConfiguration")
                        .get("enabled")
                        .getAsBoolean())
                .isFalse();
    }

    @Test
    void eachFindingIsAResultInTheConsoleOrder() throws Exception {
        JsonObject log = written();
        List<Finding> findings = SampleFindings.findings(dir);
        JsonArray results = run(log).getAsJsonArray("results");
        assertThat(results).hasSize(findings.size());
        URI srcroot = URI.create(run(log).getAsJsonObject("originalUriBaseIds")
                .getAsJsonObject("%SRCROOT%")
                .get("uri")
                .getAsString());
        assertThat(srcroot.toString()).endsWith("/");
        assertThat(Path.of(srcroot)).isEqualTo(SampleFindings.base(dir));
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            JsonObject result = result(log, i);
            assertThat(result.get("ruleId").getAsString()).isEqualTo(f.rule());
            assertThat(result.get("ruleIndex").getAsInt()).isEqualTo(Rules.ids().indexOf(f.rule()));
            assertThat(result.get("level").getAsString()).isEqualTo(f.severity().label());
            assertThat(result.getAsJsonObject("message").get("text").getAsString())
                    .isEqualTo(f.message());
            assertThat(region(log, i).get("startLine").getAsInt())
                    .isEqualTo(f.position().line());
            assertThat(region(log, i).get("startColumn").getAsInt())
                    .isEqualTo(f.position().column());
            JsonObject artifact = physical(log, i).getAsJsonObject("artifactLocation");
            URI uri = new URI(artifact.get("uri").getAsString());
            if (f.file().startsWith(SampleFindings.base(dir))) {
                assertThat(uri.isAbsolute()).isFalse();
                assertThat(artifact.get("uriBaseId").getAsString()).isEqualTo("%SRCROOT%");
                assertThat(Path.of(srcroot.resolve(uri))).isEqualTo(f.file());
            } else {
                assertThat(artifact.has("uriBaseId")).isFalse();
                assertThat(Path.of(uri)).isEqualTo(f.file());
            }
        }
    }

    @Test
    void pathsArePercentEncodedUriReferences() {
        assertThat(SarifReport.uriReference("docs/a b.rst")).isEqualTo("docs/a%20b.rst");
        assertThat(SarifReport.uriReference("docs/ü#%.rst")).isEqualTo("docs/%C3%BC%23%25.rst");
        assertThat(SarifReport.uriReference("c:x/y-z_1~.rst"))
                .as("a ':' in the first segment would read as a scheme")
                .isEqualTo("c%3Ax/y-z_1~.rst");
    }

    @Test
    void noFindingsIsAValidRunWithNoResults() throws IOException {
        Path file = dir.resolve("docslint.sarif");
        SarifReport.write(file, List.of(), dir, "1.2.3");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(errors(text)).isEmpty();
        assertThat(run(JsonParser.parseString(text).getAsJsonObject()).getAsJsonArray("results"))
                .isEmpty();
    }

    @Test
    void theInformationUriIsThePomUrlAndTheReadmeHasTheRulesSection() throws IOException {
        Matcher url = Pattern.compile("(?m)^  <url>(.*)</url>$")
                .matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        assertThat(url.find()).isTrue();
        assertThat(url.group(1)).isEqualTo(SarifReport.INFORMATION_URI);
        assertThat(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8))
                .as("helpUri points at #rules")
                .contains("\n## Rules\n");
    }
}
