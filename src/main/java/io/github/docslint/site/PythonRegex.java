package io.github.docslint.site;

/**
 * Converts the small part of Python's {@code re} syntax that Sphinx's glob translation can produce
 * into Java regex syntax with the same meaning.
 *
 * <p>The two dialects differ inside character classes: Python reads {@code [}, {@code &&} and a
 * leading {@code ]} literally, Java nests, intersects or rejects them. So every class member is
 * re-emitted as an escaped code point, after parsing the class the way Python's {@code sre_parse}
 * does. Outside classes the dialects agree except for {@code {}: Python takes a brace that is not a
 * valid repeat literally.
 */
final class PythonRegex {

    private final int[] src;
    private int pos;
    private final StringBuilder out = new StringBuilder();

    private PythonRegex(String python) {
        this.src = python.codePoints().toArray();
    }

    /** Python's {@code re.escape} of one code point. */
    static String escape(int c) {
        String s = new String(Character.toChars(c));
        return "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0 ? "\\" + s : s;
    }

    /**
     * The Java regex for a Python regex.
     *
     * @throws IllegalArgumentException for syntax Python rejects or that Sphinx's translation
     *     cannot produce (escapes of letters, {@code (?...)} extensions)
     */
    static String toJava(String python) {
        PythonRegex r = new PythonRegex(python);
        r.convert();
        return r.out.toString();
    }

    private void convert() {
        while (pos < src.length) {
            int c = src[pos++];
            switch (c) {
                case '\\' -> literal(escaped());
                case '[' -> charClass();
                case '(' -> {
                    if (pos < src.length && src[pos] == '?') {
                        throw new IllegalArgumentException("unsupported group extension '(?'");
                    }
                    out.append('(');
                }
                case ')', '|', '.', '^', '$', '*', '+', '?' -> out.appendCodePoint(c);
                case '{' -> brace();
                default -> literal(c);
            }
        }
    }

    private int escaped() {
        if (pos >= src.length) {
            throw new IllegalArgumentException("bad escape (end of pattern)");
        }
        int c = src[pos++];
        if (c < 128 && Character.isLetterOrDigit(c)) {
            throw new IllegalArgumentException("unsupported escape '\\" + (char) c + "'");
        }
        return c;
    }

    /** A repeat {m,n} (any part optional) or, as Python does otherwise, a literal brace. */
    private void brace() {
        int p = pos;
        StringBuilder lo = new StringBuilder();
        StringBuilder hi = new StringBuilder();
        if (p < src.length && src[p] == '}') {
            literal('{');
            return;
        }
        while (p < src.length && isDigit(src[p])) {
            lo.appendCodePoint(src[p++]);
        }
        boolean comma = p < src.length && src[p] == ',';
        if (comma) {
            p++;
            while (p < src.length && isDigit(src[p])) {
                hi.appendCodePoint(src[p++]);
            }
        }
        if (p >= src.length || src[p] != '}') {
            literal('{');
            return;
        }
        pos = p + 1;
        out.append('{').append(lo.length() == 0 ? "0" : lo);
        if (comma) {
            out.append(',').append(hi);
        }
        out.append('}');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private void charClass() {
        StringBuilder items = new StringBuilder();
        boolean negate = pos < src.length && src[pos] == '^';
        if (negate) {
            pos++;
        }
        boolean empty = true;
        while (true) {
            if (pos >= src.length) {
                throw new IllegalArgumentException("unterminated character set");
            }
            int c = src[pos++];
            if (c == ']' && !empty) {
                break;
            }
            int lo = c == '\\' ? escaped() : c;
            empty = false;
            if (pos < src.length && src[pos] == '-') {
                pos++;
                if (pos >= src.length) {
                    throw new IllegalArgumentException("unterminated character set");
                }
                int d = src[pos++];
                if (d == ']') {
                    items.append(hex(lo)).append(hex('-'));
                    break;
                }
                int hi = d == '\\' ? escaped() : d;
                if (hi < lo) {
                    throw new IllegalArgumentException("bad character range " + cp(lo) + "-" + cp(hi));
                }
                items.append(hex(lo)).append('-').append(hex(hi));
            } else {
                items.append(hex(lo));
            }
        }
        out.append(negate ? "[^" : "[").append(items).append(']');
    }

    private void literal(int c) {
        if (c < 128 && (Character.isLetterOrDigit(c) || c == '/' || c == '_')) {
            out.append((char) c);
        } else {
            out.append(hex(c));
        }
    }

    private static String hex(int c) {
        return "\\x{" + Integer.toHexString(c) + "}";
    }

    private static String cp(int c) {
        return new String(Character.toChars(c));
    }
}
