package io.github.docslint.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline goal and check's use of the baseline file, on the "broken" test project (two errors
 * and a warning); the baseline file is put in a temporary folder, never in the test project.
 */
@MojoTest
class BaselineMojoTest {
    @TempDir
    Path tmp;

    private File baselineIn(AbstractLintMojo mojo, String name) throws IllegalAccessException {
        File file = tmp.resolve(name).toFile();
        setVariableValueToObject(mojo, "baseline", file);
        return file;
    }

    @Test
    @Basedir("/unit/broken")
    void checkReportsNothingThatTheBaselineListsAndFailsOnNothingElse(
            @InjectMojo(goal = "baseline", pom = "pom.xml") BaselineMojo baseline,
            @InjectMojo(goal = "check", pom = "pom.xml") CheckMojo check)
            throws Exception {
        File file = baselineIn(baseline, "docslint-baseline.json");
        RecordingLog written = new RecordingLog();
        baseline.setLog(written);
        baseline.execute();
        assertThat(written.lines())
                .containsExactly(
                        "INFO docslint: wrote 3 findings to " + file.toPath().toAbsolutePath() + ": 2 errors,"
                                + " 1 warning in 3 files (image-alt-missing: 2, image-alt-placeholder: 1)");
        assertThat(Files.readString(file.toPath())).contains("\"file\": \"source/index.rst\"");

        setVariableValueToObject(check, "baseline", file);
        RecordingLog log = new RecordingLog();
        check.setLog(log);
        check.execute();
        assertThat(log.lines())
                .containsExactly(
                        "INFO docslint: 3 findings listed in docslint-baseline.json not reported",
                        "INFO docslint: no findings in 3 files");
    }

    @Test
    @Basedir("/unit/broken")
    void baselinedFindingsThatAreGoneAreCountedWithTheWayToShrinkTheFile(
            @InjectMojo(goal = "check", pom = "pom.xml") CheckMojo check) throws Exception {
        File file = baselineIn(check, "old-baseline.json");
        Files.writeString(
                file.toPath(),
                "{\"format\": \"docslint-baseline\", \"version\": 1, \"findings\": [\n"
                        + "{\"file\": \"source/gone.rst\", \"rule\": \"image-alt-missing\", \"fingerprint\": \"00\"},\n"
                        + "{\"file\": \"source/gone.rst\", \"rule\": \"image-alt-missing\", \"fingerprint\": \"00\"}]}\n");
        RecordingLog log = new RecordingLog();
        check.setLog(log);
        assertThatThrownBy(check::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines())
                .contains("INFO docslint: 2 baselined findings are fixed: run `mvn docslint:baseline` to shrink"
                        + " old-baseline.json")
                .anyMatch(l -> l.endsWith("[image-alt-placeholder]"));
    }

    @Test
    @Basedir("/unit/broken")
    void anExplicitBaselineThatDoesNotExistIsAnError(@InjectMojo(goal = "check", pom = "pom.xml") CheckMojo check)
            throws Exception {
        File file = baselineIn(check, "missing.json");
        assertThatThrownBy(check::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("docslint.baseline: " + file.toPath().toAbsolutePath()
                        + " does not exist: write it with `mvn docslint:baseline`, or leave docslint.baseline unset");
    }

    @Test
    @Basedir("/unit/broken")
    void aDamagedBaselineIsAnErrorNamingTheFile(@InjectMojo(goal = "check", pom = "pom.xml") CheckMojo check)
            throws Exception {
        File file = baselineIn(check, "damaged.json");
        Files.writeString(file.toPath(), "{\"format\": \"docslint-baseline\", \"version\": 1, \"findings\": [}");
        assertThatThrownBy(check::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("docslint.baseline: the baseline " + file.toPath() + " is not valid JSON");
    }

    @Test
    @Basedir("/unit/broken")
    void theDefaultBaselineFileIsOptional(@InjectMojo(goal = "check", pom = "pom.xml") CheckMojo check) {
        assertThat(check.baselineFile().getFileName()).hasToString("docslint-baseline.json");
        assertThat(check.baselineFile()).doesNotExist();
        assertThatThrownBy(check::execute).isInstanceOf(MojoFailureException.class);
    }

    @Test
    @Basedir("/unit/broken")
    void theBaselineGoalRefusesAChangeLimitedRun(@InjectMojo(goal = "baseline", pom = "pom.xml") BaselineMojo mojo)
            throws Exception {
        File file = baselineIn(mojo, "never.json");
        setVariableValueToObject(mojo, "changedSince", "origin/main");
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("docslint.changedSince: the baseline lists the findings of every file");
        assertThat(file).doesNotExist();
        assertThat(List.of(tmp.toFile().list())).isEmpty();
    }
}
