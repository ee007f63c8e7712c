package io.github.docslint.rst;

/** Recognisers for the markers that start rst constructs on a line (docutils' Body state patterns). */
final class Markers {
    private Markers() {}

    static int skipSpaces(String t, int k) {
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    /** docutils' field_marker {@code :(?![: ])([^:\\]|\\.|:(?!([ `]|$)))*(?<! ):( +|$)}: end, or -1. */
    static int fieldMarkerEnd(String t) {
        if (t.length() < 3 || t.charAt(1) == ':' || t.charAt(1) == ' ') {
            return -1;
        }
        int j = 1;
        while (j < t.length()) {
            char ch = t.charAt(j);
            if (ch == '\\') {
                if (j + 1 >= t.length()) {
                    return -1;
                }
                j += 2;
                continue;
            }
            if (ch == ':') {
                char after = j + 1 < t.length() ? t.charAt(j + 1) : ' ';
                if (after == ' ') {
                    return t.charAt(j - 1) == ' ' ? -1 : skipSpaces(t, j + 1);
                }
                if (after == '`') {
                    return -1;
                }
            }
            j++;
        }
        return -1;
    }

    /** docutils' option_marker for option lists ({@code -a, --all  Description}): end, or -1. */
    static int optionMarkerEnd(String t) {
        int k = 0;
        while (true) {
            int e = optionEnd(t, k);
            if (e < 0) {
                return -1;
            }
            k = e;
            if (t.startsWith(", ", k)) {
                k += 2;
                continue;
            }
            break;
        }
        if (k == t.length()) {
            return k;
        }
        if (k + 1 == t.length() && t.charAt(k) == ' ') {
            return k + 1;
        }
        if (t.startsWith("  ", k)) {
            return skipSpaces(t, k);
        }
        return -1;
    }

    static int optionEnd(String t, int k) {
        int n = t.length();
        if (k < n && (t.charAt(k) == '-' || t.charAt(k) == '+') && !(t.startsWith("--", k))) {
            // short option: -a, +a, then optionally " arg" or "arg"
            if (k + 1 >= n || !isAsciiAlnum(t.charAt(k + 1))) {
                return -1;
            }
            int e = k + 2;
            int a = optArgEnd(t, e < n && t.charAt(e) == ' ' ? e + 1 : e);
            return a > 0 ? a : e;
        }
        int s;
        if (t.startsWith("--", k)) {
            s = k + 2;
        } else if (k < n && t.charAt(k) == '/') {
            s = k + 1;
        } else {
            return -1;
        }
        if (s >= n || !isAsciiAlnum(t.charAt(s))) {
            return -1;
        }
        int e = s + 1;
        while (e < n && (isAsciiAlnum(t.charAt(e)) || t.charAt(e) == '_' || t.charAt(e) == '-')) {
            e++;
        }
        if (e < n && (t.charAt(e) == '=' || t.charAt(e) == ' ')) {
            int a = optArgEnd(t, e + 1);
            if (a > 0) {
                return a;
            }
        }
        return e;
    }

    static int optArgEnd(String t, int k) {
        int n = t.length();
        if (k >= n) {
            return -1;
        }
        if (t.charAt(k) == '<') {
            int close = t.indexOf('>', k + 1);
            int open = t.indexOf('<', k + 1);
            return close > k + 1 && (open < 0 || open > close) ? close + 1 : -1;
        }
        if (!Character.isLetter(t.charAt(k)) || t.charAt(k) > 127) {
            return -1;
        }
        int e = k + 1;
        while (e < n && (isAsciiAlnum(t.charAt(e)) || t.charAt(e) == '_' || t.charAt(e) == '-')) {
            e++;
        }
        return e;
    }

    static boolean isAsciiAlnum(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    }

    static boolean isGridTableTop(String t) {
        // \+-[-+]+-\+ *$
        int n = t.length();
        if (n < 5 || t.charAt(0) != '+' || t.charAt(1) != '-' || t.charAt(n - 1) != '+' || t.charAt(n - 2) != '-') {
            return false;
        }
        for (int k = 2; k < n - 2; k++) {
            if (t.charAt(k) != '-' && t.charAt(k) != '+') {
                return false;
            }
        }
        return true;
    }

    static boolean isSimpleTableTop(String t) {
        // =+( +=+)+ *$
        int k = 0;
        int n = t.length();
        int groups = 0;
        while (k < n) {
            if (t.charAt(k) != '=') {
                return false;
            }
            while (k < n && t.charAt(k) == '=') {
                k++;
            }
            groups++;
            if (k < n) {
                if (t.charAt(k) != ' ') {
                    return false;
                }
                k = skipSpaces(t, k);
            }
        }
        return groups >= 2;
    }

    static boolean isSimpleTableBorder(String t) {
        return isTableRule(t, '=');
    }

    /** {@code c[ c]*$}: a simple table's border ('=') or column-span underline ('-'). */
    static boolean isTableRule(String t, char c) {
        if (t.isEmpty() || t.charAt(0) != c) {
            return false;
        }
        for (int k = 1; k < t.length(); k++) {
            if (t.charAt(k) != c && t.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    static boolean isPunctuationLine(String t) {
        char c = t.charAt(0);
        if (!isPunctuation7bit(c)) {
            return false;
        }
        for (int k = 1; k < t.length(); k++) {
            if (t.charAt(k) != c) {
                return false;
            }
        }
        return true;
    }

    static boolean isPunctuation7bit(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    static boolean endsWithLiteralMarker(String line) {
        if (!line.endsWith("::")) {
            return false;
        }
        int k = line.length() - 3;
        int backslashes = 0;
        while (k >= 0 && line.charAt(k) == '\\') {
            backslashes++;
            k--;
        }
        return backslashes % 2 == 0;
    }

    /** {@code \[([0-9]+|#|#name|\*|name)\]( +|$)} at {@code k}: end after ']', or -1. */
    static int footnoteLabelEnd(String t, int k) {
        int j = k + 1;
        if (j < t.length() && t.charAt(j) == '#') {
            j++;
            j = Math.max(j, simpleNameEnd(t, j));
        } else if (j < t.length() && t.charAt(j) == '*') {
            j++;
        } else {
            int e = simpleNameEnd(t, j);
            if (e == j) {
                return -1;
            }
            j = e;
        }
        if (j < t.length() && t.charAt(j) == ']' && (j + 1 == t.length() || t.charAt(j + 1) == ' ')) {
            return j + 1;
        }
        return -1;
    }

    static int simpleNameEnd(String t, int p) {
        int i = p;
        if (i >= t.length() || !Punctuation.isNameChar(t.charAt(i))) {
            return p;
        }
        while (i < t.length() && Punctuation.isNameChar(t.charAt(i))) {
            i++;
        }
        while (i + 1 < t.length() && "-._+:".indexOf(t.charAt(i)) >= 0 && Punctuation.isNameChar(t.charAt(i + 1))) {
            i += 2;
            while (i < t.length() && Punctuation.isNameChar(t.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /**
     * {@code (simplename)[ ]?::( +|$)} at {@code k}: end of the marker with its spaces, or -1. The
     * simplename may itself contain ':' (domain directives), so '::' is found after the name.
     */
    static int directiveMarkerEnd(String t, int k) {
        int e = directiveNameEnd(t, k);
        if (e == k) {
            return -1;
        }
        int j = e;
        if (j < t.length() && t.charAt(j) == ' ') {
            j++;
        }
        if (t.startsWith("::", j) && (j + 2 == t.length() || t.charAt(j + 2) == ' ')) {
            return skipSpaces(t, j + 2);
        }
        return -1;
    }

    /** The longest simplename at k that is followed by '::' (a name may end before a ':' separator). */
    static int directiveNameEnd(String t, int k) {
        int e = simpleNameEnd(t, k);
        // "py:function::" - the greedy name would swallow nothing extra, but "name:" + ":" must not
        while (e > k && !(t.startsWith("::", e) || t.startsWith(" ::", e))) {
            int cut = Math.max(
                    t.lastIndexOf(':', e - 1),
                    Math.max(
                            t.lastIndexOf('.', e - 1),
                            Math.max(
                                    t.lastIndexOf('-', e - 1),
                                    Math.max(t.lastIndexOf('_', e - 1), t.lastIndexOf('+', e - 1)))));
            if (cut <= k) {
                return e;
            }
            e = cut;
        }
        return e;
    }

    // sphinx.util.rst.docinfo_re: ':\w+:.*?' matched at the start of the line
    static boolean startsWithDocinfoField(String line) {
        if (line.isEmpty() || line.charAt(0) != ':') {
            return false;
        }
        int i = 1;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
            i++;
        }
        return i > 1 && i < line.length() && line.charAt(i) == ':';
    }

    static boolean escapedAt(String s, int k) {
        int bs = 0;
        while (k - 1 - bs >= 0 && s.charAt(k - 1 - bs) == '\\') {
            bs++;
        }
        return bs % 2 == 1;
    }
}
