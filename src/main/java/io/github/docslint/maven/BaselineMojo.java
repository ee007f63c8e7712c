package io.github.docslint.maven;

import io.github.docslint.LintRequest;
import io.github.docslint.LintResult;
import io.github.docslint.baseline.Baseline;
import io.github.docslint.baseline.Fingerprints;
import io.github.docslint.report.ConsoleReport;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Runs the check and writes every current finding to the baseline file ({@code docslint.baseline},
 * by default {@code docslint-baseline.json} in the project folder), so that {@code check} then reports
 * only new findings. Commit the file; run this goal again to shrink it once findings are fixed.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractLintMojo {

    @Override
    protected void run() throws MojoExecutionException {
        if (changedSince != null && !changedSince.isBlank()) {
            throw new MojoExecutionException("docslint.changedSince: the baseline lists the findings of every file,"
                    + " so it cannot be written from a check of the changed files only: run docslint:baseline"
                    + " without docslint.changedSince");
        }
        LintRequest request = request();
        LintResult result = lint(request);
        for (String warning : result.warnings()) {
            getLog().warn("docslint: " + warning);
        }
        Path file = baselineFile();
        try {
            Baseline.of(result.findings(), new Fingerprints(request.baseDir(), request.encoding()))
                    .write(file);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "docslint.baseline: cannot write " + file + ": " + e.getMessage()
                            + "; point docslint.baseline at a writable file",
                    e);
        }
        getLog().info("docslint: wrote "
                + ConsoleReport.plural(result.findings().size(), "finding") + " to " + file
                + (result.findings().isEmpty() ? "" : ": " + ConsoleReport.summary(result)));
    }
}
