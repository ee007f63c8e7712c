package io.github.docslint.report;

import io.github.docslint.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the XML reports share: a DOM document written by the JDK's serializer (which escapes
 * markup characters, and line breaks and tabs in attributes, so that they read back as written),
 * text made storable in XML 1.0, and the findings grouped by file.
 */
final class XmlReport {
    private XmlReport() {}

    static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }

    static void write(Path file, Document doc) throws IOException {
        AtomicFile.write(file, out -> {
            // the declaration is written here: the JDK's serializer puts the root element on its line
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
            try {
                Transformer t = TransformerFactory.newInstance().newTransformer();
                t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
                t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
                t.setOutputProperty(OutputKeys.INDENT, "yes");
                t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
                t.transform(new DOMSource(doc), new StreamResult(out));
            } catch (TransformerException e) {
                throw new IOException("cannot write XML: " + e.getMessage(), e);
            }
        });
    }

    /** Sets an attribute, its value made storable. */
    static void attribute(Element element, String name, Object value) {
        element.setAttribute(name, storable(String.valueOf(value)));
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
