package io.github.docslint.report;

import com.google.gson.FormattingStyle;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes Gson trees as {@code Gson.toJson} and {@code JsonElement.toString} do, with Gson's stream
 * writer alone: a {@code Gson} instance and {@code toString} load Gson's whole type adapter machinery
 * (some 130 classes), which costs a fresh JVM (every {@code mvn} run) a tenth of a second.
 */
final class Json {
    private Json() {}

    /** As {@code new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(element, out)}. */
    static void pretty(JsonElement element, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.setFormattingStyle(FormattingStyle.PRETTY);
        w.setHtmlSafe(false);
        w.setSerializeNulls(false);
        w.setStrictness(Strictness.LENIENT);
        write(element, w);
        w.flush();
    }

    /** As {@code element.toString()}: one line. */
    static String compact(JsonElement element) {
        StringWriter out = new StringWriter();
        JsonWriter w = new JsonWriter(out);
        w.setStrictness(Strictness.LENIENT);
        try {
            write(element, w);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static void write(JsonElement e, JsonWriter w) throws IOException {
        if (e.isJsonObject()) {
            w.beginObject();
            for (Map.Entry<String, JsonElement> member : e.getAsJsonObject().entrySet()) {
                w.name(member.getKey());
                write(member.getValue(), w);
            }
            w.endObject();
        } else if (e.isJsonArray()) {
            w.beginArray();
            for (JsonElement item : e.getAsJsonArray()) {
                write(item, w);
            }
            w.endArray();
        } else if (e.isJsonNull()) {
            w.nullValue();
        } else {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isNumber()) {
                w.value(p.getAsNumber());
            } else if (p.isBoolean()) {
                w.value(p.getAsBoolean());
            } else {
                w.value(p.getAsString());
            }
        }
    }
}
