package io.github.docslint.rules;

import java.util.Locale;

/** How a rule's findings count: an error fails the build, a warning is shown, off skips the rule. */
public enum Severity {
    ERROR,
    WARNING,
    OFF;

    /** Parses {@code error}, {@code warning} (or {@code warn}) and {@code off}, in any case. */
    public static Severity parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "off" -> OFF;
            default ->
                throw new IllegalArgumentException(
                        "'" + text.strip() + "' is not a severity: use error, warning or off");
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
