package io.github.docslint.rst;

import java.util.List;

/**
 * Test helpers: scan a text and render what the scanner found as short strings ({@code "line:col
 * what"}) so that a test can state every position it expects in one assertion.
 */
final class Rst {
    private Rst() {}

    static RstDocument scan(String text) {
        return new RstScanner().scan(SourceText.of(text));
    }

    /**
     * {@code "line:col name"} for each field, with {@code " top"} for the top field list that Sphinx
     * reads when it builds the file as a page in a tree whose conf.py sets {@code rst_prolog}.
     */
    static List<String> fieldsWithProlog(RstDocument doc) {
        List<Field> top = doc.pageTopFields(true);
        return doc.fields().stream()
                .map(f -> f.position() + " " + f.name() + (top.contains(f) ? " top" : ""))
                .toList();
    }

    /** The lines joined with {@code \n}, with a final line break. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** {@code "line:col uri"} for each link, in document order. */
    static List<String> links(RstDocument doc) {
        return doc.links().stream().map(l -> l.position() + " " + l.uri()).toList();
    }

    /** {@code "line:col KIND uri"} for each link, in document order. */
    static List<String> linksWithKind(RstDocument doc) {
        return doc.links().stream()
                .map(l -> l.position() + " " + l.kind() + " " + l.uri())
                .toList();
    }

    /** {@code "line:col uri alt=..."} for each image; alt is {@code null} when there is none. */
    static List<String> images(RstDocument doc) {
        return doc.images().stream()
                .map(i -> i.position() + " " + i.uri() + " alt=" + i.alt())
                .toList();
    }

    /** {@code "line:col name"} for each directive. */
    static List<String> directives(RstDocument doc) {
        return doc.directives().stream().map(d -> d.position() + " " + d.name()).toList();
    }

    /** {@code "line:col name"} for each field, with {@code " top"} for the top field list. */
    static List<String> fields(RstDocument doc) {
        return doc.fields().stream()
                .map(f -> f.position() + " " + f.name() + (f.top() ? " top" : ""))
                .toList();
    }
}
