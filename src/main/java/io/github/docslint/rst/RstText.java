package io.github.docslint.rst;

/** Text helpers shared by the scanner's parts. */
final class RstText {
    private RstText() {}

    static String joinLines(Block b) {
        return String.join("\n", b.text);
    }

    /** A field or option body as docutils' ExtensionOptions gives it: lines stripped, joined by newlines. */
    static String joinTrimmed(Block b) {
        Block t = b.trimmed();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(t.text[i].strip());
        }
        return sb.toString();
    }

    static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Punctuation.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Backslash escapes removed: {@code \x} becomes {@code x}; an escaped space disappears. */
    static String unescapeBackslashes(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                if (next != ' ' && next != '\n') {
                    sb.append(next);
                }
            } else if (c != '\\') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** docutils' directives.uri: whitespace removed, escaped spaces kept as one space, escapes removed. */
    static String removeWhitespaceKeepEscapedSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                sb.append(next == '\n' ? ' ' : next);
            } else if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
