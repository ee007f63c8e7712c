package io.github.docslint.maven;

import io.github.docslint.LinkOptions;
import io.github.docslint.LintRequest;
import io.github.docslint.LintResult;
import io.github.docslint.Linter;
import io.github.docslint.report.ConsoleReport;
import io.github.docslint.report.LinksJsonl;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.RuleSettings;
import io.github.docslint.rules.Rules;
import io.github.docslint.rules.Severity;
import io.github.docslint.site.FileFilter;
import io.github.docslint.site.SphinxGlob;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Checks the reStructuredText sources of the project's Sphinx documentation: include-only pages and
 * their {@code :nosearch:} field, includes, and images (alt text, missing files). Fails the build when
 * a rule at error severity is violated.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** Skips the check. */
    @Parameter(property = "docslint.skip", defaultValue = "false")
    private boolean skip;

    /** Fail the build when a rule at error severity is violated; false only reports. */
    @Parameter(property = "docslint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * The Sphinx source folder (the one with {@code conf.py}). By default every folder with a
     * {@code conf.py} below the project is checked; with none, the project folder itself.
     */
    @Parameter(property = "docslint.sourceDirectory")
    private File sourceDirectory;

    /** Globs, relative to the source folder, of the rst files to report on (default: all). */
    @Parameter(property = "docslint.includes")
    private List<String> includes;

    /** Globs, relative to the source folder, of rst files not to report on. */
    @Parameter(property = "docslint.excludes")
    private List<String> excludes;

    /** Encoding of the sources. */
    @Parameter(property = "docslint.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** Sphinx globs of pages that are include-only even if no page includes them yet. */
    @Parameter(property = "docslint.includeOnly")
    private List<String> includeOnly;

    /** Per-rule severities, e.g. {@code image-alt-length=off,include-unused=error}. */
    @Parameter(property = "docslint.rules")
    private String rules;

    /** Classes that mark an image as decorative, so that an empty alt text is right for it. */
    @Parameter(property = "docslint.decorativeClasses", defaultValue = "decorative")
    private List<String> decorativeClasses;

    /** Alt texts that say nothing (default: image, picture, photo, icon, logo, screenshot, ...). */
    @Parameter(property = "docslint.placeholderWords")
    private List<String> placeholderWords;

    /** Alt text openings a screen reader makes redundant (default: image of, picture of, photo of, graphic of). */
    @Parameter(property = "docslint.redundantPrefixes")
    private List<String> redundantPrefixes;

    /** The longest alt text before image-alt-length warns. */
    @Parameter(property = "docslint.maxAltLength", defaultValue = "125")
    private int maxAltLength;

    /** Where report files go ({@code links.jsonl}). */
    @Parameter(property = "docslint.reportDir", defaultValue = "${project.build.directory}/docslint")
    private File reportDir;

    /** Extracts external links without requesting them (each is still listed in links.jsonl). */
    @Parameter(property = "docslint.links.skip", defaultValue = "false")
    private boolean linksSkip;

    /** The deadline of one link, retries and redirects included: e.g. 30s, 2m. */
    @Parameter(property = "docslint.links.timeout", defaultValue = "30s")
    private String linksTimeout;

    /** How often a transient failure (reset, 429, 502, 503, 504) is retried within the deadline. */
    @Parameter(property = "docslint.links.retries", defaultValue = "2")
    private int linksRetries;

    /** Requests in flight at once, over all hosts. */
    @Parameter(property = "docslint.links.concurrency", defaultValue = "32")
    private int linksConcurrency;

    /** Requests in flight at once to one host. */
    @Parameter(property = "docslint.links.perHostConcurrency", defaultValue = "4")
    private int linksPerHostConcurrency;

    /** Regular expressions of URLs not to request (matched anywhere in the URL). */
    @Parameter(property = "docslint.links.ignore")
    private List<String> linksIgnore;

    /** Status codes that count as working for a host: {@code host=codes}, e.g. {@code github.com=403|429}. */
    @Parameter(property = "docslint.links.accept")
    private List<String> linksAccept;

    /** Permanent redirects that are fine: {@code from -> to}, two URL regexes. */
    @Parameter(property = "docslint.links.allowedRedirects")
    private List<String> linksAllowedRedirects;

    /** Looks up each link's {@code #fragment} in the fetched HTML (rule link-anchor-missing). */
    @Parameter(property = "docslint.links.anchors", defaultValue = "false")
    private boolean linksAnchors;

    /**
     * Request headers per host: {@code host Name: value}; values may hold {@code {env:NAME}} or
     * {@code {server:ID}} (the password of a settings.xml server). Never logged.
     */
    @Parameter(property = "docslint.links.headers")
    private List<String> linksHeaders;

    /** Also checks the {@code <a href>} and {@code <img src>} URLs of {@code .. raw:: html} blocks. */
    @Parameter(property = "docslint.links.rawHtml", defaultValue = "false")
    private boolean linksRawHtml;

    /** Where link results are kept between runs. */
    @Parameter(
            property = "docslint.links.cacheFile",
            defaultValue = "${project.build.directory}/docslint/link-cache.json")
    private File linksCacheFile;

    /** How long a working link is not re-checked: e.g. 3d, 12h; 0 turns the cache off. */
    @Parameter(property = "docslint.links.cacheTtl", defaultValue = "3d")
    private String linksCacheTtl;

    /** Also requests links to private, loopback and link-local addresses (intranet docs). */
    @Parameter(property = "docslint.links.allowPrivate", defaultValue = "false")
    private boolean linksAllowPrivate;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Inject
    private SettingsDecrypter settingsDecrypter;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("docslint: skipped (docslint.skip=true)");
            return;
        }
        LintRequest request = request();
        LinkProgress progress = progress(request.links());
        LintResult result;
        try {
            result = Linter.run(request.withLinks(request.links().withProgress(progress)));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("docslint: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("docslint: cannot read the documentation tree: " + e.getMessage(), e);
        } finally {
            progress.finish();
        }
        report(result, request.links());
        Path jsonl = reportDir.toPath().resolve("links.jsonl");
        try {
            LinksJsonl.write(jsonl, result.links(), basedir.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "docslint: cannot write " + jsonl + ": " + e.getMessage()
                            + "; check that docslint.reportDir is a writable folder",
                    e);
        }
        long errors = result.count(Severity.ERROR);
        if (errors > 0 && failOnViolation) {
            throw new MojoFailureException("docslint: " + errors + " error" + (errors == 1 ? "" : "s")
                    + " in the documentation (see above); set docslint.failOnViolation=false to only report");
        }
    }

    LintRequest request() throws MojoExecutionException {
        Path base = basedir.toPath();
        RuleSettings settings;
        Map<String, Severity> severities;
        try {
            severities = new HashMap<>(Rules.parseSeverities(rules));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("docslint.rules: " + e.getMessage(), e);
        }
        try {
            settings = new RuleSettings(
                    new HashSet<>(orDefault(decorativeClasses, List.copyOf(RuleSettings.DEFAULT_DECORATIVE_CLASSES))),
                    new HashSet<>(orDefault(placeholderWords, RuleSettings.DEFAULT_PLACEHOLDER_WORDS)),
                    orDefault(redundantPrefixes, RuleSettings.DEFAULT_REDUNDANT_PREFIXES),
                    maxAltLength);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("docslint.maxAltLength: " + e.getMessage(), e);
        }
        checkGlobs();
        return new LintRequest(
                base,
                sourceDirectory == null ? List.of() : List.of(sourceDirectory()),
                orDefault(includes, List.of()),
                orDefault(excludes, List.of()),
                charset(),
                orDefault(includeOnly, List.of()),
                severities,
                settings,
                modulesWithTheirOwnCheck(base),
                linkOptions(severities));
    }

    private LinkOptions linkOptions(Map<String, Severity> severities) throws MojoExecutionException {
        LinkParameters parameters = new LinkParameters(
                linksSkip,
                linksTimeout,
                linksRetries,
                linksConcurrency,
                linksPerHostConcurrency,
                linksIgnore,
                linksAccept,
                linksAllowedRedirects,
                linksAnchors,
                linksHeaders,
                linksRawHtml,
                linksCacheFile,
                linksCacheTtl,
                linksAllowPrivate);
        return parameters.options(
                session != null && session.isOffline(),
                severities,
                session == null ? null : session.getSettings(),
                settingsDecrypter,
                System::getenv);
    }

    private LinkProgress progress(LinkOptions links) {
        boolean live = links.checked()
                && System.console() != null
                && session != null
                && session.getRequest().isInteractiveMode();
        return new LinkProgress(getLog(), live ? System.out : null, System::nanoTime);
    }

    /**
     * In a multi-module build, the folders of the modules below this one that run this goal
     * themselves: checking them here too would report each of their findings twice.
     */
    private List<Path> modulesWithTheirOwnCheck(Path base) {
        if (session == null || plugin == null) {
            return List.of();
        }
        Path self = base.toAbsolutePath().normalize();
        List<Path> dirs = new ArrayList<>();
        for (MavenProject p : session.getProjects()) {
            if (p.getBasedir() == null) {
                continue;
            }
            Path dir = p.getBasedir().toPath().toAbsolutePath().normalize();
            if (dir.equals(self) || !dir.startsWith(self)) {
                continue;
            }
            boolean runsCheck = p.getBuildPlugins().stream()
                    .filter(bp -> bp.getKey().equals(plugin.getPluginLookupKey()))
                    .anyMatch(bp -> bp.getExecutions().stream()
                            .anyMatch(e -> e.getGoals().contains("check")));
            if (runsCheck) {
                dirs.add(dir);
            }
        }
        return dirs;
    }

    private Path sourceDirectory() throws MojoExecutionException {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path dir = base.resolve(sourceDirectory.toPath()).normalize();
        if (!dir.startsWith(base)) {
            // the engine reads nothing outside the base directory: every include there would be reported
            throw new MojoExecutionException("docslint.sourceDirectory: " + dir + " is outside the project folder "
                    + base + ": docslint reads only files inside the project; run it in a project that contains"
                    + " the docs, e.g. the parent");
        }
        if (!Files.isDirectory(dir)) {
            throw new MojoExecutionException("docslint.sourceDirectory: " + dir
                    + (Files.exists(dir) ? " is not a folder" : " does not exist")
                    + ": point it at the folder that holds conf.py, or leave it unset to check every folder"
                    + " with a conf.py below the project");
        }
        return dir;
    }

    /** Bad globs fail here, so that the message names the parameter to fix. */
    private void checkGlobs() throws MojoExecutionException {
        try {
            FileFilter.of(includes, null);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("docslint.includes: " + e.getMessage(), e);
        }
        try {
            FileFilter.of(null, excludes);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("docslint.excludes: " + e.getMessage(), e);
        }
        for (String glob : orDefault(includeOnly, List.of())) {
            try {
                SphinxGlob.compile(glob);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("docslint.includeOnly: " + e.getMessage(), e);
            }
        }
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException(
                    "docslint.encoding: '" + encoding + "' is not an encoding this JVM knows: use e.g. UTF-8", e);
        }
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

    private static <T> List<T> orDefault(List<T> value, List<T> dflt) {
        return value == null || value.isEmpty() ? dflt : value;
    }
}
