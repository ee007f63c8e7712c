package io.github.docslint.report;

import io.github.docslint.LintResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes the chosen report files of a result into one folder. */
public final class ReportFiles {
    private ReportFiles() {}

    /**
     * @return the files written, in format order
     * @throws IOException naming the file that could not be written
     */
    public static List<Path> write(
            Path dir, Set<ReportFormat> formats, LintResult result, Path base, String toolVersion) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path file = dir.resolve(format.fileName());
            try {
                switch (format) {
                    case SARIF -> SarifReport.write(file, result.findings(), base, toolVersion);
                    case CHECKSTYLE ->
                        CheckstyleReport.write(file, result.findings(), result.files(), base, toolVersion);
                    case JUNIT -> JunitReport.write(file, result.findings(), result.files(), base);
                    case JSONL -> LinksJsonl.write(file, result.links(), base);
                }
            } catch (IOException e) {
                throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            written.add(file);
        }
        return written;
    }
}
