package io.github.docslint;

import io.github.docslint.rules.RuleSettings;
import io.github.docslint.rules.Severity;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What to check and how.
 *
 * @param baseDir the project base: paths are reported relative to it, and files outside it are never read
 * @param sourceDirectories Sphinx source roots; empty means find the folders with a conf.py below
 *     {@code baseDir} (or take {@code baseDir} itself when there is none)
 * @param includes globs (relative to each source root) of the rst files to report on; empty means all
 * @param excludes globs of rst files not to report on
 * @param includeOnly globs of pages that are include-only even if nothing includes them yet
 * @param severities per-rule severities overriding the defaults
 * @param skipDirectories folders below {@code baseDir} that are not part of this check (in a
 *     multi-module build: the modules that run their own check)
 * @param links whether and how external links are checked
 * @param changedFiles when not null, only the files a change touched (relative to {@code baseDir} or
 *     absolute): findings are reported on them and on the files that include them, and only their
 *     external links are requested; null reports on every file
 */
public record LintRequest(
        Path baseDir,
        List<Path> sourceDirectories,
        List<String> includes,
        List<String> excludes,
        Charset encoding,
        List<String> includeOnly,
        Map<String, Severity> severities,
        RuleSettings settings,
        List<Path> skipDirectories,
        LinkOptions links,
        Set<Path> changedFiles) {

    public LintRequest {
        sourceDirectories = List.copyOf(sourceDirectories);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        includeOnly = List.copyOf(includeOnly);
        severities = Map.copyOf(severities);
        skipDirectories = List.copyOf(skipDirectories);
        changedFiles = changedFiles == null ? null : Set.copyOf(changedFiles);
    }

    /** Everything by default for the project at {@code baseDir}. */
    public static LintRequest of(Path baseDir) {
        return new LintRequest(
                baseDir,
                List.of(),
                List.of(),
                List.of(),
                StandardCharsets.UTF_8,
                List.of(),
                Map.of(),
                RuleSettings.defaults(),
                List.of(),
                LinkOptions.unchecked("link checking not requested"),
                null);
    }

    public LintRequest withSeverities(Map<String, Severity> s) {
        return with(c -> c.severities = s);
    }

    public LintRequest withSourceDirectories(List<Path> dirs) {
        return with(c -> c.sourceDirectories = dirs);
    }

    public LintRequest withIncludeOnly(List<String> globs) {
        return with(c -> c.includeOnly = globs);
    }

    public LintRequest withFilter(List<String> include, List<String> exclude) {
        return with(c -> {
            c.includes = include;
            c.excludes = exclude;
        });
    }

    public LintRequest withEncoding(Charset charset) {
        return with(c -> c.encoding = charset);
    }

    public LintRequest withSkipDirectories(List<Path> dirs) {
        return with(c -> c.skipDirectories = dirs);
    }

    public LintRequest withLinks(LinkOptions l) {
        return with(c -> c.links = l);
    }

    /** Reports only on the files a change touched and their includers; null reports on every file. */
    public LintRequest withChangedFiles(Set<Path> files) {
        return with(c -> c.changedFiles = files);
    }

    /** A copy with some components changed: the withers name only what they change. */
    private LintRequest with(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return c.build();
    }

    private static final class Copy {
        Path baseDir;
        List<Path> sourceDirectories;
        List<String> includes;
        List<String> excludes;
        Charset encoding;
        List<String> includeOnly;
        Map<String, Severity> severities;
        RuleSettings settings;
        List<Path> skipDirectories;
        LinkOptions links;
        Set<Path> changedFiles;

        Copy(LintRequest from) {
            baseDir = from.baseDir;
            sourceDirectories = from.sourceDirectories;
            includes = from.includes;
            excludes = from.excludes;
            encoding = from.encoding;
            includeOnly = from.includeOnly;
            severities = from.severities;
            settings = from.settings;
            skipDirectories = from.skipDirectories;
            links = from.links;
            changedFiles = from.changedFiles;
        }

        LintRequest build() {
            return new LintRequest(
                    baseDir,
                    sourceDirectories,
                    includes,
                    excludes,
                    encoding,
                    includeOnly,
                    severities,
                    settings,
                    skipDirectories,
                    links,
                    changedFiles);
        }
    }
}
