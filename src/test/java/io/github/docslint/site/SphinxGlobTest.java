package io.github.docslint.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SphinxGlobTest {

    /** What the regex says, after checking that the linear matcher says the same. */
    private static boolean matches(String glob, String text) {
        boolean regex = SphinxGlob.matches(SphinxGlob.compile(glob), text);
        assertThat(SphinxGlob.matcher(glob).test(text))
                .as("linear matcher of '%s' on '%s'", glob, text)
                .isEqualTo(regex);
        return regex;
    }

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "_static|_static|true",
                "_static|_static2|false",
                "_static|x/_static|false",
                "**/drafts|a/drafts|true",
                "**/drafts|a/b/drafts|true",
                "**/drafts|drafts|false",
                "a/*.rst|a/b.rst|true",
                "a/*.rst|a/b/c.rst|false",
                "a/*.rst|a/.rst|true",
                "**|a/b/c|true",
                "*|a/b|false",
                "?|/|false",
                "?|x|true",
                "a?c|a/c|false",
                "[!x]|y|true",
                "[!x]|x|false",
                "[!x]|/|false",
                "[ab]|b|true",
                "[ab]|c|false",
                "[a-c]|b|true",
                "[^a]|^|true",
                "[^a]|a|true",
                "[^a]|b|false",
                "[]a]|]|true",
                "[]a]|a|true",
                "[!]a]|xa]|true",
                "[!]a]|]|false",
                "[|[|true",
                "a[b|a[b|true",
                "[[]|[|true",
                "[a&&b]|&|true",
                "{a,b}|{a,b}|true",
                "{a,b}|a|false",
                "a.rst|abrst|false",
                "a+b|a+b|true",
                "a+b|aab|false",
                "a(b)|a(b)|true",
                "$x|$x|true",
            })
    void matchesLikeSphinx(String glob, String text, boolean expected) {
        assertThat(matches(glob, text)).isEqualTo(expected);
    }

    @Test
    void isAnchoredAtTheStartEvenForFind() {
        Pattern p = SphinxGlob.compile("b.rst");
        assertThat(p.matcher("ab.rst").find()).isFalse();
        assertThat(p.matcher("b.rst").find()).isTrue();
        assertThat(p.matcher("b.rst/x").lookingAt()).isFalse();
    }

    @Test
    void endsLikePythonsDollarBeforeAFinalNewline() {
        assertThat(matches("a", "a\n")).isTrue();
        assertThat(matches("a", "a\nb")).isFalse();
        assertThat(matches("**", "a\nb")).isFalse();
        assertThat(matches("*", "a\nb")).isTrue(); // a class such as [^/] takes '\n', '.' does not
        assertThat(matches("?/x", "\n/x")).isTrue();
        assertThat(matches("a-?", "a-\u00e9")).isTrue();
    }

    @Test
    void handlesCharactersOutsideTheBasicPlane() {
        assertThat(matches("?", "\uD83D\uDE00")).isTrue();
        assertThat(matches("[\uD83D\uDE00]x", "\uD83D\uDE00x")).isTrue();
        assertThat(matches("\uD83D\uDE00?", "\uD83D\uDE00ab")).isFalse();
    }

    @Test
    void translatesToSphinxsPythonRegex() {
        assertThat(SphinxGlob.translate("a/*.rst")).isEqualTo("a/[^/]*\\.rst$");
        assertThat(SphinxGlob.translate("**/x")).isEqualTo(".*/x$");
        assertThat(SphinxGlob.translate("[!]a]")).isEqualTo("[^/]a]$");
        assertThat(SphinxGlob.translate("[^a]")).isEqualTo("[\\^a]$");
        assertThat(SphinxGlob.translate("[a-\\]")).isEqualTo("[a-\\\\]$");
        assertThat(SphinxGlob.translate("a[b")).isEqualTo("a\\[b$");
    }

    @Test
    void rejectsWhatPythonRejectsNamingThePattern() {
        assertThatThrownBy(() -> SphinxGlob.compile("[z-a]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'[z-a]'")
                .hasMessageContaining("bad character range");
        // '[!](]' leaves Python an unbalanced '(' after the early-closed class
        assertThatThrownBy(() -> SphinxGlob.compile("[!](]")).hasMessageContaining("'[!](]'");
    }

    @Test
    void pythonRegexConversionKeepsPythonsBraceRules() {
        assertThat(Pattern.compile(PythonRegex.toJava("a{,2}$")).matcher("aa").matches())
                .isTrue();
        assertThat(Pattern.compile(PythonRegex.toJava("a{x}$")).matcher("a{x}").matches())
                .isTrue();
        assertThat(Pattern.compile(PythonRegex.toJava("a{}")).matcher("a{}").matches())
                .isTrue();
        assertThatThrownBy(() -> PythonRegex.toJava("(?i)a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PythonRegex.toJava("[a")).hasMessageContaining("unterminated");
    }

    /** Cases computed by Python's re on the oracle's copy of Sphinx's translation. */
    @Test
    void agreesWithPythonOnTheRecordedCases() throws IOException {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        try (InputStream in = SphinxGlobTest.class.getResourceAsStream("/site/sphinx-glob-cases.tsv")) {
            assertThat(in).as("test resource").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String glob = decode(f[0]);
                String text = decode(f[1]);
                String actual;
                try {
                    actual = matches(glob, text) ? "1" : "0";
                } catch (IllegalArgumentException e) {
                    actual = "ERR";
                }
                cases++;
                if (!actual.equals(f[2])) {
                    failures.add(line + " -> " + actual);
                }
            }
        }
        assertThat(cases).isGreaterThan(1000);
        assertThat(failures).isEmpty();
    }

    private static String decode(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '%') {
                sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 7), 16));
                i += 6;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
