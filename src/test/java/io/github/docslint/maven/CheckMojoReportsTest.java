package io.github.docslint.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report files and GitHub annotations of the check goal, on the "broken" test project (two
 * errors, one warning in three files): which files docslint.formats chooses, that they are written
 * when the build then fails, and the workflow commands under GitHub Actions.
 */
@MojoTest
class CheckMojoReportsTest {
    /** The report folder, emptied: the test projects are shared by the tests. */
    private static Path reportDir(CheckMojo mojo) throws Exception {
        File dir = getVariableValueFromObject(mojo, "reportDir");
        if (dir.exists()) {
            try (Stream<Path> files = Files.walk(dir.toPath())) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return dir.toPath();
    }

    /** The report files in the folder (the link cache lives there too). */
    private static List<String> fileNames(Path dir) {
        return Stream.of("TEST-docslint.xml", "checkstyle-result.xml", "docslint.sarif", "links.jsonl")
                .filter(name -> Files.exists(dir.resolve(name)))
                .toList();
    }

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> attributes(Document doc, String tag, String attribute) {
        NodeList nodes = doc.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> ((Element) nodes.item(i)).getAttribute(attribute))
                .toList();
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void everyReportIsWrittenBeforeTheBuildFails(CheckMojo mojo) throws Exception {
        Path dir = reportDir(mojo);
        mojo.setLog(new RecordingLog());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(fileNames(dir))
                .containsExactly("TEST-docslint.xml", "checkstyle-result.xml", "docslint.sarif", "links.jsonl");

        JsonObject run = JsonParser.parseString(Files.readString(dir.resolve("docslint.sarif")))
                .getAsJsonObject()
                .getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject();
        JsonArray results = run.getAsJsonArray("results");
        assertThat(results)
                .extracting(r -> r.getAsJsonObject().get("ruleId").getAsString() + " "
                        + r.getAsJsonObject()
                                .getAsJsonArray("locations")
                                .get(0)
                                .getAsJsonObject()
                                .getAsJsonObject("physicalLocation")
                                .getAsJsonObject("artifactLocation")
                                .get("uri")
                                .getAsString())
                .containsExactly(
                        "image-alt-missing source/drafts/ideas.rst",
                        "image-alt-placeholder source/guide/setup.rst",
                        "image-alt-missing source/index.rst");
        Object plugin = getVariableValueFromObject(mojo, "plugin");
        if (plugin != null) {
            assertThat(run.getAsJsonObject("tool")
                            .getAsJsonObject("driver")
                            .get("version")
                            .getAsString())
                    .isEqualTo(((org.apache.maven.plugin.descriptor.PluginDescriptor) plugin).getVersion());
        }

        Document checkstyle = xml(dir.resolve("checkstyle-result.xml"));
        assertThat(attributes(checkstyle, "error", "source"))
                .containsExactly(
                        "docslint.image-alt-missing", "docslint.image-alt-placeholder", "docslint.image-alt-missing");
        assertThat(attributes(checkstyle, "file", "name"))
                .containsExactly("source/drafts/ideas.rst", "source/guide/setup.rst", "source/index.rst");

        Document junit = xml(dir.resolve("TEST-docslint.xml"));
        assertThat(attributes(junit, "testcase", "name"))
                .containsExactly("source/drafts/ideas.rst", "source/guide/setup.rst", "source/index.rst");
        assertThat(attributes(junit, "failure", "type"))
                .containsExactly("image-alt-missing", "image-alt-placeholder", "image-alt-missing");
    }

    @Test
    @Basedir("/unit/broken")
    void baselinedFindingsAreNotInTheReportsTheirFilesStillPass(
            @InjectMojo(goal = "baseline", pom = "pom.xml") BaselineMojo baseline,
            @InjectMojo(goal = "check", pom = "pom.xml") CheckMojo check,
            @TempDir Path tmp)
            throws Exception {
        File file = tmp.resolve("docslint-baseline.json").toFile();
        setVariableValueToObject(baseline, "baseline", file);
        baseline.setLog(new RecordingLog());
        baseline.execute();
        setVariableValueToObject(check, "baseline", file);
        Path dir = reportDir(check);
        check.setLog(new RecordingLog());
        check.execute();
        Document junit = xml(dir.resolve("TEST-docslint.xml"));
        assertThat(attributes(junit, "testcase", "name"))
                .containsExactly("source/drafts/ideas.rst", "source/guide/setup.rst", "source/index.rst");
        assertThat(junit.getElementsByTagName("failure").getLength()).isZero();
        assertThat(JsonParser.parseString(Files.readString(dir.resolve("docslint.sarif")))
                        .getAsJsonObject()
                        .getAsJsonArray("runs")
                        .get(0)
                        .getAsJsonObject()
                        .getAsJsonArray("results"))
                .isEmpty();
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "formats", value = "sarif,junit")
    @MojoParameter(name = "failOnViolation", value = "false")
    void formatsChooseTheFiles(CheckMojo mojo) throws Exception {
        Path dir = reportDir(mojo);
        mojo.setLog(new RecordingLog());
        mojo.execute();
        assertThat(fileNames(dir)).containsExactly("TEST-docslint.xml", "docslint.sarif");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "formats", value = "none")
    @MojoParameter(name = "failOnViolation", value = "false")
    void noneWritesNoFileTheConsoleReportStays(CheckMojo mojo) throws Exception {
        Path dir = reportDir(mojo);
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertThat(fileNames(dir)).isEmpty();
        assertThat(log.at("ERROR")).hasSize(2);
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void theDefaultIsEveryFormat(CheckMojo mojo) throws Exception {
        List<String> formats = getVariableValueFromObject(mojo, "formats");
        assertThat(formats).containsExactly("sarif", "checkstyle", "junit", "jsonl");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "formats", value = "sarif,html")
    void anUnknownFormatIsAConfigurationErrorNamingTheParameter(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("docslint.formats: unknown report format 'html'; valid formats: sarif, checkstyle, junit,"
                        + " jsonl, or none for no report file");
        assertThat(log.lines()).as("nothing was checked").isEmpty();
    }

    private static String annotations(CheckMojo mojo, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mojo.environment = env::get;
        mojo.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        mojo.setLog(new RecordingLog());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void underGithubActionsEachFindingIsAWorkflowCommandOnStandardOutput(CheckMojo mojo) {
        assertThat(annotations(mojo, Map.of("GITHUB_ACTIONS", "true")).lines())
                .containsExactly(
                        "::error file=source/drafts/ideas.rst,line=4,col=1,title=[image-alt-missing]::figure"
                                + " '../img/overview.png' has no alt text: add ':alt: ...' saying what it shows",
                        "::warning file=source/guide/setup.rst,line=4,col=1,title=[image-alt-placeholder]::alt text"
                                + " 'screenshot' of image '../img/overview.png' is a placeholder: say what the image"
                                + " shows",
                        "::error file=source/index.rst,line=9,col=1,title=[image-alt-missing]::image"
                                + " 'img/overview.png' has no alt text: add ':alt: ...' saying what it shows");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void elsewhereNoWorkflowCommandIsPrinted(CheckMojo mojo) {
        assertThat(annotations(mojo, Map.of("CI", "true"))).isEmpty();
    }
}
