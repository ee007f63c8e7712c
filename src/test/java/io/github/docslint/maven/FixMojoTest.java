package io.github.docslint.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/**
 * The fix goal as Maven configures it. Writing is covered by the invoker IT fix-crlf-bom; here the
 * dry run, which must print the diff and leave the test project (src/test/resources/unit/fixable) as it is.
 */
@MojoTest
class FixMojoTest {

    @Test
    @Basedir("/unit/fixable")
    @InjectMojo(goal = "fix", pom = "pom.xml")
    @MojoParameter(name = "dryRun", value = "true")
    void dryRunPrintsADiffPerFileAndWritesNothing(FixMojo mojo) throws Exception {
        File base = (File) getVariableValueFromObject(mojo, "basedir");
        Path part = base.toPath().resolve("source/part.rst");
        byte[] before = Files.readAllBytes(part);
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertThat(log.at("INFO"))
                .containsExactly(
                        "docslint: would change source/index.rst:\n--- a/source/index.rst\n+++ b/source/index.rst\n"
                                + "@@ -2,3 +2,4 @@\n ====\n \n .. include:: part.rst\n+   :start-after: :nosearch:\n",
                        "docslint: would change source/part.rst:\n--- a/source/part.rst\n+++ b/source/part.rst\n"
                                + "@@ -1 +1,3 @@\n+:nosearch:\n+\n Part.\n",
                        "docslint: dry run, would change 2 files (docslint.fix.dryRun)");
        assertThat(Files.readAllBytes(part)).isEqualTo(before);
    }

    @Test
    @Basedir("/unit/fixable")
    @InjectMojo(goal = "fix", pom = "pom.xml")
    void dryRunIsOffByDefault(FixMojo mojo) throws Exception {
        assertThat((Boolean) getVariableValueFromObject(mojo, "dryRun")).isFalse();
    }
}
