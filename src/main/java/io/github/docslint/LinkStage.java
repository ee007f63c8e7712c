package io.github.docslint;

import io.github.docslint.links.LinkCache;
import io.github.docslint.links.LinkCheckConfig;
import io.github.docslint.links.LinkChecker;
import io.github.docslint.links.LinkResult;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The link part of a run: each distinct URL once, from the cache when a fresh result is there,
 * otherwise from the checker; then the cache is saved with what this run learnt.
 */
final class LinkStage {
    /** One result per distinct URL, and how they were come by. */
    record Checked(Map<String, LinkResult> results, LinkStats stats) {}

    private LinkStage() {}

    static Checked check(Collection<String> urls, LinkOptions options, Consumer<String> warnings) {
        Map<String, LinkResult> results = new LinkedHashMap<>();
        if (!options.checked()) {
            for (String url : urls) {
                results.put(url, LinkResult.unchecked(url, options.uncheckedReason()));
            }
            return new Checked(results, new LinkStats(results.size(), 0, 0));
        }
        LinkCheckConfig config = options.config();
        LinkCache cache = options.cacheFile() == null
                ? null
                : LinkCache.load(
                        options.cacheFile(),
                        options.cacheTtl(),
                        options.cacheNotFoundTtl(),
                        Clock.systemUTC(),
                        warnings);
        List<String> toCheck = new ArrayList<>();
        int fromCache = 0;
        for (String url : urls) {
            // an URL ignored since it was cached is reported as ignored, not from the cache
            boolean ignored = config.ignores(url);
            LinkResult cached = cache == null || ignored
                    ? null
                    : cache.fresh(url, config.anchors() && url.indexOf('#') >= 0)
                            .orElse(null);
            if (cached != null) {
                results.put(url, cached);
                fromCache++;
            } else {
                toCheck.add(url);
            }
        }
        if (!toCheck.isEmpty()) {
            try (LinkChecker checker = new LinkChecker(config)) {
                int cached = fromCache;
                int total = urls.size();
                Map<String, LinkResult> checked =
                        checker.check(toCheck, (done, all) -> options.progress().done(cached + done, total));
                for (String url : toCheck) {
                    LinkResult r = checked.get(url);
                    results.put(url, r);
                    if (cache != null) {
                        cache.record(r, config.anchors());
                    }
                }
            }
        }
        if (cache != null) {
            try {
                cache.save();
            } catch (IOException e) {
                warnings.accept("link cache not saved: " + e.getMessage());
            }
        }
        return new Checked(results, new LinkStats(results.size(), fromCache, toCheck.size()));
    }
}
