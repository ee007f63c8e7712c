package io.github.docslint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.docslint.links.ConfigSyntax;
import io.github.docslint.site.SphinxGlob;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression of the main code runs in linear time on adversarial input: each one is
 * fed a 100,000-character string made to make it backtrack (long runs of what it repeats, almost
 * matches), under a hang guard. A regex added later fails {@link #everyRegexOfTheMainCodeIsCovered}
 * until it gets its pathological input here.
 */
class RegexLinearityTest {
    private static final int N = 100_000;
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static String run(String unit) {
        return unit.repeat(N / unit.length());
    }

    /** A regex given as text in the source: how it is used, on which pathological strings. */
    private static Consumer<String> split(String re) {
        return s -> s.split(re);
    }

    private static Consumer<String> matches(String re) {
        return s -> s.matches(re);
    }

    private static Consumer<String> find(Pattern p) {
        return s -> p.matcher(s).find();
    }

    private record Case(Consumer<String> use, List<String> inputs) {}

    /**
     * Keyed by the first argument as written in the source (a literal regex, or the expression or
     * field that holds it); static Pattern fields by {@code Class.FIELD}.
     */
    private static final Map<String, Case> CASES = Map.ofEntries(
            Map.entry("\"\\\\s+\"", new Case(split("\\s+"), List.of(run(" \t"), run("a "), run(" ") + "x"))),
            Map.entry("\"\\\\s\"", new Case(split("\\s"), List.of(run(" "), run("a")))),
            Map.entry("\"\\n\"", new Case(split("\n"), List.of(run("\n"), run("a\n")))),
            Map.entry("\" \"", new Case(split(" "), List.of(run(" ")))),
            Map.entry("\",\"", new Case(split(","), List.of(run(",")))),
            Map.entry("\"/\"", new Case(split("/"), List.of(run("/"), run("a/")))),
            Map.entry("\"\\\\.\"", new Case(split("\\."), List.of(run(".")))),
            Map.entry("\"\\\\*\"", new Case(split("\\*"), List.of(run("*")))),
            Map.entry("\"[,\\\\n]\"", new Case(split("[,\\n]"), List.of(run(",\n")))),
            Map.entry("\"[|,]\"", new Case(split("[|,]"), List.of(run("|,")))),
            Map.entry("\"[|,\\\\s]+\"", new Case(split("[|,\\s]+"), List.of(run("| ,"), run("a|")))),
            Map.entry("\"0+\"", new Case(matches("0+"), List.of(run("0") + "1", run("0")))),
            Map.entry("\"[,\\\\s]+\"", new Case(split("[,\\s]+"), List.of(run(", "), run("a,")))),
            Map.entry(
                    "\"(\\r\\n|\\r|\\n)$\"",
                    new Case(s -> s.replaceAll("(\r\n|\r|\n)$", ""), List.of(run("\r\n"), run("\r"), run("a\r")))),
            Map.entry("\"Missing '.\"", new Case(matches("Missing '."), List.of("Missing '" + run("'")))),
            Map.entry(
                    "\"[^\\\\x00-\\\\x7f]\"",
                    new Case(s -> s.replaceAll("[^\\x00-\\x7f]", ""), List.of(run("\u00e9"), run("a\u00e9")))),
            Map.entry(
                    "ROMAN_PATTERN",
                    new Case(
                            matches("M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})"),
                            List.of(run("M"), run("C"), run("I"), run("CMXCIX"), "MMMM" + run("X")))),
            Map.entry(
                    "SphinxConf.CODING",
                    new Case(
                            null,
                            List.of(
                                    "#" + run("coding"),
                                    "#" + run(" coding:") + "!",
                                    run("\t") + "#",
                                    "# coding: " + run("-")))),
            Map.entry(
                    "AnchorFinder.META_CHARSET",
                    new Case(null, List.of(run("<meta "), "<meta" + run(" charset"), run("<meta charset")))),
            Map.entry("Fingerprints.SPACE", new Case(null, List.of(run(" "), run("a \u00a0")))),
            Map.entry(
                    "Suppression.FORM",
                    new Case(
                            null,
                            List.of(
                                    "docslint:" + run(" "),
                                    run("docslint: disable"),
                                    "docslint: disable=" + run(" ")))),
            Map.entry("Suppression.INTENT", new Case(null, List.of(run("docslint "), run("docslin")))),
            Map.entry("Suppression.REASON", new Case(null, List.of(run(" -"), run(" --x")))),
            Map.entry(
                    "LinkCacheFormat.LOCATION",
                    new Case(null, List.of("line " + run("1"), "line 1 column " + run("2") + "x", run("line ")))),
            // SphinxGlob.compile: the regex Sphinx builds. Globs from files (toctree :glob:, conf.py)
            // go through SphinxGlob.matcher, an NFA; the regex itself is used for includeOnly globs
            // (the user's configuration) and for validation
            Map.entry(
                    "\"\\\\A\" + PythonRegex.toJava(python)",
                    new Case(
                            s -> assertThat(SphinxGlob.matcher("*a*a*a*a*a*a*a*b")
                                            .test(s))
                                    .isFalse(),
                            List.of(run("a"), run("a/"), "x/" + run("a")))),
            // SphinxGlob.piece, a class inside SphinxGlob.matcher: each tested against one character only
            Map.entry("regex", new Case(s -> SphinxGlob.matcher("**a?[!b]*").test(s), List.of(run("a")))),
            // ConfigSyntax.hostGlob, matched against hosts written in files
            Map.entry(
                    "re.toString()",
                    new Case(
                            s -> assertThat(ConfigSyntax.hostGlob("*a*a*a*a*a*a*b")
                                            .matcher(s)
                                            .matches())
                                    .isFalse(),
                            List.of(run("a"), run("a.")))),
            // ConfigSyntax.regex: the user's own link ignore patterns, taken as written (not input)
            Map.entry("re", new Case(s -> {}, List.of())));

    private static final Map<String, Pattern> STATIC_PATTERNS = staticPatterns();

    private static Map<String, Pattern> staticPatterns() {
        Map<String, Pattern> out = new java.util.TreeMap<>();
        Path classes = Path.of("target", "classes");
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, RegexLinearityTest.class.getClassLoader());
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
                        f.setAccessible(true);
                        out.put(c.getSimpleName() + "." + f.getName(), (Pattern) f.get(null));
                    }
                }
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** {@code Pattern.compile(arg}, {@code .split(arg}, {@code .matches(arg}, {@code .replaceAll(arg} in the main sources. */
    private static final Pattern CALL = Pattern.compile("(?:(?<![\\w.])Pattern\\.compile|(?<!PythonLexer|HostGlob)\\."
            + "(?:split|matches|replaceAll|replaceFirst))\\(\\s*+(\"(?:[^\"\\\\]|\\\\.)*+\"(?:\\s*+\\+[^,;]*+)?"
            + "|[\\w.]++(?:\\([^()]*+\\))?)");

    private static List<String> regexArguments() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("src", "main", "java"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CALL.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    String arg = m.group(1).strip();
                    // PathMatcher.matches(path): the JDK's glob of the user's includes/excludes (configuration)
                    if (!arg.equals("path")) {
                        out.add(arg);
                    }
                }
            }
        }
        return out;
    }

    /** The value of a Java string literal (the escapes regexes use). */
    private static String unquote(String literal) {
        if (!literal.startsWith("\"") || !literal.endsWith("\"")) {
            return literal;
        }
        StringBuilder sb = new StringBuilder();
        String body = literal.substring(1, literal.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char e = body.charAt(++i);
                sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void everyRegexOfTheMainCodeIsCovered() throws IOException {
        List<String> arguments = regexArguments();
        assertThat(arguments).as("the source scan finds the regex call sites").hasSizeGreaterThan(20);
        Set<String> uncovered = new TreeSet<>(arguments);
        uncovered.removeAll(CASES.keySet());
        // a literal compiled into a static field is covered under the field's name
        uncovered.removeIf(arg ->
                STATIC_PATTERNS.values().stream().anyMatch(p -> p.pattern().equals(unquote(arg))));
        assertThat(uncovered).as("regexes without a pathological input here").isEmpty();
        Set<String> fields = new TreeSet<>(STATIC_PATTERNS.keySet());
        fields.removeAll(CASES.keySet());
        assertThat(fields)
                .as("static Pattern fields without a pathological input here")
                .isEmpty();
    }

    @Test
    void everyRegexIsLinearOnItsPathologicalInput() {
        CASES.forEach((key, c) -> {
            Consumer<String> use = c.use() != null ? c.use() : find(STATIC_PATTERNS.get(key));
            for (String input : c.inputs()) {
                assertThat(input.length()).isGreaterThanOrEqualTo(N - 10);
                assertTimeoutPreemptively(HANG_GUARD, () -> use.accept(input), () -> key + " hangs");
            }
        });
    }
}
