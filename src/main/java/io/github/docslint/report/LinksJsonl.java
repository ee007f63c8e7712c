package io.github.docslint.report;

import com.google.gson.JsonObject;
import io.github.docslint.LinkOutcome;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code links.jsonl}: one JSON object per appearance of an external link, with the field names of
 * Sphinx linkcheck's {@code output.json} ({@code filename}, {@code lineno}, {@code uri}, {@code status},
 * {@code code}, {@code info}), paths relative to the project base. Written whole or not at all.
 */
public final class LinksJsonl {
    private LinksJsonl() {}

    public static void write(Path file, List<LinkOutcome> links, Path base) throws IOException {
        AtomicFile.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (LinkOutcome o : links) {
                w.write(line(o, base));
                w.write('\n');
            }
            w.flush();
        });
    }

    static String line(LinkOutcome o, Path base) {
        return Json.compact(object(o, base));
    }

    static JsonObject object(LinkOutcome o, Path base) {
        JsonObject json = new JsonObject();
        json.addProperty("filename", ConsoleReport.relative(base, o.file()));
        json.addProperty("lineno", o.position().line());
        json.addProperty("uri", o.url());
        json.addProperty("status", o.result().status().jsonName());
        json.addProperty("code", o.result().code());
        json.addProperty("info", o.result().info());
        return json;
    }
}
