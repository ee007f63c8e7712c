package io.github.docslint.maven;

import io.github.docslint.LinkOptions;
import io.github.docslint.LintRequest;
import io.github.docslint.LintResult;
import io.github.docslint.Linter;
import io.github.docslint.baseline.Baseline;
import io.github.docslint.baseline.Fingerprints;
import io.github.docslint.changes.GitChanges;
import io.github.docslint.report.ConsoleReport;
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
import java.util.Set;
import java.util.function.Function;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The parameters and the request every docslint goal shares: where the docs are, which files, which
 * rules, how links are checked. Subclasses decide what to do with the result.
 */
public abstract class AbstractLintMojo extends AbstractMojo {

    /** Skips the check. */
    @Parameter(property = "docslint.skip", defaultValue = "false")
    boolean skip;

    /**
     * The Sphinx source folder (the one with {@code conf.py}). By default every folder with a
     * {@code conf.py} below the project is checked; with none, the project folder itself.
     */
    @Parameter(property = "docslint.sourceDirectory")
    File sourceDirectory;

    /** Globs, relative to the source folder, of the rst files to report on (default: all). */
    @Parameter(property = "docslint.includes")
    List<String> includes;

    /** Globs, relative to the source folder, of rst files not to report on. */
    @Parameter(property = "docslint.excludes")
    List<String> excludes;

    /** Encoding of the sources. */
    @Parameter(property = "docslint.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    /** Sphinx globs of pages that are include-only even if no page includes them yet. */
    @Parameter(property = "docslint.includeOnly")
    List<String> includeOnly;

    /** Per-rule severities, e.g. {@code image-alt-length=off,include-unused=error}. */
    @Parameter(property = "docslint.rules")
    String rules;

    /** Classes that mark an image as decorative, so that an empty alt text is right for it. */
    @Parameter(property = "docslint.decorativeClasses", defaultValue = "decorative")
    List<String> decorativeClasses;

    /** Alt texts that say nothing (default: image, picture, photo, icon, logo, screenshot, ...). */
    @Parameter(property = "docslint.placeholderWords")
    List<String> placeholderWords;

    /** Alt text openings a screen reader makes redundant (default: image of, picture of, photo of, graphic of). */
    @Parameter(property = "docslint.redundantPrefixes")
    List<String> redundantPrefixes;

    /** The longest alt text before image-alt-length warns. */
    @Parameter(property = "docslint.maxAltLength", defaultValue = "125")
    int maxAltLength;

    /** Where report files go ({@code links.jsonl}). */
    @Parameter(property = "docslint.reportDir", defaultValue = "${project.build.directory}/docslint")
    File reportDir;

    /** Extracts external links without requesting them (each is still listed in links.jsonl). */
    @Parameter(property = "docslint.links.skip", defaultValue = "false")
    boolean linksSkip;

    /** The deadline of one link, retries and redirects included: e.g. 30s, 2m. */
    @Parameter(property = "docslint.links.timeout", defaultValue = "30s")
    String linksTimeout;

    /** How often a transient failure (reset, 429, 502, 503, 504) is retried within the deadline. */
    @Parameter(property = "docslint.links.retries", defaultValue = "2")
    int linksRetries;

    /** Requests in flight at once, over all hosts. */
    @Parameter(property = "docslint.links.concurrency", defaultValue = "32")
    int linksConcurrency;

    /** Requests in flight at once to one host. */
    @Parameter(property = "docslint.links.perHostConcurrency", defaultValue = "4")
    int linksPerHostConcurrency;

    /** Regular expressions of URLs not to request (matched anywhere in the URL). */
    @Parameter(property = "docslint.links.ignore")
    List<String> linksIgnore;

    /** Status codes that count as working for a host: {@code host=codes}, e.g. {@code github.com=403|429}. */
    @Parameter(property = "docslint.links.accept")
    List<String> linksAccept;

    /** Permanent redirects that are fine: {@code from -> to}, two URL regexes. */
    @Parameter(property = "docslint.links.allowedRedirects")
    List<String> linksAllowedRedirects;

    /** Looks up each link's {@code #fragment} in the fetched HTML (rule link-anchor-missing). */
    @Parameter(property = "docslint.links.anchors", defaultValue = "false")
    boolean linksAnchors;

    /**
     * Request headers per host: {@code host Name: value}; values may hold {@code {env:NAME}} or
     * {@code {server:ID}} (the password of a settings.xml server). Never logged.
     */
    @Parameter(property = "docslint.links.headers")
    List<String> linksHeaders;

    /** Also checks the {@code <a href>} and {@code <img src>} URLs of {@code .. raw:: html} blocks. */
    @Parameter(property = "docslint.links.rawHtml", defaultValue = "false")
    boolean linksRawHtml;

    /** Where link results are kept between runs. */
    @Parameter(
            property = "docslint.links.cacheFile",
            defaultValue = "${project.build.directory}/docslint/link-cache.json")
    File linksCacheFile;

    /** How long a working link is not re-checked: e.g. 3d, 12h; 0 turns the cache off. */
    @Parameter(property = "docslint.links.cacheTtl", defaultValue = "3d")
    String linksCacheTtl;

    /**
     * How long a link answered 404 or 410 is not re-requested: e.g. 1h; 0 re-checks every failure.
     * Other failures (timeouts, 5xx, 429, refused connections) are always re-checked.
     */
    @Parameter(property = "docslint.links.cacheNotFoundTtl", defaultValue = "1h")
    String linksCacheNotFoundTtl;

    /** Also requests links to private, loopback and link-local addresses (intranet docs). */
    @Parameter(property = "docslint.links.allowPrivate", defaultValue = "false")
    boolean linksAllowPrivate;

    /**
     * A git ref (e.g. {@code origin/main}): reports only on the files changed since it (committed,
     * staged, unstaged, untracked) and on the pages that include them; only their links are requested.
     */
    @Parameter(property = "docslint.changedSince")
    String changedSince;

    /** The baseline file: findings listed in it are not reported by check; the baseline goal writes it. */
    @Parameter(property = "docslint.baseline", defaultValue = "${project.basedir}/docslint-baseline.json")
    File baseline;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    /** The environment: {@code {env:NAME}} header values, {@code GITHUB_ACTIONS}; tests give their own. */
    Function<String, String> environment = System::getenv;

    @Inject
    SettingsDecrypter settingsDecrypter;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("docslint: skipped (docslint.skip=true)");
            return;
        }
        run();
    }

    /** The goal's work, once skip has been handled. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** Runs the whole check, with link progress on the console; errors name what to fix. */
    LintResult lint(LintRequest request) throws MojoExecutionException {
        LinkProgress progress = progress(request.links());
        try {
            return Linter.run(request.withLinks(request.links().withProgress(progress)));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("docslint: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("docslint: cannot read the documentation tree: " + e.getMessage(), e);
        } finally {
            progress.finish();
        }
    }

    /**
     * The result without the findings the baseline file lists, when there is one; logs how many it
     * hid and how many of its entries are fixed. The default file is optional, any other must exist.
     */
    LintResult withoutBaselined(LintResult result, LintRequest request) throws MojoExecutionException {
        Path file = baselineFile();
        if (!Files.exists(file)) {
            if (file.equals(defaultBaselineFile())) {
                return result;
            }
            throw new MojoExecutionException("docslint.baseline: " + file
                    + " does not exist: write it with `mvn docslint:baseline`, or leave docslint.baseline unset");
        }
        Baseline.Match match;
        try {
            Baseline baseline = Baseline.read(file);
            match = baseline.match(result.findings(), new Fingerprints(request.baseDir(), request.encoding()));
        } catch (IllegalArgumentException | IOException e) {
            throw new MojoExecutionException("docslint.baseline: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        if (match.baselined() > 0) {
            getLog().info("docslint: " + ConsoleReport.plural(match.baselined(), "finding") + " listed in " + name
                    + " not reported");
        }
        // a change-limited run sees only some files: the baseline's other entries are not fixed
        if (match.fixed() > 0 && request.changedFiles() == null) {
            getLog().info("docslint: " + ConsoleReport.plural(match.fixed(), "baselined finding")
                    + (match.fixed() == 1 ? " is" : " are") + " fixed: run `mvn docslint:baseline` to shrink "
                    + name);
        }
        return result.withFindings(match.findings());
    }

    Path baselineFile() {
        return baseline == null
                ? defaultBaselineFile()
                : baseline.toPath().toAbsolutePath().normalize();
    }

    private Path defaultBaselineFile() {
        return basedir.toPath().toAbsolutePath().normalize().resolve("docslint-baseline.json");
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
                linkOptions(severities),
                changedFiles(base));
    }

    /** The files changed since {@code changedSince}, or null (every file) when it is not set. */
    private Set<Path> changedFiles(Path base) throws MojoExecutionException {
        if (changedSince == null || changedSince.isBlank()) {
            return null;
        }
        try {
            Set<Path> files = new HashSet<>();
            for (String rel : GitChanges.since(base, changedSince.strip())) {
                files.add(Path.of(rel));
            }
            getLog().info("docslint: " + files.size() + " file" + (files.size() == 1 ? "" : "s") + " changed since "
                    + changedSince.strip() + "; reporting on them and the pages that include them");
            return files;
        } catch (IllegalArgumentException | IOException e) {
            throw new MojoExecutionException("docslint.changedSince: " + e.getMessage(), e);
        }
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
                linksCacheNotFoundTtl,
                linksAllowPrivate);
        return parameters.options(
                session != null && session.isOffline(),
                severities,
                session == null ? null : session.getSettings(),
                settingsDecrypter,
                environment);
    }

    LinkProgress progress(LinkOptions links) {
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
    List<Path> modulesWithTheirOwnCheck(Path base) {
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

    private static <T> List<T> orDefault(List<T> value, List<T> dflt) {
        return value == null || value.isEmpty() ? dflt : value;
    }
}
