package io.github.docslint.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Sphinx's glob dialect, as used by {@code exclude_patterns} in conf.py and by {@code :glob:}
 * toctree entries.
 *
 * <p>The JDK's {@code glob:} PathMatcher is not used on purpose: it reads {@code {a,b}} as a group
 * and rejects an unclosed {@code [}, both of which Sphinx takes literally, and its {@code [!x]} may
 * match {@code /}. Sphinx instead translates the glob to a Python regular expression
 * ({@code sphinx.util.matching._translate_pattern}, unchanged from Sphinx 7 to 9) and applies it with
 * {@code re.match}. This class builds that very Python regex and converts it to an equivalent Java
 * one, so quirks such as {@code [!]x]} (the class closes early) behave as in Sphinx.
 */
public final class SphinxGlob {

    private SphinxGlob() {}

    /**
     * Compiles a Sphinx glob. {@code **} matches anything including {@code /}, {@code *} and
     * {@code ?} do not match {@code /}, {@code [!...]} never matches {@code /}.
     *
     * <p>The pattern is anchored at the start and ends with {@code $}, so {@code find()},
     * {@code lookingAt()} and (except for a string ending in a newline, as in Python)
     * {@code matches()} all agree with Sphinx's {@code re.match}.
     *
     * @throws IllegalArgumentException when Python would reject the translated regex too (for
     *     example a reversed range such as {@code [z-a]}); the message names the pattern
     */
    public static Pattern compile(String pattern) {
        String python = translate(pattern);
        try {
            // UNIX_LINES: Python's '.' and '$' only know '\n' as a line terminator
            return Pattern.compile("\\A" + PythonRegex.toJava(python), Pattern.UNIX_LINES);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid Sphinx pattern '" + pattern + "': " + e.getDescription(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid Sphinx pattern '" + pattern + "': " + e.getMessage(), e);
        }
    }

    /** True when {@code text} matches {@code pattern} the way Sphinx's {@code re.match} does. */
    public static boolean matches(Pattern pattern, String text) {
        return pattern.matcher(text).lookingAt();
    }

    /** The Python regex source Sphinx builds for {@code pattern} (code point by code point). */
    static String translate(String pattern) {
        int[] pat = pattern.codePoints().toArray();
        int n = pat.length;
        int i = 0;
        StringBuilder res = new StringBuilder();
        while (i < n) {
            int c = pat[i++];
            if (c == '*') {
                if (i < n && pat[i] == '*') {
                    i++;
                    res.append(".*");
                } else {
                    res.append("[^/]*");
                }
            } else if (c == '?') {
                res.append("[^/]");
            } else if (c == '[') {
                int j = i;
                if (j < n && pat[j] == '!') {
                    j++;
                }
                if (j < n && pat[j] == ']') {
                    j++;
                }
                while (j < n && pat[j] != ']') {
                    j++;
                }
                if (j >= n) {
                    res.append("\\[");
                } else {
                    String stuff = new String(pat, i, j - i).replace("\\", "\\\\");
                    i = j + 1;
                    if (stuff.charAt(0) == '!') {
                        stuff = "^/" + stuff.substring(1);
                    } else if (stuff.charAt(0) == '^') {
                        stuff = "\\" + stuff;
                    }
                    res.append('[').append(stuff).append(']');
                }
            } else {
                res.append(PythonRegex.escape(c));
            }
        }
        return res.append('$').toString();
    }

    /**
     * {@link #matches} without a backtracking regex where the glob allows it. A glob comes from a
     * file ({@code :glob:} toctree entries, conf.py), and stars before a long name make the regex
     * backtrack polynomially. The Java regex of almost every glob is a row of single characters,
     * some repeated ({@code *}), then {@code $}: a set of positions in that row (an NFA) walks the
     * text once. A glob whose class closes early and leaves regex syntax behind ({@code [!]a|b]})
     * keeps the regex.
     *
     * @throws IllegalArgumentException as {@link #compile} does
     */
    public static Predicate<String> matcher(String pattern) {
        Pattern regex = compile(pattern);
        String java = regex.pattern().substring(2); // without "\\A"
        List<IntPredicate> one = new ArrayList<>();
        List<Boolean> star = new ArrayList<>();
        StringBuilder plain = new StringBuilder(); // the glob's text while it has no wildcard
        int i = 0;
        while (i < java.length() - 1) {
            int from = i;
            char c = java.charAt(i);
            int close = c == '[' ? java.indexOf(']', i) : java.startsWith("\\x{", i) ? java.indexOf('}', i) : -2;
            if (close >= 0) {
                i = close + 1; // class members are hex escapes: the first ']' closes
            } else if (c == '.' || c == '/' || c == '_' || (c < 128 && Character.isLetterOrDigit(c))) {
                i++;
            } else {
                return text -> matches(regex, text);
            }
            String piece = java.substring(from, i);
            one.add(piece(piece));
            star.add(i < java.length() && java.charAt(i) == '*');
            i += star.get(star.size() - 1) ? 1 : 0;
            int literal = star.get(star.size() - 1) ? -1 : literal(piece);
            if (literal >= 0 && plain != null) {
                plain.appendCodePoint(literal);
            } else {
                plain = null;
            }
        }
        if (!java.endsWith("$") || i != java.length() - 1) {
            return text -> matches(regex, text);
        }
        if (plain != null) { // most exclude_patterns name one file or folder
            String name = plain.toString();
            return text -> text.startsWith(name)
                    && (text.length() == name.length()
                            || (text.length() == name.length() + 1 && text.endsWith("\n"))); // as Python's '$'
        }
        int k = one.size();
        boolean[] repeated = new boolean[k];
        for (int p = 0; p < k; p++) {
            repeated[p] = star.get(p);
        }
        return text -> {
            int[] cps = text.codePoints().toArray();
            boolean[] at = closure(new boolean[k + 1], repeated, 0);
            for (int t = 0; t < cps.length; t++) {
                if (at[k] && t == cps.length - 1 && cps[t] == '\n') {
                    return true; // Python's '$' also matches before a final newline
                }
                int c = cps[t];
                boolean[] next = new boolean[k + 1];
                boolean any = false;
                for (int p = 0; p < k; p++) {
                    if (at[p] && one.get(p).test(c)) {
                        next[repeated[p] ? p : p + 1] = true;
                        any = true;
                    }
                }
                if (!any) {
                    return false;
                }
                at = closure(next, repeated, -1);
            }
            return at[k];
        };
    }

    /**
     * One piece of the row as a test of one code point: a character, {@code \x{hex}}, {@code .} and
     * {@code [^/]} compare directly (the walk tests every piece at every character of every path, so a regex
     * match each time costs most of a page's exclusion check); a class keeps its regex.
     */
    private static IntPredicate piece(String regex) {
        if (regex.equals(".")) {
            return c -> c != '\n'; // UNIX_LINES
        }
        if (regex.equals("[^\\x{2f}]")) {
            return c -> c != '/'; // '*' and '?'
        }
        int literal = literal(regex);
        if (literal >= 0) {
            return c -> c == literal;
        }
        Pattern p = Pattern.compile(regex, Pattern.UNIX_LINES);
        return c -> p.matcher(new String(Character.toChars(c))).matches();
    }

    /** The code point a piece stands for when it is a plain character or {@code \x{hex}}, else -1. */
    private static int literal(String regex) {
        if (regex.length() == 1 && regex.charAt(0) != '.') {
            return regex.charAt(0);
        }
        if (regex.startsWith("\\x{")) {
            return Integer.parseInt(regex.substring(3, regex.length() - 1), 16);
        }
        return -1;
    }

    /** Positions reachable by skipping repeated pieces (they may match nothing); {@code start} >= 0 is set first. */
    private static boolean[] closure(boolean[] at, boolean[] repeated, int start) {
        if (start >= 0) {
            at[start] = true;
        }
        for (int p = 0; p < repeated.length; p++) {
            if (at[p] && repeated[p]) {
                at[p + 1] = true;
            }
        }
        return at;
    }
}
