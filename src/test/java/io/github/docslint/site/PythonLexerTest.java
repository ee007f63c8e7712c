package io.github.docslint.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docslint.site.PythonLexer.Kind;
import io.github.docslint.site.PythonLexer.Line;
import io.github.docslint.site.PythonLexer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonLexerTest {

    private static List<Line> lines(String source) throws PythonLexer.SyntaxProblem {
        return PythonLexer.logicalLines(source);
    }

    @Test
    void joinsPhysicalLinesInsideBracketsAndAfterBackslashes() throws Exception {
        List<Line> l = lines("a = [1,\n  2]\nb = 1 + \\\n    2\n\n# c\n  # indented comment\nif a:\n    pass\n");
        assertThat(l).extracting(Line::number).containsExactly(1, 3, 8, 9);
        assertThat(l).extracting(Line::indent).containsExactly(0, 0, 0, 4);
        assertThat(l.get(0).tokens()).extracting(Token::text).containsExactly("a", "=", "[", "1", ",", "2", "]");
        assertThat(l.get(1).tokens()).hasSize(5);
    }

    @Test
    void tabsIndentToMultiplesOfEight() throws Exception {
        assertThat(lines("if a:\n  \tb = 1\n").get(1).indent()).isEqualTo(8);
    }

    @Test
    void keepsStringsWholeWithTheirLineNumbers() throws Exception {
        List<Line> l = lines("x = '''a\nb'''; y = rb'\\x'\nz = 1\n");
        Token s = l.get(0).tokens().get(2);
        assertThat(s.kind()).isEqualTo(Kind.STRING);
        assertThat(s.text()).isEqualTo("'''a\nb'''");
        assertThat(PythonLexer.stringValue(s)).isEqualTo("a\nb");
        assertThat(l.get(0).tokens().get(6).prefix()).isEqualTo("rb");
        assertThat(l.get(1).number()).isEqualTo(3);
    }

    @Test
    void scansOperatorsLongestFirst() throws Exception {
        assertThat(lines("a **= b // c := d != e ... f\n").get(0).tokens())
                .extracting(Token::text)
                .containsExactly("a", "**=", "b", "//", "c", ":=", "d", "!=", "e", "...", "f");
    }

    @Test
    void readsFStringsWithNestedFieldsAsOneToken() throws Exception {
        List<Token> t =
                lines("x = f'{a['k']!r:>{w}}' F\"{{\" rf'\\{b}'\n").get(0).tokens();
        assertThat(t)
                .extracting(Token::kind)
                .containsExactly(Kind.NAME, Kind.OP, Kind.STRING, Kind.STRING, Kind.STRING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "x = 'abc|1|unterminated string literal",
                "x = '''abc|1|unterminated triple-quoted string literal",
                "x = (1,|1|'(' was never closed",
                "x = 1)|1|unmatched ')'",
                "x = (1]|1|does not match",
                "x = 1\\n  y = 2|2|unexpected indent",
                "if x:\\ny = 2|2|expected an indented block after line 1",
                "if x:|1|expected an indented block",
                "if x:\\n    a\\n  b|3|unindent does not match",
                "if x\\n    a|1|expected ':'",
                "try:\\n    a\\nb = 1|3|expected 'except' or 'finally'",
                "@d\\nx = 1|2|decorator",
                "from os|1|'from' without 'import'",
                "x = 1 +|1|statement ends with '+'",
                "x = a b|1|invalid syntax near 'b'",
                "x = 1 ? 2|1|invalid character '?'",
                "x = 1 \\\\ 2|1|unexpected character after line continuation",
                "x = f'{a|1|f-string",
            })
    void reportsWhatMakesPythonRefuseTheFile(String source, int line, String message) {
        String src = source.replace("\\n", "\n").replace("\\\\", "\\");
        assertThatThrownBy(() -> lines(src))
                .isInstanceOf(PythonLexer.SyntaxProblem.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((PythonLexer.SyntaxProblem) e).line).isEqualTo(line));
    }

    @Test
    void acceptsValidConstructsThatLookOdd() throws Exception {
        String src = String.join(
                "\n",
                "from x import *",
                "x = 1,",
                "y = 1;",
                "match = 3",
                "match x:",
                "    case [a, *rest] if a:",
                "        pass",
                "    case _:",
                "        pass",
                "try:",
                "    pass",
                "finally:",
                "    pass",
                "@a.b(c)",
                "@d",
                "class C: pass",
                "f = lambda: 0",
                "print(*args, **kw)",
                "");
        assertThat(lines(src)).hasSize(18);
    }
}
