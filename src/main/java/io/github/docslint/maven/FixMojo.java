package io.github.docslint.maven;

import io.github.docslint.fix.FileFix;
import io.github.docslint.fix.FixPlan;
import io.github.docslint.fix.Fixer;
import io.github.docslint.site.SourceRoots;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fixes include-only pages in the sources: adds the missing {@code :nosearch:} field to their top field
 * list (rule nosearch-missing), and {@code :start-after:} to includes that would print an included
 * page's field list as text (rule include-shows-metadata). Nothing else is changed; each file keeps its
 * encoding, BOM and line endings and is replaced atomically. Not bound to a phase: run
 * {@code mvn docslint:fix}.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractLintMojo {

    /** Print a unified diff of each change instead of writing it. */
    @Parameter(property = "docslint.fix.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    protected void run() throws MojoExecutionException {
        FixPlan plan;
        try {
            plan = Fixer.plan(request());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("docslint: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("docslint: cannot read the documentation tree: " + e.getMessage(), e);
        }
        Path base = basedir.toPath().toAbsolutePath().normalize();
        for (String note : plan.notes()) {
            getLog().warn(note);
        }
        for (FileFix fix : plan.fixes()) {
            String name = SourceRoots.relativePath(base, fix.file());
            if (dryRun) {
                getLog().info("docslint: would change " + name + ":\n" + fix.diff(name));
                continue;
            }
            try {
                fix.write();
            } catch (IOException e) {
                throw new MojoExecutionException(
                        "docslint: cannot write " + fix.file() + ": " + e.getMessage()
                                + "; check that the file and its folder are writable",
                        e);
            }
            getLog().info("docslint: " + name + ": added " + String.join(", ", fix.added()));
        }
        int n = plan.fixes().size();
        if (n == 0) {
            getLog().info("docslint: nothing to fix in " + plan.filesScanned() + " files");
        } else {
            getLog().info("docslint: " + (dryRun ? "dry run, would change " : "changed ") + n + " file"
                    + (n == 1 ? "" : "s") + (dryRun ? " (docslint.fix.dryRun)" : ""));
        }
    }
}
