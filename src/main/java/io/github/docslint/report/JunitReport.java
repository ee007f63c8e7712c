package io.github.docslint.report;

import io.github.docslint.rules.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code TEST-docslint.xml}: the check as a JUnit test report, for CI systems that show test results
 * (GitLab, Jenkins, Azure). One test suite; each checked file is a test case, named by its path
 * relative to the project base, that passes when the file has no finding and otherwise holds one
 * {@code <failure>} per finding (its type the rule id, its message the console line).
 */
public final class JunitReport {
    static final String SUITE = "docslint";

    private JunitReport() {}

    public static void write(Path file, List<Finding> findings, List<Path> checkedFiles, Path base) throws IOException {
        Map<Path, List<Finding>> groups = XmlReport.byFile(findings, checkedFiles);
        Document doc = XmlReport.newDocument();
        Element suite = doc.createElement("testsuite");
        XmlReport.attribute(suite, "name", SUITE);
        XmlReport.attribute(suite, "tests", groups.size());
        XmlReport.attribute(
                suite,
                "failures",
                groups.values().stream().filter(g -> !g.isEmpty()).count());
        XmlReport.attribute(suite, "errors", 0);
        XmlReport.attribute(suite, "skipped", 0);
        doc.appendChild(suite);
        for (Map.Entry<Path, List<Finding>> group : groups.entrySet()) {
            Element testcase = doc.createElement("testcase");
            XmlReport.attribute(testcase, "classname", SUITE);
            XmlReport.attribute(testcase, "name", ConsoleReport.relative(base, group.getKey()));
            suite.appendChild(testcase);
            for (Finding f : group.getValue()) {
                String line = ConsoleReport.line(f, base);
                Element failure = doc.createElement("failure");
                XmlReport.attribute(failure, "type", f.rule());
                XmlReport.attribute(failure, "message", line);
                failure.setTextContent(XmlReport.storable(line));
                testcase.appendChild(failure);
            }
        }
        XmlReport.write(file, doc);
    }
}
