package io.github.docslint.rules;

import java.util.Collection;
import java.util.Iterator;

/** Small helpers for messages. */
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

    /** A value for a message: quoted, one line, cut when long. */
    static String quote(String s) {
        String one = String.join(" ", s.strip().split("\\s+"));
        return "'" + (one.length() > 60 ? one.substring(0, 57) + "..." : one) + "'";
    }
}
