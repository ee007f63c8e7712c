package io.github.docslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.rst.Position;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The XML reports are written byte for byte as the JDK's DOM and serializer wrote them before
 * (attribute order, indentation, escapes), which this test still uses as the oracle: on the sample
 * findings and on a message holding every UTF-16 code unit.
 */
class XmlLayoutTest {
    @TempDir
    Path dir;

    /** Every char from U+0000 to U+FFFF, then a surrogate pair. */
    private static String everyChar() {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            sb.append((char) c);
        }
        return sb.append("😀").toString();
    }

    private List<Finding> findings() {
        List<Finding> all = new ArrayList<>(SampleFindings.findings(dir));
        all.add(new Finding(
                "image-alt-length", Severity.WARNING, SampleFindings.clean(dir), new Position(9, 2), everyChar()));
        return all;
    }

    private List<Path> files() {
        return SampleFindings.checkedFiles(dir);
    }

    @Test
    void checkstyleAsTheJdkSerializerWroteIt() throws Exception {
        Path base = SampleFindings.base(dir);
        Path file = dir.resolve("checkstyle-result.xml");
        CheckstyleReport.write(file, findings(), files(), base, "1.2.3");
        Document doc = newDocument();
        Element root = doc.createElement("checkstyle");
        root.setAttribute("version", "1.2.3");
        doc.appendChild(root);
        for (Map.Entry<Path, List<Finding>> group :
                XmlReport.byFile(findings(), files()).entrySet()) {
            Element f = doc.createElement("file");
            f.setAttribute("name", XmlReport.storable(ConsoleReport.relative(base, group.getKey())));
            root.appendChild(f);
            for (Finding finding : group.getValue()) {
                Element e = doc.createElement("error");
                e.setAttribute("line", String.valueOf(finding.position().line()));
                e.setAttribute("column", String.valueOf(finding.position().column()));
                e.setAttribute("severity", finding.severity().label());
                e.setAttribute("message", XmlReport.storable(finding.message()));
                e.setAttribute("source", "docslint." + finding.rule());
                f.appendChild(e);
            }
        }
        assertSameText(Files.readString(file, StandardCharsets.UTF_8), serialized(doc));
    }

    @Test
    void junitAsTheJdkSerializerWroteIt() throws Exception {
        Path base = SampleFindings.base(dir);
        Path file = dir.resolve("TEST-docslint.xml");
        JunitReport.write(file, findings(), files(), base);
        Map<Path, List<Finding>> groups = XmlReport.byFile(findings(), files());
        Document doc = newDocument();
        Element suite = doc.createElement("testsuite");
        suite.setAttribute("name", "docslint");
        suite.setAttribute("tests", String.valueOf(groups.size()));
        suite.setAttribute(
                "failures",
                String.valueOf(
                        groups.values().stream().filter(g -> !g.isEmpty()).count()));
        suite.setAttribute("errors", "0");
        suite.setAttribute("skipped", "0");
        doc.appendChild(suite);
        for (Map.Entry<Path, List<Finding>> group : groups.entrySet()) {
            Element testcase = doc.createElement("testcase");
            testcase.setAttribute("classname", "docslint");
            testcase.setAttribute("name", XmlReport.storable(ConsoleReport.relative(base, group.getKey())));
            suite.appendChild(testcase);
            for (Finding f : group.getValue()) {
                String line = XmlReport.storable(ConsoleReport.line(f, base));
                Element failure = doc.createElement("failure");
                failure.setAttribute("type", f.rule());
                failure.setAttribute("message", line);
                failure.setTextContent(line);
                testcase.appendChild(failure);
            }
        }
        assertSameText(Files.readString(file, StandardCharsets.UTF_8), serialized(doc));
    }

    @Test
    void anEmptySuiteAsTheJdkSerializerWroteIt() throws Exception {
        Path file = dir.resolve("TEST-docslint.xml");
        JunitReport.write(file, List.of(), List.of(), dir);
        Document doc = newDocument();
        Element suite = doc.createElement("testsuite");
        for (String a : List.of("name", "tests", "failures", "errors", "skipped")) {
            suite.setAttribute(a, a.equals("name") ? "docslint" : "0");
        }
        doc.appendChild(suite);
        assertSameText(Files.readString(file, StandardCharsets.UTF_8), serialized(doc));
    }

    /** Equal texts; otherwise shows where they first differ (the whole texts are too long to print). */
    static void assertSameText(String actual, String expected) {
        int i = 0;
        while (i < actual.length() && i < expected.length() && actual.charAt(i) == expected.charAt(i)) {
            i++;
        }
        assertThat(excerpt(actual, i)).as("first difference at char %d", i).isEqualTo(excerpt(expected, i));
        assertThat(actual.length()).isEqualTo(expected.length());
    }

    private static String excerpt(String s, int at) {
        return s.substring(Math.max(0, at - 30), Math.min(s.length(), at + 30));
    }

    private static Document newDocument() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    }

    /** How the reports were written with the JDK's serializer. */
    private static String serialized(Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
        Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        t.setOutputProperty(OutputKeys.INDENT, "yes");
        t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toString(StandardCharsets.UTF_8);
    }
}
