package io.github.docslint.rst;

import java.text.Normalizer;
import java.util.Locale;

/** Class names as docutils writes them ({@code nodes.make_id}): {@code :class: Decorative} becomes {@code decorative}. */
public final class ClassNames {
    private ClassNames() {}

    public static String normalize(String name) {
        String ascii = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("[^\\x00-\\x7f]", "");
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                dash = false;
                sb.append(c);
            } else {
                dash = true;
            }
        }
        int start = 0; // an id starts with a letter: leading digits and dashes go
        while (start < sb.length() && (Character.isDigit(sb.charAt(start)) || sb.charAt(start) == '-')) {
            start++;
        }
        return sb.substring(start);
    }
}
