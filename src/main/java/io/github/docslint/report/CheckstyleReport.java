package io.github.docslint.report;

import io.github.docslint.rules.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code checkstyle-result.xml}: the findings in Checkstyle's XML format, which most CI dashboards
 * and code review tools read. One {@code <file>} per checked file (path relative to the project
 * base), one {@code <error>} per finding, its {@code source} {@code docslint.<rule>}.
 */
public final class CheckstyleReport {
    private CheckstyleReport() {}

    public static void write(Path file, List<Finding> findings, List<Path> checkedFiles, Path base, String toolVersion)
            throws IOException {
        XmlReport.Element root = new XmlReport.Element("checkstyle").attribute("version", toolVersion);
        for (Map.Entry<Path, List<Finding>> group :
                XmlReport.byFile(findings, checkedFiles).entrySet()) {
            XmlReport.Element fileElement =
                    root.child("file").attribute("name", ConsoleReport.relative(base, group.getKey()));
            for (Finding f : group.getValue()) {
                fileElement
                        .child("error")
                        .attribute("line", f.position().line())
                        .attribute("column", f.position().column())
                        .attribute("severity", f.severity().label())
                        .attribute("message", f.message())
                        .attribute("source", "docslint." + f.rule());
            }
        }
        XmlReport.write(file, root);
    }
}
