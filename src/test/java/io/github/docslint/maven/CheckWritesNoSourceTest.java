package io.github.docslint.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * The check goal never writes under the project's sources: every file and folder outside the build
 * folder (target/, where the reports and the link cache go by default) has the same content after a
 * check as before it, whether the check passes or fails.
 */
@MojoTest
class CheckWritesNoSourceTest {
    @Inject
    private MavenSession session;

    /** Each path below {@code base} outside target/, with its content's hash ("dir" for a folder). */
    private static Map<String, String> snapshot(Path base) throws IOException, NoSuchAlgorithmException {
        Map<String, String> out = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path p :
                    walk.filter(p -> !base.relativize(p).startsWith("target")).toList()) {
                out.put(
                        base.relativize(p).toString(),
                        Files.isDirectory(p) ? "dir" : HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    private static Path checkAndCompare(CheckMojo mojo) throws Exception {
        Path base = ((File) getVariableValueFromObject(mojo, "basedir")).toPath();
        Map<String, String> before = snapshot(base);
        assertThat(before).containsKey("source/index.rst");
        mojo.setLog(new RecordingLog());
        try {
            mojo.execute();
        } catch (MojoFailureException e) {
            // findings fail the build; what matters here is what was written
        }
        assertThat(snapshot(base)).isEqualTo(before);
        return ((File) getVariableValueFromObject(mojo, "reportDir")).toPath();
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void failingCheckWritesOnlyItsReports(CheckMojo mojo) throws Exception {
        Path reports = checkAndCompare(mojo);
        assertThat(reports.resolve("links.jsonl")).exists();
        assertThat(reports.toString().replace(File.separatorChar, '/')).endsWith("/target/docslint");
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void checkWithLinksAndTheDefaultCacheWritesOnlyUnderTarget(CheckMojo mojo) throws Exception {
        when(session.isOffline()).thenReturn(true); // the links' host cannot exist: nothing is requested
        Path reports = checkAndCompare(mojo);
        assertThat(reports.resolve("links.jsonl")).exists();
        Path cache = ((File) getVariableValueFromObject(mojo, "linksCacheFile")).toPath();
        assertThat(cache.startsWith(reports.getParent()))
                .as("%s is under target/", cache)
                .isTrue();
    }
}
