package io.github.docslint.rules;

import java.util.Collection;
import java.util.Iterator;

/** Small helpers for messages and alt texts. */
final class Text {
    private Text() {}

    /** "a, b, c and 4 more" */
    static String list(Collection<String> items, int max) {
        StringBuilder sb = new StringBuilder();
        Iterator<String> it = items.iterator();
        int shown = 0;
        while (it.hasNext() && shown < max) {
            if (shown > 0) {
                sb.append(", ");
            }
            sb.append(it.next());
            shown++;
        }
        if (items.size() > max) {
            sb.append(" and ").append(items.size() - max).append(" more");
        }
        return sb.toString();
    }

    /**
     * {@code String.join(" ", s.split("\\s+"))} for a stripped {@code s}, without a regex (asked
     * of every image's alt text by several rules): each run of {@code [ \t\n\x0B\f\r]} becomes one
     * space. A string with no such run to change is returned as it is.
     */
    static String collapseWhitespace(String s) {
        StringBuilder sb = null;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = isRegexSpace(c);
            if (sb == null && space && (c != ' ' || (i + 1 < s.length() && isRegexSpace(s.charAt(i + 1))))) {
                sb = new StringBuilder(s.length()).append(s, 0, i); // the first run that changes
            }
            if (sb != null) {
                if (!space) {
                    sb.append(c);
                } else if (!inRun) {
                    sb.append(' ');
                }
            }
            inRun = space;
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** A value for a message: quoted, one line, cut when long. */
    static String quote(String s) {
        String one = collapseWhitespace(s.strip());
        return "'" + (one.length() > 60 ? one.substring(0, 57) + "..." : one) + "'";
    }
}
