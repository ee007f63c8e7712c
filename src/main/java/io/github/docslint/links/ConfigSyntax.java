package io.github.docslint.links;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The written forms of the link settings, as users type them in a POM or on the command line. Each
 * parser throws {@link IllegalArgumentException} naming the bad entry and the form it should take,
 * never echoing a header value.
 */
public final class ConfigSyntax {
    private ConfigSyntax() {}

    /**
     * A host glob: {@code github.com}, {@code *.github.com} (subdomains only), {@code *} (every host).
     * Case-insensitive, matched against the whole host name.
     */
    public static Pattern hostGlob(String glob) {
        String g = glob.strip().toLowerCase(Locale.ROOT);
        if (g.isEmpty() || g.contains("/") || g.contains(":") || g.contains(" ")) {
            throw new IllegalArgumentException(
                    "'" + glob + "' is not a host pattern: write a host name such as github.com or *.github.com");
        }
        // a host comes from a file: '.*' between parts would backtrack polynomially on a long host
        // name, so each middle part takes its leftmost place once, atomically (which is always right
        // when '*' matches anything), and the last part must end the host
        String[] parts = g.split("\\*", -1);
        StringBuilder re = new StringBuilder(quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            re.append(i < parts.length - 1 ? "(?>.*?" + quote(parts[i]) + ")" : ".*" + quote(parts[i]));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    private static String quote(String literal) {
        return literal.isEmpty() ? "" : Pattern.quote(literal);
    }

    /** Durations as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 3d}, or a number of seconds. */
    public static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        String number = t;
        String unit = "s";
        for (String u : List.of("ms", "s", "m", "h", "d")) {
            if (t.endsWith(u) && t.length() > u.length()) {
                String head = t.substring(0, t.length() - u.length()).strip();
                if (!head.isEmpty() && head.chars().allMatch(Character::isDigit)) {
                    number = head;
                    unit = u;
                    break;
                }
            }
        }
        if (number.isEmpty() || !number.chars().allMatch(Character::isDigit) || number.length() > 9) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: write e.g. 500ms, 30s, 5m, 2h or 3d");
        }
        long n = Long.parseLong(number);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** URL regexes, matched anywhere in the URL. */
    public static List<Pattern> regexes(List<String> entries) {
        List<Pattern> out = new ArrayList<>();
        for (String e : entries) {
            if (!e.isBlank()) {
                out.add(regex(e.strip()));
            }
        }
        return out;
    }

    /** {@code host=codes}: codes separated by {@code |}, commas or spaces; ranges as {@code 400-499}. */
    public static LinkCheckConfig.Accept accept(String entry) {
        int eq = entry.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("'" + entry.strip() + "' is not host=codes (e.g. github.com=403|429)");
        }
        Set<Integer> codes = new LinkedHashSet<>();
        for (String c : entry.substring(eq + 1).split("[|,\\s]+")) {
            if (c.isEmpty()) {
                continue;
            }
            int dash = c.indexOf('-');
            int from = code(entry, dash < 0 ? c : c.substring(0, dash));
            int to = dash < 0 ? from : code(entry, c.substring(dash + 1));
            if (to < from) {
                throw new IllegalArgumentException("'" + entry.strip() + "': the range " + c + " is empty");
            }
            for (int i = from; i <= to; i++) {
                codes.add(i);
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException(
                    "'" + entry.strip() + "' names no status code (e.g. github.com=403|429)");
        }
        return new LinkCheckConfig.Accept(hostGlob(entry.substring(0, eq)), codes);
    }

    /** {@code from -> to}: two URL regexes; a permanent redirect from a match of one to the other is fine. */
    public static LinkCheckConfig.AllowedRedirect allowedRedirect(String entry) {
        int arrow = entry.indexOf("->");
        if (arrow < 0) {
            throw new IllegalArgumentException(
                    "'" + entry.strip()
                            + "' is not 'from -> to' (two URL regexes, e.g. https://old\\.example\\.com/.* -> https://new\\.example\\.com/.*)");
        }
        return new LinkCheckConfig.AllowedRedirect(
                regex(entry.substring(0, arrow).strip()),
                regex(entry.substring(arrow + 2).strip()));
    }

    /**
     * {@code host Name: value}, e.g. {@code api.github.com Authorization: Bearer {env:GITHUB_TOKEN}}. The
     * value is returned as written; the caller resolves its placeholders.
     */
    public static LinkCheckConfig.Header header(String entry) {
        String e = entry.strip();
        int space = indexOfWhitespace(e);
        int colon = e.indexOf(':', Math.max(space, 0));
        if (space < 0 || colon < 0) {
            throw new IllegalArgumentException("the header entry for '" + (space < 0 ? e : e.substring(0, space))
                    + "' is not 'host Name: value' (e.g. api.github.com Authorization: Bearer {env:GITHUB_TOKEN})");
        }
        String name = e.substring(space, colon).strip();
        if (name.isEmpty() || !name.chars().allMatch(ConfigSyntax::isTokenChar)) {
            throw new IllegalArgumentException("the header entry for '" + e.substring(0, space)
                    + "' has no valid header name before ':' (e.g. Authorization)");
        }
        return new LinkCheckConfig.Header(
                hostGlob(e.substring(0, space)), name, e.substring(colon + 1).strip());
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTokenChar(int c) {
        return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }

    private static int code(String entry, String c) {
        if (c.length() != 3 || !c.chars().allMatch(Character::isDigit) || c.charAt(0) == '0') {
            throw new IllegalArgumentException("'" + entry.strip() + "': '" + c
                    + "' is not an HTTP status code (three digits, e.g. 403; LinkedIn's bot wall answers 999)");
        }
        return Integer.parseInt(c);
    }

    private static Pattern regex(String re) {
        try {
            return Pattern.compile(re);
        } catch (PatternSyntaxException ex) {
            throw new IllegalArgumentException(
                    "'" + re + "' is not a valid regular expression: " + ex.getDescription(), ex);
        }
    }
}
