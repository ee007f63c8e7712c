package io.github.docslint.site;

import io.github.docslint.site.PythonLexer.Kind;
import io.github.docslint.site.PythonLexer.Line;
import io.github.docslint.site.PythonLexer.Token;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings docslint needs from a Sphinx {@code conf.py}, read without executing it.
 *
 * <p>conf.py is a Python program; running it would run arbitrary code and need the project's Python
 * environment. Instead only top-level literal statements are believed:
 *
 * <ul>
 *   <li>{@code exclude_patterns}, {@code templates_path}, {@code html_static_path} and
 *       {@code html_extra_path} are set by {@code name = [...]} or {@code name: T = [...]} (a list or
 *       tuple of string literals), extended by {@code name += [...]}, {@code name.extend([...])},
 *       {@code name.append("...")} and {@code name.insert(i, "...")} with literal arguments. Any
 *       other change (a non-literal value, another operator or mutating method, unpacking,
 *       {@code del}, {@code global}, or a change inside an if/for/def/... block) makes the value
 *       unknown: {@link Optional#empty()}, with a note. A later literal assignment makes it known
 *       again. Unset, they are Sphinx's default, an empty list.
 *   <li>{@code rst_prolog} and {@code rst_epilog} are set by a string literal and extended by
 *       {@code += "..."}; anything else is noted and leaves the value as it was.
 * </ul>
 *
 * <p>These are the semantics of docslint's reference oracle, which reads conf.py with Python's
 * {@code ast.literal_eval}. When the file is not valid Python (as far as this reader can tell), all
 * the lists are unknown and the strings empty, as Sphinx could not build it either. Reading never
 * fails on any text.
 */
public final class SphinxConf {

    public static final String EXCLUDE_PATTERNS = "exclude_patterns";
    public static final String TEMPLATES_PATH = "templates_path";
    public static final String HTML_STATIC_PATH = "html_static_path";
    public static final String HTML_EXTRA_PATH = "html_extra_path";
    public static final String RST_PROLOG = "rst_prolog";
    public static final String RST_EPILOG = "rst_epilog";

    private static final List<String> LISTS =
            List.of(EXCLUDE_PATTERNS, TEMPLATES_PATH, HTML_STATIC_PATH, HTML_EXTRA_PATH);
    private static final Set<String> MUTATORS =
            Set.of("append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse", "__iadd__");
    private static final Set<String> AUGMENTED =
            Set.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@=");
    // PEP 263: Python honours a coding declaration in the first two lines
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private final Map<String, Optional<List<String>>> lists;
    private final String rstProlog;
    private final String rstEpilog;
    private final List<String> notes;

    private SphinxConf(
            Map<String, Optional<List<String>>> lists, String rstProlog, String rstEpilog, List<String> notes) {
        this.lists = Map.copyOf(lists);
        this.rstProlog = rstProlog;
        this.rstEpilog = rstEpilog;
        this.notes = List.copyOf(notes);
    }

    /**
     * Reads {@code confPy}, decoded with {@code charset} unless the file declares its own coding (as
     * Python allows in its first two lines). Bytes that are not valid in that charset make the file
     * read as ISO-8859-1, with a note.
     *
     * @throws IOException when the file cannot be read (for example it does not exist)
     */
    public static SphinxConf read(Path confPy, Charset charset) throws IOException {
        byte[] bytes = Files.readAllBytes(confPy);
        Charset cs = declaredCoding(bytes).orElse(charset);
        String text;
        String note = null;
        try {
            text = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
            note = "conf.py is not valid " + cs.name() + ": read as ISO-8859-1";
        }
        SphinxConf conf = parse(text);
        if (note == null) {
            return conf;
        }
        List<String> notes = new ArrayList<>();
        notes.add(note);
        notes.addAll(conf.notes);
        return new SphinxConf(conf.lists, conf.rstProlog, conf.rstEpilog, notes);
    }

    /** Reads the settings from conf.py source text. Never throws. */
    public static SphinxConf parse(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        Reader reader = new Reader();
        try {
            List<Line> lines = PythonLexer.logicalLines(text);
            reader.read(lines);
        } catch (PythonLexer.SyntaxProblem e) {
            return unparseable("conf.py line " + e.line + " does not parse (" + e.getMessage() + ")");
        } catch (RuntimeException | StackOverflowError e) {
            // a gap in this reader, not in conf.py: better to ignore the file than to fail the build
            return unparseable("conf.py could not be read (" + e + ")");
        }
        return reader.result();
    }

    private static SphinxConf unparseable(String why) {
        Map<String, Optional<List<String>>> lists = new LinkedHashMap<>();
        for (String k : LISTS) {
            lists.put(k, Optional.empty());
        }
        return new SphinxConf(
                lists,
                "",
                "",
                List.of(why + ": " + String.join(", ", LISTS) + ", " + RST_PROLOG + " and " + RST_EPILOG + " ignored"));
    }

    /** Sphinx's {@code exclude_patterns}; empty when conf.py does not set it by literals. */
    public Optional<List<String>> excludePatterns() {
        return lists.get(EXCLUDE_PATTERNS);
    }

    /** Sphinx's {@code templates_path} (folders Sphinx also excludes from the sources). */
    public Optional<List<String>> templatesPath() {
        return lists.get(TEMPLATES_PATH);
    }

    /** Sphinx's {@code html_static_path} (also excluded from the sources). */
    public Optional<List<String>> htmlStaticPath() {
        return lists.get(HTML_STATIC_PATH);
    }

    /** Sphinx's {@code html_extra_path} (also excluded from the sources). */
    public Optional<List<String>> htmlExtraPath() {
        return lists.get(HTML_EXTRA_PATH);
    }

    public String rstProlog() {
        return rstProlog;
    }

    public String rstEpilog() {
        return rstEpilog;
    }

    /** One sentence per setting statement that was ignored, naming its conf.py line. */
    public List<String> notes() {
        return notes;
    }

    private static Optional<Charset> declaredCoding(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\n", 3);
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            Matcher m = CODING.matcher(lines[i]);
            if (m.find()) {
                return charsetNamed(m.group(1));
            }
            if (!lines[i].strip().isEmpty() && !lines[i].strip().startsWith("#")) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> charsetNamed(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-") || n.equals("utf8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (n.equals("latin-1") || n.startsWith("latin-1-") || n.equals("iso-latin-1") || n.equals("l1")) {
            return Optional.of(StandardCharsets.ISO_8859_1);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** Walks the logical lines once, statement by statement, as the oracle walks the module body. */
    private static final class Reader {
        // null while a list is unknown
        private final Map<String, List<String>> values = new LinkedHashMap<>();
        private String prolog = "";
        private String epilog = "";
        private final List<String> notes = new ArrayList<>();

        Reader() {
            for (String k : LISTS) {
                values.put(k, List.of());
            }
        }

        SphinxConf result() {
            Map<String, Optional<List<String>>> out = new LinkedHashMap<>();
            values.forEach((k, v) -> out.put(k, Optional.ofNullable(v)));
            return new SphinxConf(out, prolog, epilog, notes);
        }

        void read(List<Line> lines) {
            // the top-level compound statement each line belongs to (its line and keyword), or null
            Owner owner = null;
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                List<Token> t = l.tokens();
                if (l.indent() == 0) {
                    Token first = t.get(0);
                    if (first.isOp("@")) {
                        owner = decorated(lines, i);
                    } else if (first.kind() == Kind.NAME
                            && Set.of("elif", "else", "except", "finally").contains(first.text())
                            && owner != null) {
                        // still the same if/try statement
                    } else if (PythonLexer.startsCompound(t)) {
                        owner = new Owner(l.number(), first.text());
                    } else {
                        owner = null;
                    }
                } else if (owner == null) {
                    owner = new Owner(l.number(), "indented");
                }
                if (owner == null) {
                    for (List<Token> stmt : statements(t)) {
                        simpleStatement(stmt);
                    }
                } else {
                    for (String k : LISTS) {
                        if (lineTouches(t, k) != null) {
                            unknown(k, owner.line, "is changed inside " + owner.describe());
                        }
                    }
                }
            }
        }

        private static Owner decorated(List<Line> lines, int from) {
            for (int j = from; j < lines.size(); j++) {
                Line l = lines.get(j);
                if (l.indent() == 0 && !l.tokens().get(0).isOp("@")) {
                    return new Owner(l.number(), l.tokens().get(0).text());
                }
            }
            return new Owner(lines.get(from).number(), "decorator");
        }

        private void unknown(String name, int line, String why) {
            if (values.get(name) != null) {
                notes.add(name + " (conf.py line " + line + ") " + why + ": ignored");
            }
            values.put(name, null);
        }

        /** A top-level simple statement: the only place where a value can be set. */
        private void simpleStatement(List<Token> stmt) {
            int line = stmt.get(0).line();
            Set<String> handled = new HashSet<>();
            Assignment a = Assignment.of(stmt);
            if (a != null) {
                List<String> names = new ArrayList<>();
                for (List<Token> target : a.targets) {
                    String name = nameOf(target);
                    if (name != null) {
                        names.add(name);
                    } else if (!a.annotated && a.operator.equals("=")) {
                        for (String k : LISTS) {
                            if (storesTo(target, k) || expressionTouches(target, k) != null) {
                                unknown(k, line, "is assigned by unpacking or through a subscript");
                            }
                        }
                    }
                }
                if (a.value != null) {
                    for (String name : names) {
                        if (name.equals(RST_PROLOG) || name.equals(RST_EPILOG)) {
                            handled.add(name);
                            assignString(name, a, line);
                        } else if (LISTS.contains(name)) {
                            handled.add(name);
                            assignList(name, a, line);
                        }
                    }
                }
            } else {
                callStatement(stmt, handled);
            }
            for (String k : LISTS) {
                if (!handled.contains(k)) {
                    String why = statementTouches(stmt, k);
                    if (why != null) {
                        unknown(k, line, why);
                    }
                }
            }
        }

        private void assignString(String name, Assignment a, int line) {
            Object v = Literal.of(a.value);
            if (!a.operator.equals("=") && !a.operator.equals("+=")) {
                notes.add(name + " (conf.py line " + line + ") is changed by an operator other than +=: ignored");
            } else if (!(v instanceof String s)) {
                notes.add(name + " (conf.py line " + line + ") is not a literal string: ignored");
            } else {
                boolean prologue = name.equals(RST_PROLOG);
                String old = prologue ? prolog : epilog;
                String now = a.operator.equals("+=") ? old + s : s;
                if (prologue) {
                    prolog = now;
                } else {
                    epilog = now;
                }
            }
        }

        private void assignList(String name, Assignment a, int line) {
            List<String> v = Literal.strings(Literal.of(a.value));
            if (!a.operator.equals("=") && !a.operator.equals("+=")) {
                unknown(name, line, "is changed by an operator other than +=");
            } else if (v == null) {
                unknown(name, line, "is not a literal list of strings");
            } else if (a.operator.equals("=")) {
                if (values.get(name) == null) {
                    notes.add(
                            name + " (conf.py line " + line + ") is assigned a literal list again: used from here on");
                }
                values.put(name, v);
            } else if (values.get(name) != null) {
                values.put(name, concat(values.get(name), v));
            }
        }

        /** {@code name.method(args)} as a whole statement, for one of the lists. */
        private void callStatement(List<Token> s, Set<String> handled) {
            if (s.size() < 5
                    || s.get(0).kind() != Kind.NAME
                    || !LISTS.contains(s.get(0).text())
                    || !s.get(1).isOp(".")
                    || s.get(2).kind() != Kind.NAME
                    || !s.get(3).isOp("(")
                    || PythonLexer.matching(s, 3) != s.size() - 1) {
                return;
            }
            String name = s.get(0).text();
            String method = s.get(2).text();
            int line = s.get(0).line();
            handled.add(name);
            List<List<Token>> args = new ArrayList<>();
            boolean keywords = false;
            List<List<Token>> parts = PythonLexer.split(s.subList(4, s.size() - 1), ",");
            for (int i = 0; i < parts.size(); i++) {
                List<Token> arg = parts.get(i);
                if (arg.isEmpty() && i == parts.size() - 1 && i > 0) {
                    break; // trailing comma
                }
                boolean keyword = arg.size() > 1
                        && arg.get(0).kind() == Kind.NAME
                        && arg.get(1).isOp("=");
                if (!arg.isEmpty() && (arg.get(0).isOp("**") || keyword)) {
                    keywords = true;
                } else {
                    args.add(arg);
                }
            }
            if (keywords || !Set.of("extend", "append", "insert").contains(method)) {
                if (keywords || MUTATORS.contains(method)) {
                    unknown(name, line, "is changed by ." + method + "()");
                }
                return;
            }
            List<String> current = values.get(name);
            if (method.equals("extend") && args.size() == 1 && Literal.strings(Literal.of(args.get(0))) != null) {
                if (current != null) {
                    values.put(name, concat(current, Literal.strings(Literal.of(args.get(0)))));
                }
            } else if (method.equals("append") && args.size() == 1 && Literal.of(args.get(0)) instanceof String v) {
                if (current != null) {
                    values.put(name, concat(current, List.of(v)));
                }
            } else if (method.equals("insert")
                    && args.size() == 2
                    && Literal.of(args.get(0)) instanceof BigInteger index
                    && Literal.of(args.get(1)) instanceof String v) {
                if (current != null) {
                    values.put(name, insert(current, index, v));
                }
            } else {
                unknown(name, line, "is changed by ." + method + "() with a non-literal argument");
            }
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> out = new ArrayList<>(a);
            out.addAll(b);
            return List.copyOf(out);
        }

        /** Python's list.insert: negative indices count from the end, out-of-range ones clamp. */
        private static List<String> insert(List<String> list, BigInteger index, String v) {
            BigInteger size = BigInteger.valueOf(list.size());
            BigInteger i = index.signum() < 0 ? index.add(size) : index;
            int at = i.signum() < 0 ? 0 : i.compareTo(size) > 0 ? list.size() : i.intValueExact();
            List<String> out = new ArrayList<>(list);
            out.add(at, v);
            return List.copyOf(out);
        }
    }

    private record Owner(int line, String keyword) {
        String describe() {
            return switch (keyword) {
                case "indented" -> "an indented block";
                case "decorator" -> "a decorated statement";
                case "if", "async" -> "an '" + keyword + "' statement";
                default -> "a '" + keyword + "' statement";
            };
        }
    }

    /** The statements of a logical line that is not a compound header: its ';'-separated parts. */
    private static List<List<Token>> statements(List<Token> line) {
        List<List<Token>> out = new ArrayList<>();
        for (List<Token> s : PythonLexer.split(line, ";")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Why a line inside a compound statement (a header, possibly with a one-line body, or a line of a
     * block) may change the variable {@code name}, or null.
     */
    private static String lineTouches(List<Token> line, String name) {
        if (!PythonLexer.startsCompound(line)) {
            for (List<Token> s : statements(line)) {
                String why = statementTouches(s, name);
                if (why != null) {
                    return why;
                }
            }
            return null;
        }
        if (line.get(0).isOp("@")) {
            return expressionTouches(line, name);
        }
        List<Integer> colons = PythonLexer.topLevel(line, ":");
        int end = colons.isEmpty() ? line.size() : colons.get(0);
        String why = headerTouches(line.subList(0, end), name);
        if (why == null && end < line.size()) {
            for (List<Token> s : statements(line.subList(end + 1, line.size()))) {
                why = statementTouches(s, name);
                if (why != null) {
                    break;
                }
            }
        }
        return why;
    }

    private static String headerTouches(List<Token> header, String name) {
        List<Token> h = header.get(0).isName("async") ? header.subList(1, header.size()) : header;
        if (h.isEmpty()) {
            return null;
        }
        if (h.get(0).isName("with")) {
            // with-items: 'as' targets, possibly inside the parentheses of a parenthesised item list
            for (int i = 1; i < h.size(); i++) {
                if (h.get(i).isName("as")) {
                    int end = i + 1;
                    int depth = 0;
                    while (end < h.size()) {
                        Token t = h.get(end);
                        if (t.isOpenBracket()) {
                            depth++;
                        } else if (t.isCloseBracket() && depth-- == 0) {
                            break;
                        } else if (depth == 0 && t.isOp(",")) {
                            break;
                        }
                        end++;
                    }
                    if (storesTo(h.subList(i + 1, end), name)) {
                        return "is assigned by 'with ... as'";
                    }
                }
            }
        }
        // 'for' targets, of the statement or of comprehensions, are handled as expressions
        return expressionTouches(h, name);
    }

    /** Why a simple statement may change {@code name}, or null. */
    private static String statementTouches(List<Token> s, String name) {
        Token first = s.get(0);
        if (first.isName("global") || first.isName("nonlocal")) {
            for (Token t : s) {
                if (t.isName(name)) {
                    return "is declared " + first.text();
                }
            }
            return null;
        }
        if (first.isName("import") || first.isName("from")) {
            return null;
        }
        if (first.isName("del")) {
            if (storesTo(s.subList(1, s.size()), name)) {
                return "is deleted";
            }
            return expressionTouches(s, name);
        }
        Assignment a = Assignment.of(s);
        if (a != null) {
            for (List<Token> target : a.targets) {
                if (storesTo(target, name)) {
                    return "is assigned by a statement that is not a literal assignment";
                }
            }
        }
        return expressionTouches(s, name);
    }

    /**
     * Why tokens of an expression (or any statement part) may change {@code name}: {@code name :=},
     * a mutating method call {@code name.pop(...)}, or {@code name} as a for target.
     */
    private static String expressionTouches(List<Token> t, String name) {
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.isName(name) && (i == 0 || !t.get(i - 1).isOp("."))) {
                if (i + 1 < t.size() && t.get(i + 1).isOp(":=")) {
                    return "is assigned by :=";
                }
                if (i + 3 < t.size()
                        && t.get(i + 1).isOp(".")
                        && t.get(i + 2).kind() == Kind.NAME
                        && MUTATORS.contains(t.get(i + 2).text())
                        && t.get(i + 3).isOp("(")) {
                    return "is changed by ." + t.get(i + 2).text() + "()";
                }
            } else if (tok.isName("for")) {
                int depth = 0;
                for (int j = i + 1; j < t.size(); j++) {
                    Token u = t.get(j);
                    if (u.isOpenBracket()) {
                        depth++;
                    } else if (u.isCloseBracket()) {
                        if (--depth < 0) {
                            break;
                        }
                    } else if (depth == 0 && u.isName("in")) {
                        if (storesTo(t.subList(i + 1, j), name)) {
                            return "is assigned as a for target";
                        }
                        break;
                    }
                }
            }
        }
        return null;
    }

    /**
     * True when the target list {@code t} stores to {@code name} itself or to {@code name[...]}:
     * {@code name}, {@code a, name}, {@code (name, b)}, {@code [*name]}, {@code name[0]}.
     */
    private static boolean storesTo(List<Token> t, String name) {
        for (List<Token> e : PythonLexer.split(t, ",")) {
            List<Token> el = !e.isEmpty() && e.get(0).isOp("*") ? e.subList(1, e.size()) : e;
            if (el.isEmpty()) {
                continue;
            }
            Token first = el.get(0);
            if ((first.isOp("(") || first.isOp("[")) && PythonLexer.matching(el, 0) == el.size() - 1) {
                if (storesTo(el.subList(1, el.size() - 1), name)) {
                    return true;
                }
            } else if (first.isName(name)
                    && (el.size() == 1 || (el.get(1).isOp("[") && PythonLexer.matching(el, 1) == el.size() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The variable a target names, when it is a plain (possibly parenthesised) name. */
    private static String nameOf(List<Token> target) {
        List<Token> t = target;
        while (t.size() > 2 && t.get(0).isOp("(") && PythonLexer.matching(t, 0) == t.size() - 1) {
            t = t.subList(1, t.size() - 1);
        }
        if (t.size() == 1
                && t.get(0).kind() == Kind.NAME
                && !PythonLexer.KEYWORDS.contains(t.get(0).text())) {
            return t.get(0).text();
        }
        return null;
    }

    /** An assignment statement: {@code a = b = value}, {@code a: T = value}, {@code a: T}, {@code a += value}. */
    private static final class Assignment {
        final List<List<Token>> targets = new ArrayList<>();
        List<Token> value;
        String operator = "=";
        boolean annotated;

        static Assignment of(List<Token> s) {
            // a lambda's default values hold '=' too: nothing after 'lambda' is a target
            int end = s.size();
            for (int i = 0; i < s.size(); i++) {
                if (s.get(i).isName("lambda")) {
                    end = i;
                    break;
                }
            }
            List<Token> head = s.subList(0, end);
            List<Integer> equals = PythonLexer.topLevel(head, "=");
            Assignment a = new Assignment();
            if (!equals.isEmpty()) {
                List<List<Token>> parts = new ArrayList<>();
                int from = 0;
                for (int i : equals) {
                    parts.add(s.subList(from, i));
                    from = i + 1;
                }
                a.value = s.subList(from, s.size());
                List<Integer> colon = PythonLexer.topLevel(parts.get(0), ":");
                if (!colon.isEmpty()) {
                    a.annotated = true;
                    a.targets.add(parts.get(0).subList(0, colon.get(0)));
                } else {
                    a.targets.addAll(parts);
                }
                return a;
            }
            int depth = 0;
            for (int i = 0; i < head.size(); i++) {
                Token t = head.get(i);
                if (t.isOpenBracket()) {
                    depth++;
                } else if (t.isCloseBracket()) {
                    depth--;
                } else if (depth == 0 && t.kind() == Kind.OP && AUGMENTED.contains(t.text())) {
                    a.targets.add(s.subList(0, i));
                    a.operator = t.text();
                    a.value = s.subList(i + 1, s.size());
                    return a;
                }
            }
            List<Integer> colon = PythonLexer.topLevel(head, ":");
            if (!colon.isEmpty() && end == s.size()) {
                // 'name: T' declares without a value, which still counts as a store for the oracle
                a.annotated = true;
                a.targets.add(s.subList(0, colon.get(0)));
                return a;
            }
            return null;
        }
    }

    /**
     * What {@code ast.literal_eval} makes of an expression, reduced to what matters here: a
     * {@link String}, a {@link List} (list or tuple), a {@link BigInteger} (int or bool) or
     * {@link #OTHER} (any other literal, or not a literal).
     */
    private static final class Literal {
        static final Object OTHER = new Object();

        private final List<Token> t;
        private int i;

        private Literal(List<Token> t) {
            this.t = t;
        }

        static Object of(List<Token> tokens) {
            if (tokens.isEmpty()) {
                return OTHER;
            }
            Literal p = new Literal(tokens);
            Object v = p.expressionList(false);
            return p.i == tokens.size() ? v : OTHER;
        }

        /** The strings of a list or tuple of str, or null. */
        static List<String> strings(Object v) {
            if (!(v instanceof List<?> list)) {
                return null;
            }
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof String s)) {
                    return null;
                }
                out.add(s);
            }
            return List.copyOf(out);
        }

        private boolean at(String op) {
            return i < t.size() && t.get(i).isOp(op);
        }

        /** {@code a} or the tuple {@code a, b,}; inside parentheses when {@code inParens}. */
        private Object expressionList(boolean inParens) {
            Object first = expression();
            if (!at(",")) {
                return first;
            }
            List<Object> items = new ArrayList<>();
            items.add(first);
            while (at(",")) {
                i++;
                if (i >= t.size() || (inParens && at(")"))) {
                    break;
                }
                items.add(expression());
            }
            return items;
        }

        private Object expression() {
            if (i >= t.size()) {
                return OTHER;
            }
            Token tok = t.get(i);
            switch (tok.kind()) {
                case STRING:
                    return stringLiteral();
                case NUMBER:
                    i++;
                    return integer(tok.text());
                case NAME:
                    i++;
                    return tok.text().equals("True")
                            ? BigInteger.ONE
                            : tok.text().equals("False") ? BigInteger.ZERO : OTHER;
                default:
                    break;
            }
            if (at("-") || at("+")) {
                boolean negative = at("-");
                i++;
                // literal_eval takes one sign on a number, not on a bool or another sign
                if (i < t.size() && t.get(i).kind() == Kind.NUMBER) {
                    Object v = integer(t.get(i++).text());
                    return v instanceof BigInteger b && negative ? b.negate() : v;
                }
                return OTHER;
            }
            if (at("[")) {
                i++;
                List<Object> items = new ArrayList<>();
                while (!at("]")) {
                    if (i >= t.size()) {
                        return OTHER;
                    }
                    items.add(expression());
                    if (at(",")) {
                        i++;
                    } else if (!at("]")) {
                        return OTHER;
                    }
                }
                i++;
                return items;
            }
            if (at("(")) {
                i++;
                if (at(")")) {
                    i++;
                    return List.of();
                }
                Object v = expressionList(true);
                if (!at(")")) {
                    return OTHER;
                }
                i++;
                return v;
            }
            return OTHER;
        }

        /** Adjacent string literals, concatenated; an f-string or bytes among them is not a str literal. */
        private Object stringLiteral() {
            StringBuilder sb = new StringBuilder();
            boolean ok = true;
            while (i < t.size() && t.get(i).kind() == Kind.STRING) {
                Token s = t.get(i++);
                String prefix = s.prefix();
                if (prefix.contains("b") || prefix.contains("f") || prefix.contains("t")) {
                    ok = false;
                } else {
                    sb.append(PythonLexer.stringValue(s));
                }
            }
            return ok ? sb.toString() : OTHER;
        }

        private static Object integer(String text) {
            String s = text.replace("_", "").toLowerCase(Locale.ROOT);
            try {
                if (s.startsWith("0x")) {
                    return new BigInteger(s.substring(2), 16);
                }
                if (s.startsWith("0o")) {
                    return new BigInteger(s.substring(2), 8);
                }
                if (s.startsWith("0b")) {
                    return new BigInteger(s.substring(2), 2);
                }
                if (s.chars().allMatch(c -> c >= '0' && c <= '9') && (!s.startsWith("0") || s.matches("0+"))) {
                    return new BigInteger(s);
                }
            } catch (NumberFormatException e) {
                // not an int literal
            }
            return OTHER;
        }
    }
}
