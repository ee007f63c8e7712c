package io.github.docslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.rules.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The checkstyle and JUnit reports, parsed back with the JDK and compared with the findings. */
class XmlReportsTest {
    @TempDir
    Path dir;

    static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every file of the sample, as the console names it, in the console's order. */
    private List<String> fileNames() {
        Path base = SampleFindings.base(dir);
        return List.of(SampleFindings.outside(dir).toString(), "docs/a b.rst", "docs/clean.rst", "docs/ünï#%:x.rst")
                .stream()
                .sorted((a, b) -> absolute(base, a).compareTo(absolute(base, b)))
                .toList();
    }

    private static String absolute(Path base, String name) {
        return Path.of(name).isAbsolute() ? name : base.resolve(name).toString();
    }

    private List<Finding> findingsOf(String fileName) {
        Path base = SampleFindings.base(dir);
        return SampleFindings.findings(dir).stream()
                .filter(f -> ConsoleReport.relative(base, f.file()).equals(fileName))
                .toList();
    }

    @Test
    void checkstyleHasEveryFileAndOneErrorPerFinding() throws Exception {
        Path base = SampleFindings.base(dir);
        Path file = base.resolve("target/docslint/checkstyle-result.xml");
        CheckstyleReport.write(file, SampleFindings.findings(dir), SampleFindings.checkedFiles(dir), base, "1.2.3");
        Element root = parse(file).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("checkstyle");
        assertThat(root.getAttribute("version")).isEqualTo("1.2.3");
        List<Element> files = children(root, "file");
        assertThat(files).extracting(e -> e.getAttribute("name")).containsExactlyElementsOf(fileNames());
        List<Finding> seen = new ArrayList<>();
        for (Element fileElement : files) {
            List<Finding> expected = findingsOf(fileElement.getAttribute("name"));
            List<Element> errors = children(fileElement, "error");
            assertThat(errors).hasSize(expected.size());
            for (int i = 0; i < errors.size(); i++) {
                Element e = errors.get(i);
                Finding f = expected.get(i);
                assertThat(e.getAttribute("line"))
                        .isEqualTo(String.valueOf(f.position().line()));
                assertThat(e.getAttribute("column"))
                        .isEqualTo(String.valueOf(f.position().column()));
                assertThat(e.getAttribute("severity")).isEqualTo(f.severity().label());
                assertThat(e.getAttribute("message")).isEqualTo(XmlReport.storable(f.message()));
                assertThat(e.getAttribute("source")).isEqualTo("docslint." + f.rule());
                seen.add(f);
            }
        }
        assertThat(seen).as("the console's order").containsExactlyElementsOf(SampleFindings.findings(dir));
    }

    @Test
    void junitHasATestCasePerFileThatFailsOncePerFinding() throws Exception {
        Path base = SampleFindings.base(dir);
        Path file = base.resolve("target/docslint/TEST-docslint.xml");
        JunitReport.write(file, SampleFindings.findings(dir), SampleFindings.checkedFiles(dir), base);
        Element suite = parse(file).getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("docslint");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        List<Element> cases = children(suite, "testcase");
        assertThat(cases).extracting(e -> e.getAttribute("name")).containsExactlyElementsOf(fileNames());
        for (Element testcase : cases) {
            assertThat(testcase.getAttribute("classname")).isEqualTo("docslint");
            List<Finding> expected = findingsOf(testcase.getAttribute("name"));
            List<Element> failures = children(testcase, "failure");
            assertThat(failures).hasSize(expected.size());
            for (int i = 0; i < failures.size(); i++) {
                String line = XmlReport.storable(ConsoleReport.line(expected.get(i), base));
                assertThat(failures.get(i).getAttribute("type"))
                        .isEqualTo(expected.get(i).rule());
                assertThat(failures.get(i).getAttribute("message")).isEqualTo(line);
                assertThat(failures.get(i).getTextContent()).isEqualTo(line);
            }
        }
        Element clean = cases.get(fileNames().indexOf("docs/clean.rst"));
        assertThat(clean.getChildNodes().getLength())
                .as("a file without findings passes")
                .isZero();
    }

    @Test
    void markupQuotesAndNonAsciiReadBackAsWritten() throws Exception {
        Path base = SampleFindings.base(dir);
        Path file = dir.resolve("checkstyle-result.xml");
        CheckstyleReport.write(file, SampleFindings.findings(dir), List.of(), base, "1");
        List<String> messages = new ArrayList<>();
        for (Element f : children(parse(file).getDocumentElement(), "file")) {
            for (Element e : children(f, "error")) {
                messages.add(e.getAttribute("message"));
            }
        }
        assertThat(messages).contains(SampleFindings.MARKUP, SampleFindings.UNICODE);
        assertThat(Files.readString(file)).contains("Überblick ☃").contains("&lt;img");
    }

    @Test
    void controlCharactersXmlCannotHoldBecomeEscapesAndLineBreaksSurvive() throws Exception {
        assertThat(XmlReport.storable(SampleFindings.CONTROL))
                .isEqualTo("bad\\u0001byte\ttab\nnew line\r\nand \\u001b escape");
        assertThat(XmlReport.storable("lone \ud800 surrogate, pair 😀")).isEqualTo("lone \\ud800 surrogate, pair 😀");
        Path base = SampleFindings.base(dir);
        Path file = dir.resolve("TEST-docslint.xml");
        JunitReport.write(file, SampleFindings.findings(dir), List.of(), base);
        String expected = XmlReport.storable(ConsoleReport.line(
                SampleFindings.findings(dir).stream()
                        .filter(f -> f.message().equals(SampleFindings.CONTROL))
                        .findFirst()
                        .orElseThrow(),
                base));
        List<String> messages = new ArrayList<>();
        for (Element c : children(parse(file).getDocumentElement(), "testcase")) {
            for (Element failure : children(c, "failure")) {
                messages.add(failure.getAttribute("message"));
            }
        }
        assertThat(messages).contains(expected);
    }

    @Test
    void noFindingsAndNoFilesIsAnEmptyButValidReport() throws Exception {
        Path file = dir.resolve("TEST-docslint.xml");
        JunitReport.write(file, List.of(), List.of(), dir);
        Element suite = parse(file).getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("0");
        assertThat(children(suite, "testcase")).isEmpty();
    }
}
