package io.github.docslint;

import io.github.docslint.links.CheckProgress;
import io.github.docslint.links.LinkCheckConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Whether and how external links are checked.
 *
 * @param uncheckedReason null to check links; otherwise why they are not (offline mode, skipped): every
 *     appearance is still extracted and reported as unchecked
 * @param config how to check
 * @param cacheFile where results are kept between runs; null for no cache
 * @param cacheTtl how long a success stays fresh
 * @param cacheNotFoundTtl how long a 404/410 answer stays fresh; zero to re-check every failure
 * @param progress told as URLs finish
 * @param rawHtml also check the {@code <a href>} and {@code <img src>} URLs of raw HTML blocks
 */
public record LinkOptions(
        String uncheckedReason,
        LinkCheckConfig config,
        Path cacheFile,
        Duration cacheTtl,
        Duration cacheNotFoundTtl,
        CheckProgress progress,
        boolean rawHtml) {

    public static final Duration DEFAULT_CACHE_TTL = Duration.ofDays(3);
    public static final Duration DEFAULT_CACHE_NOT_FOUND_TTL = Duration.ofHours(1);

    public LinkOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(cacheTtl, "cacheTtl");
        Objects.requireNonNull(cacheNotFoundTtl, "cacheNotFoundTtl");
        Objects.requireNonNull(progress, "progress");
    }

    /** Links extracted, not requested. */
    public static LinkOptions unchecked(String reason) {
        return new LinkOptions(
                reason,
                LinkCheckConfig.defaults(),
                null,
                DEFAULT_CACHE_TTL,
                DEFAULT_CACHE_NOT_FOUND_TTL,
                CheckProgress.NONE,
                false);
    }

    public static LinkOptions check(LinkCheckConfig config, Path cacheFile) {
        return new LinkOptions(
                null, config, cacheFile, DEFAULT_CACHE_TTL, DEFAULT_CACHE_NOT_FOUND_TTL, CheckProgress.NONE, false);
    }

    public boolean checked() {
        return uncheckedReason == null;
    }

    public LinkOptions withProgress(CheckProgress p) {
        return new LinkOptions(uncheckedReason, config, cacheFile, cacheTtl, cacheNotFoundTtl, p, rawHtml);
    }

    public LinkOptions withCacheTtls(Duration ttl, Duration notFoundTtl) {
        return new LinkOptions(uncheckedReason, config, cacheFile, ttl, notFoundTtl, progress, rawHtml);
    }

    public LinkOptions withRawHtml(boolean raw) {
        return new LinkOptions(uncheckedReason, config, cacheFile, cacheTtl, cacheNotFoundTtl, progress, raw);
    }
}
