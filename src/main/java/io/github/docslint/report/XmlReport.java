package io.github.docslint.report;

import io.github.docslint.rules.Finding;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the XML reports share: a small element tree written in the layout of the JDK's serializer
 * (attributes in name order, two-space indent, markup characters escaped, and line breaks and tabs
 * in attributes too, so that they read back as written), text made storable in XML 1.0, and the
 * findings grouped by file. Not the JDK's DOM and serializer: loading them costs a fresh JVM (every
 * {@code mvn} run) a third of a second, more than writing the reports.
 */
final class XmlReport {
    /** The JDK's serializer ends lines, and writes a line break of text, as the platform does. */
    private static final String NEWLINE = System.lineSeparator();

    private XmlReport() {}

    /** An element: attributes (kept in name order, as the DOM does), then either child elements or text. */
    static final class Element {
        private final String name;
        private final Map<String, String> attributes = new TreeMap<>();
        private final List<Element> children = new ArrayList<>();
        private String text;

        Element(String name) {
            this.name = name;
        }

        /** Sets an attribute, its value made storable. */
        Element attribute(String attribute, Object value) {
            attributes.put(attribute, storable(String.valueOf(value)));
            return this;
        }

        /** Adds and returns a new child element. */
        Element child(String childName) {
            Element child = new Element(childName);
            children.add(child);
            return child;
        }

        /** Sets the text of an element without children, made storable. */
        void text(String value) {
            text = storable(value);
        }

        private void writeTo(Writer w, int depth) throws IOException {
            w.write('<');
            w.write(name);
            for (Map.Entry<String, String> a : attributes.entrySet()) {
                w.write(' ');
                w.write(a.getKey());
                w.write("=\"");
                escape(w, a.getValue(), true);
                w.write('"');
            }
            if (children.isEmpty() && (text == null || text.isEmpty())) {
                w.write("/>");
                return;
            }
            w.write('>');
            if (text != null) {
                escape(w, text, false);
            }
            for (Element child : children) {
                w.write(NEWLINE);
                indent(w, depth + 1);
                child.writeTo(w, depth + 1);
            }
            if (!children.isEmpty()) {
                w.write(NEWLINE);
                indent(w, depth);
            }
            w.write("</");
            w.write(name);
            w.write('>');
        }

        private static void indent(Writer w, int depth) throws IOException {
            for (int i = 0; i < depth; i++) {
                w.write("  ");
            }
        }
    }

    static void write(Path file, Element root) throws IOException {
        AtomicFile.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            root.writeTo(w, 0);
            w.write(NEWLINE);
            w.flush();
        });
    }

    /**
     * Escapes as the JDK's serializer does: markup characters, in attributes also line breaks and
     * tabs, in text DEL and the C1 controls, and a character beyond the BMP as a character reference.
     */
    private static void escape(Writer w, String s, boolean attribute) throws IOException {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair =
                    Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            String entity = entity(c, attribute);
            if (entity == null && (pair || (!attribute && c >= 0x7F && c <= 0x9F))) {
                entity = "&#" + s.codePointAt(i) + ";";
            }
            if (entity != null) {
                w.write(s, from, i - from);
                w.write(entity);
                i += pair ? 1 : 0;
                from = i + 1;
            }
        }
        w.write(s, from, s.length() - from);
    }

    private static String entity(char c, boolean attribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\n' -> attribute ? "&#10;" : NEWLINE;
            case '\r' -> "&#13;";
            case '\t' -> attribute ? "&#9;" : null;
            default -> null;
        };
    }

    /**
     * XML 1.0 cannot hold most control characters nor a lone surrogate, not even as character
     * references: each becomes its Java escape (a backslash, 'u' and four hex digits) so that the file stays well-formed
     * and the reader still sees what was there.
     */
    static String storable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp == '\t'
                    || cp == '\n'
                    || cp == '\r'
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || cp >= 0x10000) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(String.format("\\u%04x", cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * The findings of each file, files in the console's order (by path), every checked file
     * included, with or without findings.
     */
    static Map<Path, List<Finding>> byFile(List<Finding> findings, List<Path> checkedFiles) {
        Map<String, Path> files = new TreeMap<>();
        Map<String, List<Finding>> found = new HashMap<>();
        for (Path file : checkedFiles) {
            files.putIfAbsent(file.toString(), file);
        }
        for (Finding f : findings) {
            String name = f.file().toString();
            files.putIfAbsent(name, f.file());
            found.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
        }
        Map<Path, List<Finding>> groups = new LinkedHashMap<>();
        files.forEach((name, file) -> groups.put(file, found.getOrDefault(name, List.of())));
        return groups;
    }
}
