package io.github.docslint.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rule docslint has, in the order the README documents them. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            new NosearchMissingRule(),
            new NosearchMisplacedRule(),
            new IncludeShowsMetadataRule(),
            new IncludeUnusedRule(),
            new IncludeMissingRule(),
            new IncludeCycleRule(),
            new IncludeOutsideRootRule(),
            new ImageAltMissingRule(),
            new ImageAltEmptyRule(),
            new ImageAltFilenameRule(),
            new ImageAltPlaceholderRule(),
            new ImageAltRedundantRule(),
            new ImageAltLengthRule(),
            new ImageMissingRule(),
            new FileUnreadableRule(),
            new SuppressionInvalidRule(),
            new LinkBrokenRule(),
            new LinkTimeoutRule(),
            new LinkRedirectedRule(),
            new LinkAnchorMissingRule(),
            new LinkBlockedRule());

    private Rules() {}

    public static List<Rule> all() {
        return ALL;
    }

    private static final List<SourceRule> SOURCE_RULES = ALL.stream()
            .filter(SourceRule.class::isInstance)
            .map(SourceRule.class::cast)
            .toList();
    private static final List<LinkRule> LINK_RULES = ALL.stream()
            .filter(LinkRule.class::isInstance)
            .map(LinkRule.class::cast)
            .toList();

    public static List<SourceRule> sourceRules() {
        return SOURCE_RULES;
    }

    /** The link rules, asked about every appearance of every link: computed once. */
    public static List<LinkRule> linkRules() {
        return LINK_RULES;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Rule r : ALL) {
            ids.add(r.id());
        }
        return ids;
    }

    /**
     * Parses per-rule severities written as {@code rule=severity} pairs separated by commas or
     * newlines (e.g. {@code image-alt-length=off,include-unused=error}).
     *
     * @throws IllegalArgumentException naming the bad entry and the valid rule ids or severities
     */
    public static Map<String, Severity> parseSeverities(String text) {
        Map<String, Severity> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String entry : text.split("[,\\n]")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int eq = e.indexOf('=');
            if (eq < 0) {
                eq = e.indexOf(':');
            }
            if (eq < 0) {
                throw new IllegalArgumentException("'" + e + "' is not rule=severity (e.g. image-alt-length=off)");
            }
            String id = e.substring(0, eq).strip();
            if (byId(id).isEmpty()) {
                throw new IllegalArgumentException(
                        "unknown rule '" + id + "'; valid rules: " + String.join(", ", ids()));
            }
            Severity severity;
            try {
                severity = Severity.parse(e.substring(eq + 1));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("rule " + id + ": " + ex.getMessage(), ex);
            }
            out.put(id, severity);
        }
        return out;
    }
}
