package io.github.docslint.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/**
 * changedSince's configuration error: a ref that names no commit (or, in a copy of this project
 * without git, no repository at all) fails with the parameter and the ref named. Its effect is
 * tested on repositories the tests make: GitChangesTest, LinterChangedFilesTest and the changed-since
 * IT.
 */
@MojoTest
class ChangedSinceMojoTest {

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "changedSince", value = "refs/heads/docslint-no-such-branch")
    void aRefThatNamesNoCommitIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("docslint.changedSince: ")
                .hasMessageContaining("'refs/heads/docslint-no-such-branch'");
    }
}
