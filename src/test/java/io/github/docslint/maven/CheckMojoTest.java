package io.github.docslint.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docslint.LintRequest;
import io.github.docslint.rules.RuleSettings;
import io.github.docslint.rules.Rules;
import io.github.docslint.rules.Severity;
import java.io.File;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The check goal as Maven configures it from a pom: parameter defaults, each parameter's effect, and
 * the exception (and message) for each kind of bad configuration. The test projects are under
 * src/test/resources/unit: "clean" breaks no rule; "broken" has two errors and one warning.
 */
@MojoTest
class CheckMojoTest {

    private static final String BROKEN_INDEX = "source/index.rst:9:1: error: image 'img/overview.png' has no alt text:"
            + " add ':alt: ...' saying what it shows [image-alt-missing]";
    private static final String BROKEN_SETUP = "source/guide/setup.rst:4:1: warning: alt text 'screenshot' of image"
            + " '../img/overview.png' is a placeholder: say what the image shows [image-alt-placeholder]";
    private static final String BROKEN_IDEAS = "source/drafts/ideas.rst:4:1: error: figure '../img/overview.png' has no"
            + " alt text: add ':alt: ...' saying what it shows [image-alt-missing]";

    @Inject
    private MavenSession session;

    /** User properties, as -Dname=value on the command line gives them, for one test method. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface CommandLine {
        String[] value();
    }

    @BeforeEach
    void passUserProperties(TestInfo test) {
        Properties user = session.getUserProperties();
        test.getTestMethod().map(m -> m.getAnnotation(CommandLine.class)).ifPresent(c -> {
            for (String property : c.value()) {
                int eq = property.indexOf('=');
                user.setProperty(property.substring(0, eq), property.substring(eq + 1));
            }
        });
    }

    private static RecordingLog record(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        return log;
    }

    @Test
    @Basedir("/unit/clean")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void defaultsCheckEveryRootWithEveryRuleAtItsDefaultSeverity(CheckMojo mojo) throws Exception {
        assertThat((Boolean) getVariableValueFromObject(mojo, "skip")).isFalse();
        assertThat((Boolean) getVariableValueFromObject(mojo, "failOnViolation"))
                .isTrue();
        assertThat((Integer) getVariableValueFromObject(mojo, "maxAltLength")).isEqualTo(125);
        List<String> decorative = getVariableValueFromObject(mojo, "decorativeClasses");
        assertThat(decorative).containsExactly("decorative");
        File basedir = getVariableValueFromObject(mojo, "basedir");
        assertThat(basedir.toPath().resolve("source/conf.py")).exists();

        LintRequest request = mojo.request();
        assertThat(request.baseDir()).isEqualTo(basedir.toPath());
        assertThat(request.sourceDirectories()).isEmpty();
        assertThat(request.includes()).isEmpty();
        assertThat(request.excludes()).isEmpty();
        assertThat(request.includeOnly()).isEmpty();
        assertThat(request.severities()).isEmpty();
        assertThat(request.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(request.settings()).isEqualTo(RuleSettings.defaults());

        RecordingLog log = record(mojo);
        mojo.execute();
        assertThat(log.lines()).containsExactly("INFO docslint: no findings in 2 files");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void quietModeStillShowsEveryFindingAndNothingElse(CheckMojo mojo) {
        RecordingLog log = new RecordingLog(true);
        mojo.setLog(log);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        // mvn -q shows error level only: the warning finding is logged there too
        assertThat(log.lines())
                .containsExactly("ERROR " + BROKEN_IDEAS, "ERROR " + BROKEN_SETUP, "ERROR " + BROKEN_INDEX);
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void errorFindingsAreLoggedOnePerLineAndFailTheBuild(CheckMojo mojo) {
        RecordingLog log = record(mojo);
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("docslint: 2 errors in the documentation (see above);"
                        + " set docslint.failOnViolation=false to only report");
        assertThat(log.at("ERROR")).containsExactly(BROKEN_IDEAS, BROKEN_INDEX);
        assertThat(log.at("WARN"))
                .containsExactly(
                        BROKEN_SETUP,
                        "docslint: 2 errors, 1 warning in 3 files (image-alt-missing: 2, image-alt-placeholder: 1)");
        assertThat(log.at("INFO")).isEmpty();
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    void skipChecksNothingAndSaysSoInOneInfoLine(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);
        mojo.execute();
        assertThat(log.lines()).containsExactly("INFO docslint: skipped (docslint.skip=true)");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void failOnViolationFalseReportsErrorsWithoutFailing(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);
        mojo.execute();
        assertThat(log.at("ERROR")).containsExactly(BROKEN_IDEAS, BROKEN_INDEX);
        assertThat(log.at("WARN")).contains(BROKEN_SETUP);
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "rules", value = "image-alt-missing=warning, image-alt-placeholder=off")
    void rulesChangeSeverities(CheckMojo mojo) throws Exception {
        assertThat(mojo.request().severities())
                .isEqualTo(Map.of("image-alt-missing", Severity.WARNING, "image-alt-placeholder", Severity.OFF));
        RecordingLog log = record(mojo);
        mojo.execute(); // no error left: no exception
        assertThat(log.at("ERROR")).isEmpty();
        assertThat(log.at("WARN"))
                .containsExactly(
                        BROKEN_IDEAS.replace(": error: ", ": warning: "),
                        BROKEN_INDEX.replace(": error: ", ": warning: "),
                        "docslint: 0 errors, 2 warnings in 2 files (image-alt-missing: 2)");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "rules", value = "image-alt-length=off,image-alt-missin=warning")
    void anUnknownRuleIdIsAConfigurationErrorListingTheValidIds(CheckMojo mojo) {
        RecordingLog log = record(mojo);
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("docslint.rules: unknown rule 'image-alt-missin'; valid rules: ")
                .hasMessageContaining(String.join(", ", Rules.ids()));
        assertThat(Rules.ids()).hasSize(21);
        assertThat(log.lines()).isEmpty();
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "rules", value = "image-alt-length=fatal")
    void aBadSeverityIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage(
                        "docslint.rules: rule image-alt-length: 'fatal' is not a severity: use error, warning or off");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "rules", value = "image-alt-length")
    void aRuleWithoutSeverityIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("docslint.rules: 'image-alt-length' is not rule=severity (e.g. image-alt-length=off)");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "encoding", value = "UTF-9")
    void anUnknownEncodingIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("docslint.encoding: 'UTF-9' is not an encoding this JVM knows: use e.g. UTF-8");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "encoding", value = "ISO-8859-1")
    void theEncodingIsPassedOn(CheckMojo mojo) throws Exception {
        assertThat(mojo.request().encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "docs/source")
    void aSourceDirectoryThatDoesNotExistIsAConfigurationError(CheckMojo mojo) throws Exception {
        File basedir = getVariableValueFromObject(mojo, "basedir");
        String missing = basedir.toPath().resolve("docs/source").toString();
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("docslint.sourceDirectory: " + missing + " does not exist: point it at the folder that"
                        + " holds conf.py, or leave it unset to check every folder with a conf.py below the project");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "source/index.rst")
    void aSourceDirectoryThatIsAFileIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("docslint.sourceDirectory: ")
                .hasMessageContaining("index.rst is not a folder: point it at the folder that holds conf.py");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "../clean/source")
    void aSourceDirectoryOutsideTheProjectIsAConfigurationError(CheckMojo mojo) throws Exception {
        File basedir = getVariableValueFromObject(mojo, "basedir");
        String outside = basedir.toPath().resolve("../clean/source").normalize().toString();
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("docslint.sourceDirectory: " + outside + " is outside the project folder " + basedir
                        + ": docslint reads only files inside the project; run it in a project that contains the"
                        + " docs, e.g. the parent");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "source/guide")
    void aSourceDirectoryIsCheckedAsTheOnlyRoot(CheckMojo mojo) throws Exception {
        File basedir = getVariableValueFromObject(mojo, "basedir");
        assertThat(mojo.request().sourceDirectories())
                .containsExactly(basedir.toPath().resolve("source/guide"));
        RecordingLog log = record(mojo);
        mojo.execute();
        // index.rst and drafts/ are outside that root: only setup.rst is read
        assertThat(log.at("ERROR")).isEmpty();
        assertThat(log.at("WARN"))
                .containsExactly(BROKEN_SETUP, "docslint: 0 errors, 1 warning in 1 file (image-alt-placeholder: 1)");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "includes", value = "guide/**")
    void includesRestrictWhatIsReported(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);
        mojo.execute(); // the only finding left is a warning
        assertThat(log.at("ERROR")).isEmpty();
        assertThat(log.at("WARN"))
                .containsExactly(BROKEN_SETUP, "docslint: 0 errors, 1 warning in 1 file (image-alt-placeholder: 1)");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "excludes", value = "drafts/**,guide/*.rst")
    void excludesRestrictWhatIsReported(CheckMojo mojo) {
        RecordingLog log = record(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.at("ERROR")).containsExactly(BROKEN_INDEX);
        assertThat(log.at("WARN")).containsExactly("docslint: 1 error, 0 warnings in 1 file (image-alt-missing: 1)");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "includes", value = "guide/[a-")
    void aBadIncludeGlobIsAConfigurationErrorNamingTheParameter(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("docslint.includes: invalid include pattern 'guide/[a-'");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "excludes", value = "drafts/{a")
    void aBadExcludeGlobIsAConfigurationErrorNamingTheParameter(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("docslint.excludes: invalid exclude pattern 'drafts/{a'");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "maxAltLength", value = "0")
    void aMaxAltLengthBelowOneIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("docslint.maxAltLength: the alt text length limit must be at least 1, not 0");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "maxAltLength", value = "8")
    @MojoParameter(name = "failOnViolation", value = "false")
    void maxAltLengthSetsTheLimit(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);
        mojo.execute();
        assertThat(log.at("WARN"))
                .contains("source/guide/setup.rst:4:1: warning: alt text of image '../img/overview.png' is 10"
                        + " characters long (limit 8): keep it short and move the details into the text or a caption"
                        + " [image-alt-length]");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "placeholderWords", value = "todo,tbd")
    @MojoParameter(name = "redundantPrefixes", value = "view of")
    @MojoParameter(name = "decorativeClasses", value = "ornament,spacer")
    @MojoParameter(name = "includeOnly", value = "snippets/*")
    void listParametersTakeCommaSeparatedValues(CheckMojo mojo) throws Exception {
        LintRequest request = mojo.request();
        assertThat(request.settings().placeholderWords()).containsExactlyInAnyOrder("todo", "tbd");
        assertThat(request.settings().redundantPrefixes()).containsExactly("view of");
        assertThat(request.settings().decorativeClasses()).containsExactlyInAnyOrder("ornament", "spacer");
        assertThat(request.includeOnly()).containsExactly("snippets/*");
        RecordingLog log = record(mojo);
        // 'screenshot' is no longer a placeholder word
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines()).noneMatch(l -> l.contains("[image-alt-placeholder]"));
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @CommandLine({"docslint.skip=true"})
    void skipIsTheUserPropertyDocslintSkip(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);
        mojo.execute();
        assertThat(log.lines()).containsExactly("INFO docslint: skipped (docslint.skip=true)");
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @CommandLine({
        "docslint.rules=image-alt-missing=off",
        "docslint.excludes=guide/**",
        "docslint.maxAltLength=40",
        "docslint.encoding=UTF-16"
    })
    void everyParameterHasItsUserProperty(CheckMojo mojo) throws Exception {
        LintRequest request = mojo.request();
        assertThat(request.severities()).isEqualTo(Map.of("image-alt-missing", Severity.OFF));
        assertThat(request.excludes()).containsExactly("guide/**");
        assertThat(request.settings().maxAltLength()).isEqualTo(40);
        assertThat(request.encoding()).isEqualTo(StandardCharsets.UTF_16);
    }
}
