package io.github.docslint.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected values were checked against the reference oracle's {@code read_conf}. */
class SphinxConfTest {

    private static final Path REAL_CONF = Path.of("../shared/corpus/mattermost-docs/source/conf.py");

    private static SphinxConf conf(String... lines) {
        return SphinxConf.parse(String.join("\n", lines) + "\n");
    }

    private static Optional<List<String>> excludes(String... lines) {
        return conf(lines).excludePatterns();
    }

    // ---- defaults and plain literals

    @Test
    void unsetValuesAreSphinxDefaults() {
        SphinxConf c = SphinxConf.parse("project = 'x'\n");
        assertThat(c.excludePatterns()).contains(List.of());
        assertThat(c.templatesPath()).contains(List.of());
        assertThat(c.htmlStaticPath()).contains(List.of());
        assertThat(c.htmlExtraPath()).contains(List.of());
        assertThat(c.rstProlog()).isEmpty();
        assertThat(c.rstEpilog()).isEmpty();
        assertThat(c.notes()).isEmpty();
        assertThat(SphinxConf.parse("").excludePatterns()).contains(List.of());
    }

    @Test
    void readsAllFourListsAndBothStrings() {
        SphinxConf c = conf(
                "exclude_patterns = ['_build', \"drafts/*\"]",
                "templates_path = ['_templates']",
                "html_static_path = ('_static',)",
                "html_extra_path = ['robots.txt']",
                "rst_prolog = '.. |a| replace:: b'",
                "rst_epilog = \"\"\"",
                ".. _x: https://example.com",
                "\"\"\"");
        assertThat(c.excludePatterns()).contains(List.of("_build", "drafts/*"));
        assertThat(c.templatesPath()).contains(List.of("_templates"));
        assertThat(c.htmlStaticPath()).contains(List.of("_static"));
        assertThat(c.htmlExtraPath()).contains(List.of("robots.txt"));
        assertThat(c.rstProlog()).isEqualTo(".. |a| replace:: b");
        assertThat(c.rstEpilog()).isEqualTo("\n.. _x: https://example.com\n");
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void acceptsTuplesBareOrParenthesised() {
        assertThat(excludes("exclude_patterns = 'a', 'b'")).contains(List.of("a", "b"));
        assertThat(excludes("exclude_patterns = ('a',)")).contains(List.of("a"));
        assertThat(excludes("exclude_patterns = ()")).contains(List.of());
        assertThat(excludes("exclude_patterns = ['a', 'b',]")).contains(List.of("a", "b"));
    }

    @Test
    void aParenthesisedStringIsAStringNotATuple() {
        SphinxConf c = conf("exclude_patterns = ('a')", "rst_prolog = ('p')");
        assertThat(c.excludePatterns()).isEmpty();
        assertThat(c.notes())
                .containsExactly("exclude_patterns (conf.py line 1) is not a literal list of strings: ignored");
        assertThat(c.rstProlog()).isEqualTo("p");
    }

    @Test
    void annotatedAssignmentSetsTheValue() {
        SphinxConf c = conf("exclude_patterns: list[str] = ['a']", "rst_prolog: str = 'p'");
        assertThat(c.excludePatterns()).contains(List.of("a"));
        assertThat(c.rstProlog()).isEqualTo("p");
    }

    @Test
    void chainedAssignmentSetsEveryName() {
        SphinxConf c = conf("a = exclude_patterns = templates_path = ['x']");
        assertThat(c.excludePatterns()).contains(List.of("x"));
        assertThat(c.templatesPath()).contains(List.of("x"));
    }

    @Test
    void parenthesisedNameIsStillTheName() {
        assertThat(excludes("(exclude_patterns) = ['a']")).contains(List.of("a"));
    }

    // ---- changes that keep the value known

    @Test
    void plusEqualsExtends() {
        assertThat(excludes("exclude_patterns = ['a']", "exclude_patterns += ['b']", "exclude_patterns += ('c',)"))
                .contains(List.of("a", "b", "c"));
    }

    @Test
    void literalExtendAppendAndInsertChangeTheList() {
        assertThat(excludes(
                        "exclude_patterns = ['a']",
                        "exclude_patterns.extend(['b', 'c'])",
                        "exclude_patterns.append('d')",
                        "exclude_patterns.insert(0, 'z')",
                        "exclude_patterns.insert(-1, 'y')",
                        "exclude_patterns.insert(99, 'end')"))
                .contains(List.of("z", "a", "b", "c", "y", "d", "end"));
    }

    @Test
    void insertFollowsPythonIndexRules() {
        assertThat(excludes("exclude_patterns = ['a', 'b']", "exclude_patterns.insert(-99, 'c')"))
                .contains(List.of("c", "a", "b"));
        assertThat(excludes("exclude_patterns = ['a']", "exclude_patterns.insert(True, 'b')"))
                .contains(List.of("a", "b"));
        assertThat(excludes(
                        "exclude_patterns = ['a', 'b', 'c']",
                        "exclude_patterns.insert(+1, 'y')",
                        "exclude_patterns.insert(0x1, 'z')"))
                .contains(List.of("a", "z", "y", "b", "c"));
    }

    @Test
    void trailingCommaInACallIsFine() {
        assertThat(excludes("exclude_patterns = []", "exclude_patterns.extend(['a'],)"))
                .contains(List.of("a"));
    }

    @Test
    void nonMutatingMethodsAndOtherObjectsChangeNothing() {
        assertThat(excludes(
                        "exclude_patterns = ['a']",
                        "exclude_patterns.count('a')",
                        "print(exclude_patterns.append)",
                        "self.exclude_patterns.append('x')",
                        "exclude_patterns.x = 1",
                        "exclude_patterns[0][1] = 'b'",
                        "import os as exclude_patterns",
                        "f = lambda exclude_patterns=1: exclude_patterns"))
                .contains(List.of("a"));
    }

    @Test
    void readingTheNameInsideFunctionsIsFine() {
        assertThat(excludes(
                        "exclude_patterns = ['a']",
                        "def f(exclude_patterns=None):",
                        "    return exclude_patterns",
                        "try:",
                        "    pass",
                        "except E as exclude_patterns:",
                        "    pass",
                        "class exclude_patterns:",
                        "    pass"))
                .contains(List.of("a"));
    }

    // ---- changes that make the value unknown

    @ParameterizedTest
    @ValueSource(
            strings = {
                "exclude_patterns = base",
                "exclude_patterns = list(['a'])",
                "exclude_patterns = [x for x in 'ab']",
                "exclude_patterns = ['a'] if x else []",
                "exclude_patterns = [f'a']",
                "exclude_patterns = [b'a']",
                "exclude_patterns = ['a', 1]",
                "exclude_patterns = [['a']]",
                "exclude_patterns = [-1]",
                "exclude_patterns = ['a'] + ['b']",
                "exclude_patterns = {'a'}",
                "exclude_patterns = {'a': 1}",
                "exclude_patterns = 'a'",
                "exclude_patterns = None",
            })
    void nonLiteralAssignmentIsIgnored(String statement) {
        SphinxConf c = conf("", statement);
        assertThat(c.excludePatterns()).isEmpty();
        assertThat(c.notes())
                .containsExactly("exclude_patterns (conf.py line 2) is not a literal list of strings: ignored");
    }

    @Test
    void otherOperatorsAndNonLiteralOperandsAreIgnored() {
        SphinxConf c = conf("exclude_patterns = ['a']", "exclude_patterns *= 2");
        assertThat(c.excludePatterns()).isEmpty();
        assertThat(c.notes())
                .containsExactly("exclude_patterns (conf.py line 2) is changed by an operator other than +=: ignored");
        assertThat(excludes("exclude_patterns = ['a']", "exclude_patterns += x"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "exclude_patterns.remove('a')",
                "x = exclude_patterns.pop()",
                "exclude_patterns.clear()",
                "exclude_patterns.sort()",
                "exclude_patterns.reverse()",
                "exclude_patterns.__iadd__(['b'])",
                "exclude_patterns.append('x', key=1)",
                "exclude_patterns.extend(**x)",
                "exclude_patterns.append(x)",
                "exclude_patterns.append()",
                "exclude_patterns.extend('ab')",
                "exclude_patterns.extend(*x)",
                "exclude_patterns.insert(i, 'x')",
                "exclude_patterns.insert(1.0, 'x')",
                "html_static_path.append(os.path.join('a', 'b')); exclude_patterns.pop()",
            })
    void mutatingCallsThatAreNotLiteralMakeItUnknown(String statement) {
        SphinxConf c = conf("exclude_patterns = ['a']", statement);
        assertThat(c.excludePatterns()).isEmpty();
        assertThat(c.notes()).hasSize(statement.startsWith("html_static_path") ? 2 : 1);
        assertThat(c.notes().get(c.notes().size() - 1))
                .startsWith("exclude_patterns (conf.py line 2) is changed by .")
                .endsWith(": ignored");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a, exclude_patterns = 1, ['x']",
                "[exclude_patterns] = [['x']]",
                "a, *exclude_patterns = [1, 2]",
                "exclude_patterns[0] = 'b'",
                "exclude_patterns[:] = []",
            })
    void unpackingAndSubscriptAssignmentMakeItUnknown(String statement) {
        SphinxConf c = conf("exclude_patterns = ['a']", statement);
        assertThat(c.excludePatterns()).isEmpty();
        assertThat(c.notes())
                .containsExactly(
                        "exclude_patterns (conf.py line 2) is assigned by unpacking or through a subscript: ignored");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "del exclude_patterns[0]",
                "del exclude_patterns",
                "global exclude_patterns",
                "exclude_patterns[0] += 'b'",
                "exclude_patterns: list",
                "print(exclude_patterns := [])",
                "y = [1 for exclude_patterns in range(3)]",
            })
    void otherTopLevelStoresMakeItUnknown(String statement) {
        SphinxConf c = conf("exclude_patterns = ['a']", statement);
        assertThat(c.excludePatterns()).isEmpty();
        assertThat(c.notes()).singleElement().asString().startsWith("exclude_patterns (conf.py line 2) ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "if x:\n    exclude_patterns.append('b')",
                "if x: exclude_patterns = []",
                "if x:\n    pass\nelse:\n    exclude_patterns += ['c']",
                "for p in ['a']:\n    exclude_patterns.append(p)",
                "for exclude_patterns in []:\n    pass",
                "for i in x:\n    pass\nelse:\n    exclude_patterns = []",
                "while False:\n    exclude_patterns.clear()",
                "with open('x') as exclude_patterns:\n    pass",
                "with open('x') as f:\n    exclude_patterns = f.read().split()",
                "try:\n    exclude_patterns = ['t']\nexcept ImportError:\n    pass",
                "def f():\n    exclude_patterns = []",
                "def f():\n    global exclude_patterns",
                "def f():\n    def g():\n        nonlocal exclude_patterns",
                "class C:\n    exclude_patterns = []",
                "async def f():\n    exclude_patterns.append('x')",
                "match x:\n    case 1:\n        exclude_patterns = []",
                "if (exclude_patterns := []):\n    pass",
                "if x:\n\texclude_patterns = []",
                "if x:\n    del exclude_patterns[0]",
            })
    void anyChangeInsideACompoundStatementMakesItUnknown(String block) {
        SphinxConf c = conf("exclude_patterns = ['a']", block);
        assertThat(c.excludePatterns()).isEmpty();
        assertThat(c.notes())
                .singleElement()
                .asString()
                .startsWith("exclude_patterns (conf.py line 2) is changed inside ")
                .endsWith("statement: ignored");
    }

    @Test
    void aDecoratedDefIsNamedByItsDefLine() {
        SphinxConf c = conf("exclude_patterns = ['a']", "@d(exclude_patterns.pop())", "def f():", "    pass");
        assertThat(c.excludePatterns()).isEmpty();
        assertThat(c.notes())
                .containsExactly("exclude_patterns (conf.py line 3) is changed inside a 'def' statement: ignored");
    }

    @Test
    void aLaterLiteralAssignmentMakesItKnownAgain() {
        SphinxConf c = conf(
                "exclude_patterns = x",
                "exclude_patterns = y",
                "exclude_patterns = ['b']",
                "exclude_patterns += ['c']");
        assertThat(c.excludePatterns()).contains(List.of("b", "c"));
        assertThat(c.notes())
                .containsExactly(
                        "exclude_patterns (conf.py line 1) is not a literal list of strings: ignored",
                        "exclude_patterns (conf.py line 3) is assigned a literal list again: used from here on");
    }

    @Test
    void changesToAnUnknownValueKeepItUnknown() {
        SphinxConf c = conf("exclude_patterns = x", "exclude_patterns.append('b')", "exclude_patterns += ['c']");
        assertThat(c.excludePatterns()).isEmpty();
        assertThat(c.notes()).hasSize(1);
    }

    @Test
    void eachListIsTrackedOnItsOwn() {
        SphinxConf c = conf(
                "templates_path = ['t']",
                "if x:",
                "    a, templates_path = 1, 2",
                "html_static_path = ['_static']",
                "html_static_path.append(os.path.join('a', 'b'))",
                "html_extra_path = ['x']");
        assertThat(c.templatesPath()).isEmpty();
        assertThat(c.htmlStaticPath()).isEmpty();
        assertThat(c.htmlExtraPath()).contains(List.of("x"));
        assertThat(c.excludePatterns()).contains(List.of());
        assertThat(c.notes())
                .containsExactly(
                        "templates_path (conf.py line 2) is changed inside an 'if' statement: ignored",
                        "html_static_path (conf.py line 5) is changed by .append() with a non-literal argument: ignored");
    }

    // ---- rst_prolog / rst_epilog

    @Test
    void prologPlusEqualsAppendsAndNonLiteralsKeepThePreviousValue() {
        SphinxConf c = conf(
                "rst_prolog = 'a'",
                "rst_prolog += 'b'",
                "rst_prolog += x",
                "rst_prolog = 'x'.format(1)",
                "rst_epilog = ('c'",
                "  'd')");
        assertThat(c.rstProlog()).isEqualTo("ab");
        assertThat(c.rstEpilog()).isEqualTo("cd");
        assertThat(c.notes())
                .containsExactly(
                        "rst_prolog (conf.py line 3) is not a literal string: ignored",
                        "rst_prolog (conf.py line 4) is not a literal string: ignored");
    }

    @Test
    void prologRejectsFStringsNoneListsAndOtherOperators() {
        assertThat(conf("rst_prolog = f'''a {x}'''").rstProlog()).isEmpty();
        assertThat(conf("rst_prolog = 'a'", "rst_prolog = None").rstProlog()).isEqualTo("a");
        assertThat(conf("rst_epilog = ['a']").rstEpilog()).isEmpty();
        SphinxConf c = conf("rst_prolog = 'a'", "rst_prolog *= 2");
        assertThat(c.rstProlog()).isEqualTo("a");
        assertThat(c.notes()).singleElement().asString().contains("line 2");
    }

    @Test
    void prologSetInsideABlockIsIgnoredSilently() {
        SphinxConf c = conf("rst_prolog = 'a'", "if x:", "    rst_prolog = 'b'");
        assertThat(c.rstProlog()).isEqualTo("a");
        assertThat(c.notes()).isEmpty();
    }

    // ---- Python literal syntax

    @Test
    void decodesEscapesButNotInRawStrings() {
        assertThat(excludes(
                        "exclude_patterns = ['a\\tb', 'c\\\\d', '\\x41\\u00e9\\N{BULLET}\\U0001F600', '\\101', 'q\\\"q',"
                                + " \"s\\'s\", 'x\\",
                        "y', 'keep\\d']"))
                .contains(List.of("a\tb", "c\\d", "A\u00e9\u2022\uD83D\uDE00", "A", "q\"q", "s's", "xy", "keep\\d"));
        assertThat(excludes("exclude_patterns = [r'a\\b', u'c', R'd\\'', U'e', Rb'x'[0:0] or 'y']"))
                .isEmpty();
        assertThat(excludes("exclude_patterns = [r'a\\b', u'c', R'd\\'', U'e']"))
                .contains(List.of("a\\b", "c", "d\\'", "e"));
    }

    @Test
    void concatenatesAdjacentStringsAcrossLines() {
        assertThat(excludes(
                        "exclude_patterns = [",
                        "  'a'  # first half",
                        "  \"b\",",
                        "  ('c'",
                        "   'd'),",
                        "  '''e'''",
                        "]"))
                .contains(List.of("ab", "cd", "e"));
    }

    @Test
    void handlesCommentsContinuationsAndSemicolons() {
        SphinxConf c = conf(
                "exclude_patterns = \\",
                "    ['a',  # one",
                "     # 'commented',",
                "     'b']",
                "templates_path = ['t']; exclude_patterns += ['c']; html_extra_path = ['x'] # done",
                "s = '# not a comment'");
        assertThat(c.excludePatterns()).contains(List.of("a", "b", "c"));
        assertThat(c.templatesPath()).contains(List.of("t"));
        assertThat(c.htmlExtraPath()).contains(List.of("x"));
    }

    @Test
    void tripleQuotedPrologKeepsItsLines() {
        SphinxConf c = conf("rst_prolog = \"\"\"", "line1", "  'quoted' \"x\"", "line3\\", "joined", "\"\"\"");
        assertThat(c.rstProlog()).isEqualTo("\nline1\n  'quoted' \"x\"\nline3joined\n");
    }

    @Test
    void toleratesBomCarriageReturnsTabsAndFormFeeds() {
        SphinxConf c = SphinxConf.parse("\uFEFFexclude_patterns = [\r\n  'a',\r\n]\r\nrst_prolog = '''x\r\ny'''\r\n");
        assertThat(c.excludePatterns()).contains(List.of("a"));
        assertThat(c.rstProlog()).isEqualTo("x\ny");
        assertThat(SphinxConf.parse("\fexclude_patterns = ['a']\n").excludePatterns())
                .contains(List.of("a"));
    }

    @Test
    void acceptsPython312FStringsWithNestedQuotes() {
        SphinxConf c = conf("x = f\"{y[\"a\"]:>{w}} {{}} {z!r}\"", "exclude_patterns = ['a']");
        assertThat(c.excludePatterns()).contains(List.of("a"));
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void ignoresAWholeFileThatDoesNotParse() {
        for (String broken : List.of(
                "exclude_patterns = ['a']\nrst_prolog = \"abc\n",
                "exclude_patterns = ['a'\n",
                "exclude_patterns = ['a']\n  x = 1\n",
                "rst_prolog = 'a'\nif x:\nexclude_patterns = []\n",
                "exclude_patterns = ['a']\ntry:\n    pass\n",
                "exclude_patterns = ['a']\nx = \n",
                "exclude_patterns = ['a']\nx = 1 $ 2\n")) {
            SphinxConf c = SphinxConf.parse(broken);
            assertThat(c.excludePatterns()).as(broken).isEmpty();
            assertThat(c.templatesPath()).as(broken).isEmpty();
            assertThat(c.htmlStaticPath()).as(broken).isEmpty();
            assertThat(c.htmlExtraPath()).as(broken).isEmpty();
            assertThat(c.rstProlog()).as(broken).isEmpty();
            assertThat(c.notes()).as(broken).singleElement().asString().contains("does not parse");
        }
        assertThat(SphinxConf.parse("exclude_patterns = ['a'\n").notes())
                .containsExactly(
                        "conf.py line 1 does not parse ('[' was never closed): exclude_patterns, templates_path,"
                                + " html_static_path, html_extra_path, rst_prolog and rst_epilog ignored");
    }

    @Test
    void neverThrowsOnTruncatedOrRandomText() {
        String sample = String.join(
                "\n",
                "# conf",
                "import os",
                "def setup(app):",
                "    app.add_css_file(f'{x[\"k\"]}.css')",
                "exclude_patterns = [",
                "    '_build',  # out",
                "    r'drafts\\*',",
                "]",
                "if os.environ.get('X'):",
                "    exclude_patterns.append('x')",
                "exclude_patterns = ['_build']",
                "rst_prolog = \"\"\"",
                ".. |a| replace:: \\u00e9",
                "\"\"\"",
                "");
        Random random = new Random(42);
        for (int i = 0; i <= sample.length(); i++) {
            SphinxConf c = SphinxConf.parse(sample.substring(0, i));
            assertThat(c.notes()).isNotNull();
        }
        assertThat(SphinxConf.parse(sample).excludePatterns()).contains(List.of("_build"));
        String alphabet = "ab_ =+[](){}'\"\\#:;,.\n\t fr*@-1é";
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(SphinxConf.parse(sb.toString()).rstProlog()).isNotNull();
        }
        assertThat(SphinxConf.parse("x = " + "[".repeat(5000) + "]".repeat(5000))
                        .notes())
                .singleElement()
                .asString()
                .contains("too many nested parentheses");
    }

    // ---- files

    @Test
    void readsAFileHonouringBomAndCodingDeclaration(@TempDir Path dir) throws IOException {
        Path utf8 = dir.resolve("conf.py");
        Files.write(utf8, ("\uFEFFrst_prolog = 'caf\u00e9'\n").getBytes(StandardCharsets.UTF_8));
        assertThat(SphinxConf.read(utf8, StandardCharsets.UTF_8).rstProlog()).isEqualTo("caf\u00e9");

        Path latin = dir.resolve("latin.py");
        Files.write(
                latin, "# -*- coding: latin-1 -*-\nrst_prolog = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        SphinxConf declared = SphinxConf.read(latin, StandardCharsets.UTF_8);
        assertThat(declared.rstProlog()).isEqualTo("caf\u00e9");
        assertThat(declared.notes()).isEmpty();
    }

    @Test
    void fallsBackToLatin1WithANote(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("conf.py");
        Files.write(p, "rst_prolog = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        SphinxConf c = SphinxConf.read(p, StandardCharsets.UTF_8);
        assertThat(c.rstProlog()).isEqualTo("caf\u00e9");
        assertThat(c.notes()).containsExactly("conf.py is not valid UTF-8: read as ISO-8859-1");
    }

    @Test
    void aMissingFileIsAnIoError(@TempDir Path dir) {
        assertThatThrownBy(() -> SphinxConf.read(dir.resolve("conf.py"), StandardCharsets.UTF_8))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void readsTheRealMattermostConf() throws IOException {
        Assumptions.assumeTrue(
                Files.isRegularFile(REAL_CONF),
                "../shared/corpus (the mattermost-docs sample) is absent: real conf.py test skipped");
        SphinxConf c = SphinxConf.read(REAL_CONF, StandardCharsets.UTF_8);
        assertThat(c.excludePatterns()).isPresent();
        assertThat(c.excludePatterns().get()).hasSize(33).startsWith("about/common-esr-support.md");
        assertThat(c.excludePatterns().get()).contains("agents/store/migrations/reviews/*.md");
        assertThat(c.templatesPath()).contains(List.of("_templates"));
        assertThat(c.htmlStaticPath()).contains(List.of("_static"));
        assertThat(c.htmlExtraPath()).contains(List.of("_static/robots.txt"));
        assertThat(c.rstProlog().lines().count()).isEqualTo(154);
        assertThat(c.rstProlog()).startsWith("\n.. |plans-img| image::");
        assertThat(c.rstEpilog()).isEmpty();
        assertThat(c.notes()).isEmpty();

        // cut anywhere, the file still never makes the reader throw
        String text = Files.readString(REAL_CONF);
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            SphinxConf cut = SphinxConf.parse(text.substring(0, random.nextInt(text.length() + 1)));
            assertThat(cut.notes()).isNotNull();
        }
    }
}
