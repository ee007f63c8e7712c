package io.github.docslint.baseline;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.docslint.report.AtomicFile;
import io.github.docslint.rules.Finding;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a project has accepted for now, as a multiset of {@link BaselineEntry}s: two identical
 * findings need two entries. The file is a pretty-printed JSON object in a stable order, so that a
 * review sees exactly which findings were added or fixed:
 *
 * <pre>{@code
 * {
 *   "format": "docslint-baseline",
 *   "version": 1,
 *   "findings": [
 *     {"file": "guide/a.rst", "rule": "image-alt-missing", "fingerprint": "…", "text": ".. image:: a.png"}
 *   ]
 * }
 * }</pre>
 */
public final class Baseline {
    static final String FORMAT = "docslint-baseline";
    static final int VERSION = 1;
    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final List<BaselineEntry> entries;

    private Baseline(List<BaselineEntry> entries) {
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(null);
        this.entries = List.copyOf(sorted);
    }

    public static Baseline of(List<Finding> findings, Fingerprints fingerprints) throws IOException {
        List<BaselineEntry> entries = new ArrayList<>();
        for (Finding f : findings) {
            entries.add(fingerprints.entry(f));
        }
        return new Baseline(entries);
    }

    public List<BaselineEntry> entries() {
        return entries;
    }

    /**
     * What is left of {@code findings} after the baseline: the ones it does not list (in their order),
     * and how many baselined findings no longer occur.
     */
    public Match match(List<Finding> findings, Fingerprints fingerprints) throws IOException {
        Map<BaselineEntry.Key, Integer> left = new HashMap<>();
        for (BaselineEntry e : entries) {
            left.merge(e.key(), 1, Integer::sum);
        }
        List<Finding> fresh = new ArrayList<>();
        for (Finding f : findings) {
            BaselineEntry.Key key = fingerprints.entry(f).key();
            Integer n = left.get(key);
            if (n == null || n == 0) {
                fresh.add(f);
            } else {
                left.put(key, n - 1);
            }
        }
        int fixed = left.values().stream().mapToInt(Integer::intValue).sum();
        return new Match(fresh, findings.size() - fresh.size(), fixed);
    }

    /**
     * @param findings the findings the baseline does not list
     * @param baselined how many findings it listed
     * @param fixed how many of its entries matched no finding: fixed since, or changed
     */
    public record Match(List<Finding> findings, int baselined, int fixed) {}

    /** The file's bytes: UTF-8, LF line ends, a final newline. */
    public byte[] render() {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        JsonArray all = new JsonArray();
        for (BaselineEntry e : entries) {
            JsonObject o = new JsonObject();
            o.addProperty("file", e.file());
            o.addProperty("rule", e.rule());
            o.addProperty("fingerprint", e.fingerprint());
            o.addProperty("text", e.text());
            all.add(o);
        }
        root.add("findings", all);
        return (GSON.toJson(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the file through a temporary file beside it, so that a failed run leaves the old one. */
    public void write(Path file) throws IOException {
        byte[] bytes = render();
        AtomicFile.write(file, out -> out.write(bytes));
    }

    /**
     * @throws IllegalArgumentException when the file is not a baseline this version reads; the message
     *     names the file, the problem and the fix
     */
    public static Baseline read(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "the baseline " + file + " " + e.getMessage()
                            + ": fix it, or write it anew with `mvn docslint:baseline`",
                    e);
        }
    }

    static Baseline parse(String text) {
        JsonElement root;
        JsonReader reader = new JsonReader(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
        reader.setStrictness(Strictness.STRICT);
        try {
            root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("is not valid JSON: more text after the end");
            }
        } catch (JsonParseException | IOException e) {
            String why = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage()
                    : String.valueOf(e.getMessage());
            throw new IllegalArgumentException(
                    "is not valid JSON (" + why.lines().findFirst().orElse("") + ")", e);
        }
        if (!(root instanceof JsonObject object)
                || !(object.get("format") instanceof JsonPrimitive format)
                || !FORMAT.equals(format.getAsString())) {
            throw new IllegalArgumentException("is not a docslint baseline (no \"format\": \"" + FORMAT + "\")");
        }
        if (!(object.get("version") instanceof JsonPrimitive version)
                || !String.valueOf(VERSION).equals(version.getAsString())) {
            throw new IllegalArgumentException(
                    "has version " + object.get("version") + ", this docslint reads version " + VERSION);
        }
        if (!(object.get("findings") instanceof JsonArray findings)) {
            throw new IllegalArgumentException("has no \"findings\" list");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (!(findings.get(i) instanceof JsonObject o)) {
                throw new IllegalArgumentException("has finding " + (i + 1) + " that is not a JSON object");
            }
            entries.add(new BaselineEntry(
                    field(o, "file", i), field(o, "rule", i), field(o, "fingerprint", i), optional(o, "text")));
        }
        return new Baseline(entries);
    }

    private static String field(JsonObject o, String name, int index) {
        if (!(o.get(name) instanceof JsonPrimitive p)
                || !p.isString()
                || p.getAsString().isEmpty()) {
            throw new IllegalArgumentException(
                    "has finding " + (index + 1) + " without a \"" + name + "\" string: " + o);
        }
        return p.getAsString();
    }

    private static String optional(JsonObject o, String name) {
        return o.get(name) instanceof JsonPrimitive p && p.isString() ? p.getAsString() : "";
    }
}
