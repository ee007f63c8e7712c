package io.github.docslint.report;

import io.github.docslint.rules.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
        XmlReport.Element suite = new XmlReport.Element("testsuite")
                .attribute("name", SUITE)
                .attribute("tests", groups.size())
                .attribute(
                        "failures",
                        groups.values().stream().filter(g -> !g.isEmpty()).count())
                .attribute("errors", 0)
                .attribute("skipped", 0);
        for (Map.Entry<Path, List<Finding>> group : groups.entrySet()) {
            XmlReport.Element testcase = suite.child("testcase")
                    .attribute("classname", SUITE)
                    .attribute("name", ConsoleReport.relative(base, group.getKey()));
            for (Finding f : group.getValue()) {
                String line = ConsoleReport.line(f, base);
                testcase.child("failure")
                        .attribute("type", f.rule())
                        .attribute("message", line)
                        .text(line);
            }
        }
        XmlReport.write(file, suite);
    }
}
