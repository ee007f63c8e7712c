package io.github.docslint.maven;

import io.github.docslint.LinkOptions;
import io.github.docslint.LintRequest;
import io.github.docslint.LintResult;
import io.github.docslint.report.ConsoleReport;
import io.github.docslint.report.GithubAnnotations;
import io.github.docslint.report.ReportFiles;
import io.github.docslint.report.ReportFormat;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the reStructuredText sources of the project's Sphinx documentation: include-only pages and
 * their {@code :nosearch:} field, includes, images (alt text, missing files) and external links. Fails
 * the build when a rule at error severity is violated.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractLintMojo {

    /** Fail the build when a rule at error severity is violated; false only reports. */
    @Parameter(property = "docslint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * The report files written to {@code reportDir}: {@code sarif} (docslint.sarif), {@code checkstyle}
     * (checkstyle-result.xml), {@code junit} (TEST-docslint.xml), {@code jsonl} (links.jsonl); {@code none}
     * for none.
     */
    @Parameter(property = "docslint.formats", defaultValue = "sarif,checkstyle,junit,jsonl")
    List<String> formats;

    /** Where GitHub Actions workflow commands go: the process's own standard output, not Maven's log. */
    PrintStream stdout = System.out;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        LintRequest request = request();
        Set<ReportFormat> reportFormats;
        try {
            reportFormats = ReportFormat.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("docslint.formats: " + e.getMessage(), e);
        }
        LintResult result = withoutBaselined(lint(request), request);
        report(result, request.links());
        if (GithubAnnotations.enabled(environment)) {
            GithubAnnotations.print(result.findings(), basedir.toPath(), environment, stdout);
        }
        // written before a failure is thrown: CI reads them most when the build fails
        try {
            ReportFiles.write(reportDir.toPath(), reportFormats, result, basedir.toPath(), pluginVersion());
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "docslint: " + e.getMessage() + "; check that docslint.reportDir is a writable folder", e);
        }
        long errors = result.count(Severity.ERROR);
        if (errors > 0 && failOnViolation) {
            throw new MojoFailureException("docslint: " + errors + " error" + (errors == 1 ? "" : "s")
                    + " in the documentation (see above); set docslint.failOnViolation=false to only report");
        }
    }

    private String pluginVersion() {
        return plugin == null || plugin.getVersion() == null ? "unknown" : plugin.getVersion();
    }

    private void report(LintResult result, LinkOptions links) {
        Path base = basedir.toPath();
        for (String warning : result.warnings()) {
            getLog().warn("docslint: " + warning);
        }
        // -q (quiet) shows only error-level output; the findings are what the user asked for, so a
        // warning finding is then logged at error level, its text still saying "warning"
        boolean quiet = !getLog().isWarnEnabled();
        for (Finding f : result.findings()) {
            if (f.severity() == Severity.ERROR || quiet) {
                getLog().error(ConsoleReport.line(f, base));
            } else {
                getLog().warn(ConsoleReport.line(f, base));
            }
        }
        if (!result.links().isEmpty()) {
            getLog().info("docslint: " + ConsoleReport.linkSummary(result, links.uncheckedReason()));
        }
        String summary = "docslint: " + ConsoleReport.summary(result);
        if (result.findings().isEmpty()) {
            getLog().info(summary);
        } else {
            getLog().warn(summary);
        }
    }
}
