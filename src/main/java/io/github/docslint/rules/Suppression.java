package io.github.docslint.rules;

import io.github.docslint.rst.Comment;
import io.github.docslint.rst.LineSpan;
import io.github.docslint.rst.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One suppression comment: {@code .. docslint: disable=rule-id[,rule-id]} silences the rules for the
 * element after it ({@code scope}), {@code .. docslint: disable-file=...} for the whole file. A single
 * colon makes it an rst comment, which Sphinx renders as nothing. Text after {@code " -- "} is a reason
 * for readers. {@code problems} say what is wrong with it (unknown rule ids, a malformed comment).
 */
public record Suppression(
        Position position, boolean wholeFile, List<String> rules, LineSpan scope, List<String> problems) {
    private static final Pattern INTENT = Pattern.compile("(?i)docslint\\b.*", Pattern.DOTALL);
    private static final Pattern FORM = Pattern.compile("docslint:\\s*(disable|disable-file)\\s*=(.*)", Pattern.DOTALL);
    private static final Pattern REASON = Pattern.compile("\\s--(\\s|$)");

    public Suppression {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }

    /** The suppression a comment holds; empty when the comment is not addressed to docslint. */
    public static Optional<Suppression> of(Comment comment) {
        String text = comment.text().strip();
        if (!INTENT.matcher(text).matches()) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.of(invalid(
                    comment,
                    "'.. " + firstLine(text) + "' is not a docslint suppression: write '.. docslint: disable=rule-id'"
                            + " (the element after it) or '.. docslint: disable-file=rule-id' (the whole file)"));
        }
        boolean wholeFile = m.group(1).equals("disable-file");
        String list = m.group(2);
        Matcher reason = REASON.matcher(list);
        if (reason.find()) {
            list = list.substring(0, reason.start());
        }
        List<String> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String id : list.strip().split("[,\\s]+")) {
            if (id.isEmpty()) {
                continue;
            }
            if (Rules.byId(id).isPresent()) {
                rules.add(id);
            } else {
                problems.add("unknown rule '" + id + "' in docslint suppression; closest known rules: "
                        + String.join(", ", closest(id, 3)));
            }
        }
        String form = "docslint: " + m.group(1) + "=";
        if (rules.isEmpty() && problems.isEmpty()) {
            problems.add(
                    "'" + form + "' names no rule: list the rule ids to silence, e.g. '" + form + "image-alt-missing'");
        }
        if (!wholeFile && comment.next() == null) {
            problems.add("'" + form + "' has no element after it in its block to apply to: put it on the line"
                    + " before the element, or use 'docslint: disable-file=' for the whole file");
        }
        return Optional.of(new Suppression(comment.position(), wholeFile, rules, comment.next(), problems));
    }

    private static Suppression invalid(Comment comment, String problem) {
        return new Suppression(comment.position(), false, List.of(), null, List.of(problem));
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl) + " ...";
    }

    /** Whether this silences {@code rule} at {@code line}. */
    public boolean covers(String rule, int line) {
        return rules.contains(rule) && (wholeFile || (scope != null && scope.contains(line)));
    }

    /** The {@code n} known rule ids nearest to {@code id} in edit distance, nearest first. */
    static List<String> closest(String id, int n) {
        String typo = id.toLowerCase(Locale.ROOT);
        return Rules.ids().stream()
                .sorted(Comparator.comparingInt((String known) -> distance(typo, known)))
                .limit(n)
                .toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
