package io.github.docslint.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Rule;
import io.github.docslint.rules.Rules;
import io.github.docslint.rules.Severity;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code docslint.sarif}: the findings as a SARIF 2.1.0 log, the format of GitHub code scanning and
 * most code review tools. One run; every rule is described in {@code tool.driver.rules} (with its
 * default level and a link to its documentation), each finding is a result pointing at its file
 * (relative to {@code %SRCROOT%}, the project base), line and column.
 */
public final class SarifReport {
    /** The project's home page (pom.xml {@code <url>}); the README there documents the rules. */
    public static final String INFORMATION_URI = "https://github.com/docslint/docslint-maven-plugin";

    static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    private SarifReport() {}

    public static void write(Path file, List<Finding> findings, Path base, String toolVersion) throws IOException {
        JsonObject log = log(findings, base, toolVersion);
        AtomicFile.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            Json.pretty(log, w);
            w.write('\n');
            w.flush();
        });
    }

    static JsonObject log(List<Finding> findings, Path base, String toolVersion) {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "docslint");
        driver.addProperty("version", toolVersion);
        driver.addProperty("informationUri", INFORMATION_URI);
        JsonArray rules = new JsonArray();
        for (Rule rule : Rules.all()) {
            rules.add(descriptor(rule));
        }
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        JsonObject srcroot = new JsonObject();
        srcroot.addProperty("uri", directoryUri(base));
        JsonObject baseIds = new JsonObject();
        baseIds.add(SRCROOT, srcroot);

        List<String> ids = Rules.ids();
        JsonArray results = new JsonArray();
        for (Finding f : findings) {
            results.add(result(f, base, ids.indexOf(f.rule())));
        }

        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("originalUriBaseIds", baseIds);
        // Position columns count UTF-16 code units (Java chars) of the line as written
        run.addProperty("columnKind", "utf16CodeUnits");
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);

        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA_URI);
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        return log;
    }

    private static JsonObject descriptor(Rule rule) {
        JsonObject json = new JsonObject();
        json.addProperty("id", rule.id());
        JsonObject description = new JsonObject();
        description.addProperty("text", rule.description());
        json.add("shortDescription", description);
        json.addProperty("helpUri", INFORMATION_URI + "#rules");
        JsonObject configuration = new JsonObject();
        if (rule.defaultSeverity() == Severity.OFF) {
            configuration.addProperty("enabled", false);
        }
        configuration.addProperty("level", level(rule.defaultSeverity()));
        json.add("defaultConfiguration", configuration);
        return json;
    }

    private static JsonObject result(Finding f, Path base, int ruleIndex) {
        JsonObject artifact = new JsonObject();
        Path file = f.file().toAbsolutePath().normalize();
        if (file.startsWith(base.toAbsolutePath().normalize())) {
            artifact.addProperty("uri", uriReference(ConsoleReport.relative(base, file)));
            artifact.addProperty("uriBaseId", SRCROOT);
        } else {
            // outside the project base: an absolute file URI, with no base
            artifact.addProperty("uri", file.toUri().toASCIIString());
        }
        JsonObject region = new JsonObject();
        region.addProperty("startLine", f.position().line());
        region.addProperty("startColumn", f.position().column());
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        JsonArray locations = new JsonArray();
        locations.add(location);

        JsonObject message = new JsonObject();
        message.addProperty("text", f.message());
        JsonObject json = new JsonObject();
        json.addProperty("ruleId", f.rule());
        if (ruleIndex >= 0) {
            json.addProperty("ruleIndex", ruleIndex);
        }
        json.addProperty("level", level(f.severity()));
        json.add("message", message);
        json.add("locations", locations);
        return json;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case OFF -> "none";
        };
    }

    /**
     * A relative path as a URI reference: every byte of its UTF-8 form other than an unreserved
     * character or the '/' separator percent-encoded (so that a space, '%', '#' or a ':' in the
     * first segment cannot change what the reference means).
     */
    static String uriReference(String relativePath) {
        StringBuilder sb = new StringBuilder();
        for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                sb.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    /** SARIF requires the URI of a base id to end with '/'. */
    private static String directoryUri(Path base) {
        String uri = base.toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
