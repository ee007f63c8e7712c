package io.github.docslint.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The report files docslint can write beside the console report, each under its usual name. */
public enum ReportFormat {
    SARIF("sarif", "docslint.sarif"),
    CHECKSTYLE("checkstyle", "checkstyle-result.xml"),
    JUNIT("junit", "TEST-docslint.xml"),
    JSONL("jsonl", "links.jsonl");

    private final String id;
    private final String fileName;

    ReportFormat(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    /** "sarif, checkstyle, junit, jsonl" */
    public static String ids() {
        List<String> ids = new ArrayList<>();
        for (ReportFormat f : values()) {
            ids.add(f.id);
        }
        return String.join(", ", ids);
    }

    /**
     * Parses format ids, given one per element or separated by commas, in any case; no value means
     * every format, {@code none} none.
     *
     * @throws IllegalArgumentException naming the unknown format and the valid ones
     */
    public static Set<ReportFormat> parse(List<String> values) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        boolean none = false;
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                String id = part.strip().toLowerCase(Locale.ROOT);
                if (id.isEmpty()) {
                    continue;
                }
                if (id.equals("none")) {
                    none = true;
                    continue;
                }
                formats.add(byId(id, part.strip()));
            }
        }
        if (none && !formats.isEmpty()) {
            throw new IllegalArgumentException("'none' cannot be combined with other formats; valid formats: " + ids()
                    + ", or none for no report file");
        }
        return formats.isEmpty() && !none ? EnumSet.allOf(ReportFormat.class) : formats;
    }

    private static ReportFormat byId(String id, String written) {
        for (ReportFormat f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException(
                "unknown report format '" + written + "'; valid formats: " + ids() + ", or none for no report file");
    }
}
