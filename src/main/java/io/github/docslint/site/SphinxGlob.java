package io.github.docslint.site;

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
}
