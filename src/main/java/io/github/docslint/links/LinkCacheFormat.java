package io.github.docslint.links;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link cache file format, version 1: a JSON object
 *
 * <pre>{@code
 * {"format": "docslint-link-cache", "version": 1,
 *  "entries": {"<url>": {"status": "working", "code": 200, "info": "",
 *                        "checked": "2026-11-27T00:00:00Z", "anchors": false}}}
 * }</pre>
 *
 * with the entries sorted by URL and one field per line, so the file diffs well. A {@code "broken"}
 * entry is a 404 or 410 answer (see {@link #isNotFound}). Only the fields of
 * {@link LinkResult} plus when it was checked and whether anchors were looked up are written: never a
 * header value or other secret.
 */
final class LinkCacheFormat {
    static final String FORMAT = "docslint-link-cache";
    static final int VERSION = 1;

    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");
    private static final int MAX_QUOTED = 200;

    private LinkCacheFormat() {}

    /** One cached result: a success, or a page the server said is not there (see {@link #isNotFound}). */
    record Entry(LinkStatus status, int code, String info, Instant checked, boolean anchors) {
        Entry {
            if (status != LinkStatus.WORKING && status != LinkStatus.REDIRECTED && !isNotFound(status, code)) {
                throw new IllegalArgumentException("only successes and 404/410 are cached, not " + status + " " + code);
            }
            info = info == null ? "" : info;
        }

        boolean notFound() {
            return isNotFound(status, code);
        }
    }

    /**
     * A broken link whose server answered 404 Not Found or 410 Gone: an answer about the page, not about
     * the server's health, so it may be cached for a while; every other failure (timeouts, 5xx, 429,
     * 403 bot walls, refused connections) says more about the moment than about the link.
     */
    static boolean isNotFound(LinkStatus status, int code) {
        return status == LinkStatus.BROKEN && (code == 404 || code == 410);
    }

    /** Why a file is not a usable cache; the message completes "The link cache FILE ...". */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String problem) {
            super(problem);
        }
    }

    static byte[] render(Map<String, Entry> entries) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        JsonObject all = new JsonObject();
        // JsonObject keeps insertion order: insert sorted
        for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
            Entry entry = e.getValue();
            JsonObject o = new JsonObject();
            o.addProperty("status", entry.status().name().toLowerCase(Locale.ROOT));
            o.addProperty("code", entry.code());
            o.addProperty("info", entry.info());
            o.addProperty("checked", entry.checked().toString());
            o.addProperty("anchors", entry.anchors());
            all.add(e.getKey(), o);
        }
        root.add("entries", all);
        return (GSON.toJson(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether a file at the cache's path may be replaced: one of ours, even damaged (it names our
     * format), or nothing but zero bytes and blanks (what a crash can leave); never anything else, so a
     * misconfigured path cannot destroy a user's file.
     */
    static boolean mayOverwrite(byte[] bytes) {
        boolean blank = true;
        for (byte b : bytes) {
            if (b != 0 && b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                blank = false;
                break;
            }
        }
        return blank || new String(bytes, StandardCharsets.ISO_8859_1).contains('"' + FORMAT + '"');
    }

    /** The entries of a cache file's bytes, sorted by URL. */
    static SortedMap<String, Entry> parse(byte[] bytes) throws Invalid {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new Invalid("is empty");
        }
        JsonElement root = parseJson(text);
        if (!(root instanceof JsonObject object)) {
            throw new Invalid("is not a docslint link cache (it is not a JSON object)");
        }
        if (!(object.get("format") instanceof JsonPrimitive format && format.isString())
                || !FORMAT.equals(format.getAsString())) {
            throw new Invalid("is not a docslint link cache (no \"format\": \"" + FORMAT + "\")");
        }
        if (!(object.get("version") instanceof JsonPrimitive version && version.isNumber())) {
            throw new Invalid("has no readable \"version\"");
        }
        if (!String.valueOf(VERSION).equals(version.getAsString())) {
            throw new Invalid("has version " + version.getAsString() + ", this docslint reads version " + VERSION);
        }
        if (!(object.get("entries") instanceof JsonObject entries)) {
            throw new Invalid("has no \"entries\" object");
        }
        SortedMap<String, Entry> result = new TreeMap<>();
        for (Map.Entry<String, JsonElement> e : entries.entrySet()) {
            try {
                result.put(e.getKey(), entry(e.getValue()));
            } catch (Invalid problem) {
                throw new Invalid("has a bad entry for " + quote(e.getKey()) + ": " + problem.getMessage());
            }
        }
        return result;
    }

    private static String decode(byte[] bytes) throws Invalid {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Invalid("is not UTF-8 text (binary or corrupt)");
        }
    }

    private static JsonElement parseJson(String text) throws Invalid {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new Invalid("is not valid JSON (more text after the end" + location(reader.toString()) + ")");
            }
            return root;
        } catch (JsonParseException | IOException e) {
            String message = String.valueOf(e.getMessage());
            if (e instanceof EOFException || e.getCause() instanceof EOFException || unclosed(text)) {
                throw new Invalid("is truncated (the JSON ends early)");
            }
            throw new Invalid("is not valid JSON (" + location(message).strip() + ")");
        } catch (StackOverflowError e) {
            throw new Invalid("is not valid JSON (nested too deeply)");
        }
    }

    /**
     * Whether the text stops inside a string, object or array: a file cut short, rather than one with
     * wrong text in it.
     */
    private static boolean unclosed(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return inString || depth > 0;
    }

    /** " at line L column C" from a Gson message, or "" when it names none. */
    private static String location(String message) {
        Matcher m = LOCATION.matcher(message);
        return m.find() ? " at line " + m.group(1) + " column " + m.group(2) : "";
    }

    private static Entry entry(JsonElement element) throws Invalid {
        if (!(element instanceof JsonObject o)) {
            throw new Invalid("not an object");
        }
        String statusName = string(o, "status");
        LinkStatus status = switch (statusName) {
            case "working" -> LinkStatus.WORKING;
            case "redirected" -> LinkStatus.REDIRECTED;
            case "broken" -> LinkStatus.BROKEN;
            default -> throw new Invalid("\"status\" " + quote(statusName) + " is not a cached status");
        };
        int code = code(o);
        if (status == LinkStatus.BROKEN && !isNotFound(status, code)) {
            throw new Invalid("\"status\" \"broken\" is cached only with \"code\" 404 or 410, not " + code);
        }
        String info = string(o, "info");
        Instant checked;
        try {
            checked = Instant.parse(string(o, "checked"));
        } catch (DateTimeParseException e) {
            throw new Invalid("\"checked\" is not an instant like 2026-11-27T00:00:00Z");
        }
        if (!(o.get("anchors") instanceof JsonPrimitive anchors && anchors.isBoolean())) {
            throw new Invalid("\"anchors\" is not true or false");
        }
        return new Entry(status, code, info, checked, anchors.getAsBoolean());
    }

    private static String string(JsonObject o, String key) throws Invalid {
        if (!(o.get(key) instanceof JsonPrimitive p && p.isString())) {
            throw new Invalid("\"" + key + "\" is not a string");
        }
        return p.getAsString();
    }

    private static int code(JsonObject o) throws Invalid {
        if (o.get("code") instanceof JsonPrimitive p && p.isNumber()) {
            try {
                int code = new BigDecimal(p.getAsString()).intValueExact();
                if (code >= 0 && code <= 999) {
                    return code;
                }
            } catch (ArithmeticException | NumberFormatException e) {
                // reported below
            }
        }
        throw new Invalid("\"code\" is not an HTTP status code");
    }

    /** A string from the file, quoted and escaped for a one-line message, shortened when long. */
    static String quote(String s) {
        String shown = s.length() > MAX_QUOTED ? s.substring(0, MAX_QUOTED) + "..." : s;
        return GSON.toJson(shown);
    }
}
