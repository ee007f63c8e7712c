package io.github.docslint.report;

import io.github.docslint.rules.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code checkstyle-result.xml}: the findings in Checkstyle's XML format, which most CI dashboards
 * and code review tools read. One {@code <file>} per checked file (path relative to the project
 * base), one {@code <error>} per finding, its {@code source} {@code docslint.<rule>}.
 */
public final class CheckstyleReport {
    private CheckstyleReport() {}

    public static void write(Path file, List<Finding> findings, List<Path> checkedFiles, Path base, String toolVersion)
            throws IOException {
        Document doc = XmlReport.newDocument();
        Element root = doc.createElement("checkstyle");
        XmlReport.attribute(root, "version", toolVersion);
        doc.appendChild(root);
        for (Map.Entry<Path, List<Finding>> group :
                XmlReport.byFile(findings, checkedFiles).entrySet()) {
            Element fileElement = doc.createElement("file");
            XmlReport.attribute(fileElement, "name", ConsoleReport.relative(base, group.getKey()));
            root.appendChild(fileElement);
            for (Finding f : group.getValue()) {
                Element error = doc.createElement("error");
                XmlReport.attribute(error, "line", f.position().line());
                XmlReport.attribute(error, "column", f.position().column());
                XmlReport.attribute(error, "severity", f.severity().label());
                XmlReport.attribute(error, "message", f.message());
                XmlReport.attribute(error, "source", "docslint." + f.rule());
                fileElement.appendChild(error);
            }
        }
        XmlReport.write(file, doc);
    }
}
