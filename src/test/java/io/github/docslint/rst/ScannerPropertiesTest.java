package io.github.docslint.rst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.docslint.LintRequest;
import io.github.docslint.LintResult;
import io.github.docslint.Linter;
import io.github.docslint.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the scanner and the whole check on generated rst-like input: the documents of
 * {@link RstGenerator} cut and spliced with lines of every construct, odd indentation, tabs, every
 * line break Python splits on, unicode and random noise. Tries are few: the suite stays fast.
 */
class ScannerPropertiesTest {
    /** A hang guard, far above what one scan takes: it catches a loop that never ends, measures nothing. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private static final String[] FRAGMENTS = {
        ".. image:: pic.png",
        "   :alt: A picture",
        "   :target: https://t.example/",
        "   :width: 10",
        ":alt:",
        ".. figure:: f.png",
        ".. include:: part.rst",
        "   :start-after: :nosearch:",
        "   :end-before: end",
        ".. include:: <isonum.txt>",
        ".. include:: ../../outside.rst",
        ".. literalinclude:: code.py",
        ":nosearch:",
        ":orphan:",
        ":field: value",
        ":a\\:b: c",
        "+---+---+",
        "| a | b |",
        "+===+===+",
        "=== ===",
        "a   b",
        "--- ---",
        "::",
        "Text::",
        ">>> x",
        ".. code-block:: python",
        ".. raw:: html",
        "   <img src=\"x.png\"><a href=\"https://r.example/\">r</a>",
        ".. _name: https://n.example/",
        "__ https://a.example/",
        ".. __: https://b.example/",
        "name_ `phrase <https://p.example/>`_ anon__ |sub|_",
        ".. |sub| image:: s.png",
        ".. [1] note",
        "[1]_ *em* **strong** ``lit`` `interp`",
        ".. note::",
        ".. toctree::",
        "   :glob:",
        "   *",
        ".. list-table::",
        "   * - a",
        "     - b",
        ".. csv-table::",
        "   a, \"b, https://c.example/\"",
        "- item",
        "#. auto",
        "1) one",
        "A. letter",
        "| line",
        "-- attribution",
        "Title",
        "=====",
        "-----",
        "..",
        ".. comment",
        "\u00e9t\u00e9 \u4e2d\u6587 \ud83d\ude00 https://u.example/\u00e9",
        "\u00a0indented",
        "\t\ttabbed",
        "\u2028",
        "https://x.example/(a)b), <https://y.example/>"
    };

    private static final String[] BREAKS = {"\n", "\n", "\n", "\r\n", "\r", "\u2029", "\u0085"};

    @Provide
    Arbitrary<String> rstLike() {
        Arbitrary<String> generated = Arbitraries.longs().map(seed -> new RstGenerator(new Random(seed)).document());
        Arbitrary<String> noise = Arbitraries.strings()
                .withChars(" \t`*_|:<>[]()\\-=+.#@/\"'")
                .withCharRange('a', 'e')
                .withChars('\u00e9', '\u200b', '\u3000', '\ufeff', '\0')
                .ofMaxLength(30);
        Arbitrary<String> line = Combinators.combine(
                        Arbitraries.of("", "", "", " ", "  ", "   ", "\t", "      ", " \t "),
                        Arbitraries.frequencyOf(
                                Tuple.of(6, Arbitraries.of(FRAGMENTS)),
                                Tuple.of(3, noise),
                                Tuple.of(1, Arbitraries.just(""))))
                .as((indent, text) -> indent + text);
        Arbitrary<List<String>> lines = line.list().ofMaxSize(30);
        return Combinators.combine(generated, lines, Arbitraries.integers().between(0, 1000), Arbitraries.of(BREAKS))
                .as(ScannerPropertiesTest::splice);
    }

    /** The generated document with the lines put in at a place, every line break replaced by {@code lineBreak}. */
    private static String splice(String document, List<String> lines, int where, String lineBreak) {
        List<String> all = new ArrayList<>(List.of(document.split("\n", -1)));
        int at = Math.min(where, all.size());
        all.addAll(at, lines);
        return String.join(lineBreak, all);
    }

    @Property(tries = 300)
    void scanNeverThrowsEndsAndReportsPositionsInsideTheFile(@ForAll("rstLike") String text) {
        RstDocument doc = assertTimeoutPreemptively(HANG_GUARD, () -> Rst.scan(text));

        List<String> raw = rawLines(text);
        assertThat(doc.lineCount()).isEqualTo(raw.size());
        positions(doc).forEach(p -> assertInside(p, raw));
    }

    @Property(tries = 25)
    void blankLinesAtTheTopShiftEveryFindingAndLink(
            @ForAll("rstLike") String text, @ForAll @IntRange(min = 1, max = 5) int blank) throws IOException {
        Path dir = Files.createTempDirectory("docslint-property");
        try {
            List<String> plain = check(dir.resolve("plain"), text, 0);
            List<String> shifted = check(dir.resolve("shifted"), "\n".repeat(blank) + text, blank);
            assertThat(shifted).containsExactlyInAnyOrderElementsOf(plain);
            assertThat(plain).allSatisfy(at -> assertInside(at, rawLines(text)));
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Runs the check on a tree where {@code index.rst} includes {@code page.rst} (the text), and
     * returns where the findings and links in page.rst are, moved up by {@code shift} lines. The one
     * exception is nosearch-missing, which points at line 1 (where the field belongs) whatever the
     * file holds: it stays at 1:1.
     */
    private static List<String> check(Path root, String text, int shift) throws IOException {
        Tree.at(root)
                .conf("")
                .file("index.rst", "Index\n=====\n\n.. include:: page.rst\n")
                .file("page.rst", text);
        LintResult result = assertTimeoutPreemptively(HANG_GUARD, () -> Linter.run(LintRequest.of(root)));
        Path page = root.resolve("page.rst");
        List<String> out = new ArrayList<>();
        result.findings().stream()
                .filter(f -> f.file().equals(page))
                .forEach(f -> out.add(f.rule() + " "
                        + (f.rule().equals("nosearch-missing")
                                ? f.position()
                                : new Position(
                                        f.position().line() - shift,
                                        f.position().column()))));
        result.links().stream()
                .filter(l -> l.file().equals(page))
                .forEach(l -> out.add("link "
                        + new Position(l.position().line() - shift, l.position().column())));
        assertThat(result.findings()).noneMatch(f -> f.rule().equals("file-unreadable"));
        return out;
    }

    private static void assertInside(Position p, List<String> raw) {
        assertThat(p.line()).as("line of %s", p).isBetween(1, raw.size());
        assertThat(p.column())
                .as("column of %s", p)
                .isBetween(1, raw.get(p.line() - 1).length() + 1);
    }

    private static void assertInside(String finding, List<String> raw) {
        String at = finding.substring(finding.lastIndexOf(' ') + 1);
        int colon = at.indexOf(':');
        assertInside(
                new Position(Integer.parseInt(at.substring(0, colon)), Integer.parseInt(at.substring(colon + 1))), raw);
    }

    /** Every position the scan reports: what findings and links are made of. */
    private static Stream<Position> positions(RstDocument doc) {
        return Stream.of(
                        doc.links().stream().map(Link::position),
                        doc.rawHtmlLinks().stream().map(Link::position),
                        doc.images().stream().map(Image::position),
                        doc.includes().stream().map(Include::position),
                        doc.directives().stream().map(Directive::position),
                        doc.fields().stream().map(Field::position),
                        doc.comments().stream().map(Comment::position),
                        doc.targets().stream().map(HyperlinkTarget::position),
                        doc.references().stream().map(Reference::position),
                        doc.toctrees().stream().map(Toctree::position),
                        doc.literalBlocks().stream().map(LiteralBlock::start),
                        doc.anonymousReferences().stream())
                .flatMap(s -> s);
    }

    /** The lines as written, split where Python's {@code str.splitlines()} splits (as {@link SourceText}). */
    private static List<String> rawLines(String text) {
        String t = text.startsWith("\ufeff") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("\n\r\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(c) >= 0) {
                lines.add(t.substring(start, i));
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < t.length()) {
            lines.add(t.substring(start));
        }
        return lines;
    }
}
