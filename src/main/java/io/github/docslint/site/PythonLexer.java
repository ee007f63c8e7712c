package io.github.docslint.site;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits Python source into logical lines of tokens, and finds the syntax errors that make Python
 * refuse a whole file (unterminated strings and brackets, bad indentation, a compound statement
 * without its colon or its block).
 *
 * <p>It is not a Python parser: it knows only what {@link SphinxConf} needs to read literal settings
 * without executing conf.py. f-strings are scanned the Python 3.12 way (a replacement field may hold
 * strings with the same quotes), which accepts everything older versions accept.
 */
final class PythonLexer {

    enum Kind {
        NAME,
        NUMBER,
        STRING,
        OP
    }

    record Token(Kind kind, String text, int line) {
        boolean isOp(String op) {
            return kind == Kind.OP && text.equals(op);
        }

        boolean isName(String name) {
            return kind == Kind.NAME && text.equals(name);
        }

        boolean isOpenBracket() {
            return kind == Kind.OP && text.length() == 1 && "([{".contains(text);
        }

        boolean isCloseBracket() {
            return kind == Kind.OP && text.length() == 1 && ")]}".contains(text);
        }

        /** The string prefix in lower case ({@code ""}, {@code "r"}, {@code "rb"} ...), for STRING tokens. */
        String prefix() {
            int q = 0;
            while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
                q++;
            }
            return text.substring(0, q).toLowerCase(Locale.ROOT);
        }
    }

    /** A logical line: its indentation column (tabs to multiples of 8), first line and tokens. */
    record Line(int indent, int number, List<Token> tokens) {}

    /** Why Python would refuse the whole file. */
    static final class SyntaxProblem extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        SyntaxProblem(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    static final Set<String> KEYWORDS = Set.of(
            "False",
            "None",
            "True",
            "and",
            "as",
            "assert",
            "async",
            "await",
            "break",
            "class",
            "continue",
            "def",
            "del",
            "elif",
            "else",
            "except",
            "finally",
            "for",
            "from",
            "global",
            "if",
            "import",
            "in",
            "is",
            "lambda",
            "nonlocal",
            "not",
            "or",
            "pass",
            "raise",
            "return",
            "try",
            "while",
            "with",
            "yield");

    /** Keywords that cannot end a statement. */
    private static final Set<String> NEEDS_OPERAND = Set.of(
            "and",
            "as",
            "assert",
            "async",
            "await",
            "class",
            "def",
            "del",
            "elif",
            "else",
            "except",
            "finally",
            "for",
            "from",
            "global",
            "if",
            "import",
            "in",
            "is",
            "lambda",
            "nonlocal",
            "not",
            "or",
            "try",
            "while",
            "with");

    /** Keywords that open a compound statement and so need a colon. */
    static final Set<String> HEADER_KEYWORDS =
            Set.of("if", "elif", "else", "for", "while", "with", "try", "except", "finally", "def", "class");

    private static final Set<String> STRING_PREFIXES =
            Set.of("", "r", "u", "b", "br", "rb", "f", "fr", "rf", "t", "tr", "rt");
    private static final String[] OPS3 = {"**=", "//=", ">>=", "<<=", "..."};
    private static final String[] OPS2 = {
        "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="
    };
    private static final String OPS1 = "+-*/%@&|^~<>()[]{},:;.=";
    // Python's tokenizer gives up at this nesting depth too ("too many nested parentheses")
    private static final int MAX_DEPTH = 200;

    private final String src;
    private final int n;
    private int pos;
    private int line = 1;
    private final List<Line> lines = new ArrayList<>();
    private final Deque<int[]> brackets = new ArrayDeque<>();
    private List<Token> current;
    private int currentIndent;
    private int currentLine;

    private PythonLexer(String source) {
        this.src = source;
        this.n = source.length();
    }

    /** The logical lines of {@code source} (newlines already {@code \n}), checked for file-level errors. */
    static List<Line> logicalLines(String source) throws SyntaxProblem {
        PythonLexer lexer = new PythonLexer(source);
        lexer.run();
        checkStructure(lexer.lines);
        return lexer.lines;
    }

    private void run() throws SyntaxProblem {
        boolean lineStart = true;
        boolean continued = false;
        while (true) {
            if (lineStart) {
                lineStart = false;
                if (brackets.isEmpty() && !continued) {
                    int col = 0;
                    while (pos < n) {
                        char c = src.charAt(pos);
                        if (c == ' ') {
                            col++;
                        } else if (c == '\t') {
                            col = (col / 8 + 1) * 8;
                        } else if (c == '\f') {
                            col = 0;
                        } else {
                            break;
                        }
                        pos++;
                    }
                    currentIndent = col;
                }
                continued = false;
            }
            if (pos >= n) {
                break;
            }
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < n && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\n') {
                pos++;
                line++;
                lineStart = true;
                if (brackets.isEmpty()) {
                    endLine();
                }
            } else if (c == '\\') {
                if (pos + 1 < n && src.charAt(pos + 1) == '\n') {
                    pos += 2;
                    line++;
                    lineStart = true;
                    continued = true;
                    if (pos >= n) {
                        throw new SyntaxProblem(line - 1, "unexpected end of file after a line continuation");
                    }
                } else if (pos + 1 >= n) {
                    throw new SyntaxProblem(line, "unexpected end of file after a line continuation");
                } else {
                    throw new SyntaxProblem(line, "unexpected character after line continuation character");
                }
            } else if (c == '\'' || c == '"') {
                int start = pos;
                int startLine = line;
                pos = scanString(pos, false, false);
                add(Kind.STRING, src.substring(start, pos), startLine);
            } else if (isIdentifierStart(src.codePointAt(pos))) {
                int start = pos;
                pos += Character.charCount(src.codePointAt(pos));
                while (pos < n && isIdentifierPart(src.codePointAt(pos))) {
                    pos += Character.charCount(src.codePointAt(pos));
                }
                String word = src.substring(start, pos);
                String lower = word.toLowerCase(Locale.ROOT);
                if (pos < n && (src.charAt(pos) == '\'' || src.charAt(pos) == '"') && STRING_PREFIXES.contains(lower)) {
                    int startLine = line;
                    pos = scanString(pos, lower.contains("r"), lower.contains("f") || lower.contains("t"));
                    add(Kind.STRING, src.substring(start, pos), startLine);
                } else {
                    add(Kind.NAME, word, line);
                }
            } else if (isDigit(c) || (c == '.' && pos + 1 < n && isDigit(src.charAt(pos + 1)))) {
                add(Kind.NUMBER, scanNumber(), line);
            } else {
                add(Kind.OP, scanOperator(), line);
            }
        }
        if (!brackets.isEmpty()) {
            int[] open = brackets.peek();
            throw new SyntaxProblem(open[1], "'" + (char) open[0] + "' was never closed");
        }
        endLine();
    }

    private void add(Kind kind, String text, int tokenLine) {
        if (current == null) {
            current = new ArrayList<>();
            currentLine = tokenLine;
        }
        current.add(new Token(kind, text, tokenLine));
    }

    private void endLine() {
        if (current != null) {
            lines.add(new Line(currentIndent, currentLine, List.copyOf(current)));
            current = null;
        }
    }

    private String scanNumber() {
        int start = pos;
        boolean hex = src.startsWith("0x", pos) || src.startsWith("0X", pos);
        while (pos < n) {
            char c = src.charAt(pos);
            if (isDigit(c) || (c < 128 && Character.isLetter(c)) || c == '_' || c == '.') {
                pos++;
            } else if ((c == '+' || c == '-') && !hex && (src.charAt(pos - 1) == 'e' || src.charAt(pos - 1) == 'E')) {
                pos++;
            } else {
                break;
            }
        }
        return src.substring(start, pos);
    }

    private String scanOperator() throws SyntaxProblem {
        for (String op : OPS3) {
            if (src.startsWith(op, pos)) {
                pos += 3;
                return op;
            }
        }
        for (String op : OPS2) {
            if (src.startsWith(op, pos)) {
                pos += 2;
                return op;
            }
        }
        char c = src.charAt(pos);
        if (OPS1.indexOf(c) < 0) {
            int cp = src.codePointAt(pos);
            throw new SyntaxProblem(
                    line,
                    String.format(
                            Locale.ROOT, "invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp));
        }
        pos++;
        if (c == '(' || c == '[' || c == '{') {
            if (brackets.size() >= MAX_DEPTH) {
                throw new SyntaxProblem(line, "too many nested parentheses");
            }
            brackets.push(new int[] {c, line});
        } else if (c == ')' || c == ']' || c == '}') {
            closeBracket(c);
        }
        return String.valueOf(c);
    }

    private void closeBracket(char c) throws SyntaxProblem {
        if (brackets.isEmpty()) {
            throw new SyntaxProblem(line, "unmatched '" + c + "'");
        }
        int open = brackets.pop()[0];
        if ("([{".indexOf(open) != ")]}".indexOf(c)) {
            throw new SyntaxProblem(
                    line, "closing parenthesis '" + c + "' does not match opening parenthesis '" + (char) open + "'");
        }
    }

    /** Skips a string literal whose opening quote is at {@code p}; returns the index after it. */
    private int scanString(int p, boolean raw, boolean formatted) throws SyntaxProblem {
        int startLine = line;
        char quote = src.charAt(p);
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), p);
        p += triple ? 3 : 1;
        while (true) {
            if (p >= n) {
                throw new SyntaxProblem(
                        startLine,
                        triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
            }
            char c = src.charAt(p);
            if (c == '\\') {
                // raw or not, a backslash keeps the next character (a quote, a newline) in the string
                if (p + 1 < n && src.charAt(p + 1) == '\n') {
                    line++;
                }
                p += 2;
            } else if (c == '\n') {
                if (!triple) {
                    throw new SyntaxProblem(startLine, "unterminated string literal");
                }
                line++;
                p++;
            } else if (c == quote
                    && (!triple || src.startsWith(String.valueOf(quote).repeat(3), p))) {
                return p + (triple ? 3 : 1);
            } else if (formatted && c == '{') {
                p = src.startsWith("{{", p) ? p + 2 : scanField(p + 1, quote, triple, raw);
            } else {
                p++;
            }
        }
    }

    /** Skips an f-string replacement field from after its '{'; returns the index after its '}'. */
    private int scanField(int p, char quote, boolean triple, boolean raw) throws SyntaxProblem {
        int startLine = line;
        int depth = 0;
        while (true) {
            if (p >= n) {
                throw new SyntaxProblem(startLine, "f-string: expecting '}'");
            }
            char c = src.charAt(p);
            if (c == '\'' || c == '"') {
                p = scanString(p, false, false);
            } else if (isIdentifierStart(src.codePointAt(p))) {
                int start = p;
                while (p < n && isIdentifierPart(src.codePointAt(p))) {
                    p += Character.charCount(src.codePointAt(p));
                }
                String word = src.substring(start, p).toLowerCase(Locale.ROOT);
                if (p < n && (src.charAt(p) == '\'' || src.charAt(p) == '"') && STRING_PREFIXES.contains(word)) {
                    p = scanString(p, word.contains("r"), word.contains("f") || word.contains("t"));
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                p++;
            } else if (c == ')' || c == ']') {
                depth--;
                p++;
            } else if (c == '}') {
                p++;
                if (depth == 0) {
                    return p;
                }
                depth--;
            } else if (c == ':' && depth == 0) {
                return scanFormatSpec(p + 1, quote, triple, raw);
            } else if (c == '\n') {
                line++;
                p++;
            } else {
                p++;
            }
        }
    }

    /** Skips a format spec (after ':' in a replacement field); returns the index after the field's '}'. */
    private int scanFormatSpec(int p, char quote, boolean triple, boolean raw) throws SyntaxProblem {
        int startLine = line;
        while (true) {
            if (p >= n) {
                throw new SyntaxProblem(startLine, "f-string: expecting '}'");
            }
            char c = src.charAt(p);
            if (c == '{') {
                p = scanField(p + 1, quote, triple, raw);
            } else if (c == '}') {
                return p + 1;
            } else if (c == '\\' && !raw) {
                p += 2;
            } else if (c == quote
                    && (!triple || src.startsWith(String.valueOf(quote).repeat(3), p))) {
                throw new SyntaxProblem(startLine, "f-string: expecting '}'");
            } else if (c == '\n') {
                if (!triple) {
                    throw new SyntaxProblem(startLine, "unterminated string literal");
                }
                line++;
                p++;
            } else {
                p++;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(int cp) {
        return cp == '_' || Character.isUnicodeIdentifierStart(cp);
    }

    private static boolean isIdentifierPart(int cp) {
        return cp == '_' || (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    /** The index of the bracket closing the one opened at {@code open}, or -1. */
    static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isOpenBracket()) {
                depth++;
            } else if (t.isCloseBracket() && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Indices of the tokens equal to operator {@code op} outside any bracket. */
    static List<Integer> topLevel(List<Token> tokens, String op) {
        List<Integer> found = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isOpenBracket()) {
                depth++;
            } else if (t.isCloseBracket()) {
                depth--;
            } else if (depth == 0 && t.isOp(op)) {
                found.add(i);
            }
        }
        return found;
    }

    /** {@code tokens} cut at the top-level occurrences of {@code op}. */
    static List<List<Token>> split(List<Token> tokens, String op) {
        List<List<Token>> parts = new ArrayList<>();
        int from = 0;
        for (int i : topLevel(tokens, op)) {
            parts.add(tokens.subList(from, i));
            from = i + 1;
        }
        parts.add(tokens.subList(from, tokens.size()));
        return parts;
    }

    static boolean startsCompound(List<Token> tokens) {
        Token first = tokens.get(0);
        if (first.isOp("@")) {
            return true;
        }
        if (first.kind() != Kind.NAME) {
            return false;
        }
        if (HEADER_KEYWORDS.contains(first.text()) || first.text().equals("async")) {
            return true;
        }
        // soft keywords: only a statement ending in a colon can be a match or case header
        return (first.text().equals("match") || first.text().equals("case"))
                && tokens.size() > 1
                && tokens.get(tokens.size() - 1).isOp(":");
    }

    private static void checkStructure(List<Line> lines) throws SyntaxProblem {
        Deque<Integer> indents = new ArrayDeque<>();
        indents.push(0);
        int opener = -1;
        // indentation -> line of a 'try' still waiting for its 'except' or 'finally'
        Map<Integer, Integer> tries = new HashMap<>();
        Line decorator = null;
        for (Line l : lines) {
            Token head = l.tokens().get(0);
            if (decorator != null
                    && (l.indent() != decorator.indent()
                            || !(head.isOp("@")
                                    || head.isName("def")
                                    || head.isName("class")
                                    || head.isName("async")))) {
                throw new SyntaxProblem(
                        l.number(), "a decorator (line " + decorator.number() + ") must precede def or class");
            }
            decorator = head.isOp("@") ? l : null;
            for (Map.Entry<Integer, Integer> e : tries.entrySet()) {
                if (e.getKey() > l.indent()
                        || e.getKey() == l.indent() && !head.isName("except") && !head.isName("finally")) {
                    throw new SyntaxProblem(
                            l.number(), "expected 'except' or 'finally' block after line " + e.getValue());
                }
            }
            tries.remove(l.indent());
            if (head.isName("try")) {
                tries.put(l.indent(), l.number());
            }
            if (opener >= 0) {
                if (l.indent() <= indents.peek()) {
                    throw new SyntaxProblem(l.number(), "expected an indented block after line " + opener);
                }
                indents.push(l.indent());
            } else if (l.indent() > indents.peek()) {
                throw new SyntaxProblem(l.number(), "unexpected indent");
            } else {
                while (l.indent() < indents.peek()) {
                    indents.pop();
                }
                if (l.indent() != indents.peek()) {
                    throw new SyntaxProblem(l.number(), "unindent does not match any outer indentation level");
                }
            }
            List<Token> t = l.tokens();
            Token first = t.get(0);
            boolean header = first.kind() == Kind.NAME
                    && (HEADER_KEYWORDS.contains(first.text())
                            || (first.text().equals("async")
                                    && t.size() > 1
                                    && Set.of("def", "for", "with")
                                            .contains(t.get(1).text())));
            if (header && topLevel(t, ":").isEmpty()) {
                throw new SyntaxProblem(t.get(t.size() - 1).line(), "expected ':'");
            }
            Token last = t.get(t.size() - 1);
            opener = last.isOp(":") ? l.number() : -1;
            checkTokens(t);
        }
        if (opener >= 0) {
            throw new SyntaxProblem(opener, "expected an indented block after line " + opener);
        }
        if (decorator != null) {
            throw new SyntaxProblem(decorator.number(), "a decorator must precede def or class");
        }
        if (!tries.isEmpty()) {
            int at = tries.values().iterator().next();
            throw new SyntaxProblem(at, "expected 'except' or 'finally' block after line " + at);
        }
    }

    /** Token sequences no Python statement has: a dangling operator, two names in a row. */
    private static void checkTokens(List<Token> t) throws SyntaxProblem {
        for (List<Token> statement : split(t, ";")) {
            if (!statement.isEmpty()
                    && statement.get(0).isName("from")
                    && statement.stream().noneMatch(x -> x.isName("import"))) {
                throw new SyntaxProblem(statement.get(0).line(), "invalid syntax: 'from' without 'import'");
            }
        }
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            boolean end = i + 1 == t.size() || t.get(i + 1).isOp(";");
            if (end
                    && needsOperand(tok)
                    && !(tok.isOp("*") && i > 0 && t.get(i - 1).isName("import"))) {
                throw new SyntaxProblem(tok.line(), "invalid syntax: statement ends with '" + tok.text() + "'");
            }
            if (i > 0 && (isPlainName(tok) || tok.kind() == Kind.STRING)) {
                Token prev = t.get(i - 1);
                boolean soft = prev.kind() == Kind.NAME
                        && Set.of("match", "case", "type").contains(prev.text());
                boolean adjacentStrings = tok.kind() == Kind.STRING && prev.kind() == Kind.STRING;
                if (!soft
                        && !adjacentStrings
                        && (isPlainName(prev) || prev.kind() == Kind.STRING || prev.isCloseBracket())) {
                    throw new SyntaxProblem(tok.line(), "invalid syntax near '" + tok.text() + "'");
                }
            }
        }
    }

    private static boolean isPlainName(Token t) {
        return t.kind() == Kind.NAME && !KEYWORDS.contains(t.text());
    }

    private static boolean needsOperand(Token t) {
        if (t.kind() == Kind.OP) {
            return !Set.of(")", "]", "}", ",", ";", ":", "...").contains(t.text());
        }
        return t.kind() == Kind.NAME && NEEDS_OPERAND.contains(t.text());
    }

    /**
     * The value of a str literal token (no b, f or t prefix), escapes decoded as Python does. An
     * escape Python would reject is kept as written.
     */
    static String stringValue(Token t) {
        String text = t.text();
        String prefix = t.prefix();
        boolean raw = prefix.contains("r");
        int q = prefix.length();
        char quote = text.charAt(q);
        int open = text.startsWith(String.valueOf(quote).repeat(3), q) && text.length() >= q + 6 ? 3 : 1;
        String body = text.substring(q + open, text.length() - open);
        return raw ? body : unescape(body);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> {}
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case 'x' -> i = hexEscape(s, i, 2, out, "\\x");
                case 'u' -> i = hexEscape(s, i, 4, out, "\\u");
                case 'U' -> i = hexEscape(s, i, 8, out, "\\U");
                case 'N' -> i = namedEscape(s, i, out);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i - 1;
                        while (end < s.length() && end < i + 2 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                            end++;
                        }
                        out.appendCodePoint(Integer.parseInt(s.substring(i - 1, end), 8));
                        i = end;
                    } else {
                        out.append('\\').append(e);
                    }
                }
            }
        }
        return out.toString();
    }

    private static int hexEscape(String s, int i, int digits, StringBuilder out, String written) {
        if (i + digits <= s.length()) {
            String hex = s.substring(i, i + digits);
            if (hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                long cp = Long.parseLong(hex, 16);
                if (cp <= Character.MAX_CODE_POINT) {
                    out.appendCodePoint((int) cp);
                    return i + digits;
                }
            }
        }
        out.append(written);
        return i;
    }

    private static int namedEscape(String s, int i, StringBuilder out) {
        int close = s.indexOf('}', i);
        if (i < s.length() && s.charAt(i) == '{' && close > i + 1) {
            try {
                out.appendCodePoint(Character.codePointOf(s.substring(i + 1, close)));
                return close + 1;
            } catch (IllegalArgumentException e) {
                // not a name the JDK knows: keep the escape as written
            }
        }
        out.append("\\N");
        return i;
    }
}
