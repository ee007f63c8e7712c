package io.github.docslint.maven;

import io.github.docslint.LinkOptions;
import io.github.docslint.links.ConfigSyntax;
import io.github.docslint.links.LinkCheckConfig;
import io.github.docslint.rules.Severity;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The {@code docslint.links.*} parameters as Maven sets them, and their translation into the link
 * options of a run: durations and patterns parsed, secrets resolved, settings.xml proxies applied.
 * Every complaint names the parameter to fix.
 */
record LinkParameters(
        boolean skip,
        String timeout,
        int retries,
        int concurrency,
        int perHostConcurrency,
        List<String> ignore,
        List<String> accept,
        List<String> allowedRedirects,
        boolean anchors,
        List<String> headers,
        boolean rawHtml,
        File cacheFile,
        String cacheTtl,
        String cacheNotFoundTtl,
        boolean allowPrivate) {

    LinkParameters {
        ignore = orEmpty(ignore);
        accept = orEmpty(accept);
        allowedRedirects = orEmpty(allowedRedirects);
        headers = orEmpty(headers);
    }

    /**
     * @param severities the run's rule severities; link-anchor-missing is added when anchors are asked
     *     for, since asking for the anchor check or for the anchor rule means both
     * @param settings settings.xml, or null when there is none
     * @param env the environment, for {@code {env:NAME}} in header values
     */
    LinkOptions options(
            boolean offline,
            Map<String, Severity> severities,
            Settings settings,
            SettingsDecrypter decrypter,
            Function<String, String> env)
            throws MojoExecutionException {
        if (skip) {
            return LinkOptions.unchecked("not checked: docslint.links.skip").withRawHtml(rawHtml);
        }
        if (offline) {
            return LinkOptions.unchecked("not checked: offline").withRawHtml(rawHtml);
        }
        Duration deadline = parse("docslint.links.timeout", () -> ConfigSyntax.duration(timeout));
        if (deadline.isZero()) {
            throw new MojoExecutionException("docslint.links.timeout: must be more than 0, e.g. 30s");
        }
        atLeast("docslint.links.retries", retries, 0);
        atLeast("docslint.links.concurrency", concurrency, 1);
        atLeast("docslint.links.perHostConcurrency", perHostConcurrency, 1);
        Duration ttl = parse("docslint.links.cacheTtl", () -> ConfigSyntax.duration(cacheTtl));
        Duration notFoundTtl = parse("docslint.links.cacheNotFoundTtl", () -> ConfigSyntax.duration(cacheNotFoundTtl));
        List<Pattern> ignorePatterns = parse("docslint.links.ignore", () -> ConfigSyntax.regexes(ignore));
        List<LinkCheckConfig.Accept> accepted = new ArrayList<>();
        for (String entry : accept) {
            accepted.add(parse("docslint.links.accept", () -> ConfigSyntax.accept(entry)));
        }
        List<LinkCheckConfig.AllowedRedirect> redirects = new ArrayList<>();
        for (String entry : allowedRedirects) {
            redirects.add(parse("docslint.links.allowedRedirects", () -> ConfigSyntax.allowedRedirect(entry)));
        }
        List<LinkCheckConfig.Header> resolved = parse(
                "docslint.links.headers",
                () -> HeaderValues.resolve(headers, env, id -> serverPassword(settings, decrypter, id)));
        boolean checkAnchors = anchors || severities.getOrDefault("link-anchor-missing", Severity.OFF) != Severity.OFF;
        if (checkAnchors) {
            severities.putIfAbsent("link-anchor-missing", Severity.ERROR);
        }
        LinkCheckConfig defaults = LinkCheckConfig.defaults();
        LinkCheckConfig config = parse(
                "docslint.links",
                () -> new LinkCheckConfig(
                        deadline,
                        retries,
                        concurrency,
                        perHostConcurrency,
                        ignorePatterns,
                        accepted,
                        redirects,
                        checkAnchors,
                        resolved,
                        allowPrivate,
                        defaults.maxRedirects(),
                        defaults.maxRetryAfter(),
                        MavenProxies.from(settings == null ? List.of() : settings.getProxies(), decrypter),
                        defaults.userAgent()));
        return LinkOptions.check(config, ttl.isZero() || cacheFile == null ? null : cacheFile.toPath())
                .withCacheTtls(ttl.isZero() ? LinkOptions.DEFAULT_CACHE_TTL : ttl, notFoundTtl)
                .withRawHtml(rawHtml);
    }

    /** The (decrypted) password of a settings.xml server, or null when there is no such server. */
    private static String serverPassword(Settings settings, SettingsDecrypter decrypter, String id) {
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            return null;
        }
        if (decrypter != null && server.getPassword() != null) {
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            MavenProxies.decryptionError(result).ifPresent(error -> {
                throw new IllegalArgumentException("the password of server '" + id
                        + "' in settings.xml cannot be decrypted (" + error + "); check ~/.m2/settings-security.xml");
            });
            server = result.getServer();
        }
        return server.getPassword();
    }

    private static void atLeast(String parameter, int value, int min) throws MojoExecutionException {
        if (value < min) {
            throw new MojoExecutionException(parameter + ": must be at least " + min + ", not " + value);
        }
    }

    private interface Parse<T> {
        T get() throws MojoExecutionException;
    }

    /** Runs a parser, turning its complaint into an error that names the parameter to fix. */
    private static <T> T parse(String parameter, Parse<T> parser) throws MojoExecutionException {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(parameter + ": " + e.getMessage(), e);
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
