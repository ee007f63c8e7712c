package io.github.docslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.rst.Position;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubAnnotationsTest {
    @TempDir
    Path dir;

    private List<String> printed(List<Finding> findings, Path base, Map<String, String> env) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GithubAnnotations.print(findings, base, env::get, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void onlyUnderGithubActions() {
        assertThat(GithubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "true")::get))
                .isTrue();
        assertThat(GithubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "false")::get))
                .isFalse();
        assertThat(GithubAnnotations.enabled(Map.<String, String>of()::get)).isFalse();
    }

    @Test
    void oneCommandPerFindingErrorsAndWarningsInTheConsoleOrder() {
        Path base = SampleFindings.base(dir);
        assertThat(printed(SampleFindings.findings(dir), base, Map.of()))
                .containsExactly(
                        "::error file=docs/a b.rst,line=3,col=5,title=[image-alt-missing]::" + SampleFindings.MARKUP,
                        "::warning file=docs/a b.rst,line=7,col=1,title=[image-alt-placeholder]::alt text"
                                + " 'Überblick ☃ 😀' is a placeholder, ça va: 100%25",
                        "::error file=docs/ünï#%25%3Ax.rst,line=1,col=1,title=[include-missing]::"
                                + "bad\u0001byte\ttab%0Anew line%0D%0Aand \u001b escape",
                        "::error file=" + SampleFindings.outside(dir).toString().replace(":", "%3A")
                                + ",line=2,col=3,title=[include-outside-root]::outside the base");
    }

    @Test
    void propertiesEscapeColonsAndCommasTheMessageOnlyPercentAndLineBreaks() {
        assertThat(GithubAnnotations.data("50%: a, b\r\nc")).isEqualTo("50%25: a, b%0D%0Ac");
        assertThat(GithubAnnotations.property("50%: a, b\r\nc")).isEqualTo("50%25%3A a%2C b%0D%0Ac");
        Finding f = new Finding("link-broken", Severity.ERROR, dir.resolve("a,b:c.rst"), new Position(1, 2), "x::y");
        assertThat(GithubAnnotations.command(f, dir))
                .isEqualTo("::error file=a%2Cb%3Ac.rst,line=1,col=2,title=[link-broken]::x::y");
    }

    @Test
    void pathsAreRelativeToTheWorkspaceWhenTheProjectIsInsideIt() {
        Path repo = dir.resolve("repo");
        Path module = repo.resolve("docs-module");
        Finding f = new Finding(
                "image-alt-missing", Severity.ERROR, module.resolve("source/index.rst"), new Position(4, 1), "m");
        assertThat(printed(List.of(f), module, Map.of("GITHUB_WORKSPACE", repo.toString())))
                .containsExactly("::error file=docs-module/source/index.rst,line=4,col=1,title=[image-alt-missing]::m");
        // a workspace that does not hold the project (a checkout elsewhere) is not used
        assertThat(printed(
                        List.of(f),
                        module,
                        Map.of("GITHUB_WORKSPACE", dir.resolve("other").toString())))
                .containsExactly("::error file=source/index.rst,line=4,col=1,title=[image-alt-missing]::m");
    }
}
