package io.github.docslint.bench;

import io.github.docslint.LinkOutcome;
import io.github.docslint.LintRequest;
import io.github.docslint.Linter;
import io.github.docslint.links.Urls;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic link set with the shape of the external links of the Mattermost docs (see
 * ../shared/corpus/README.md: 1,761 unique URLs on 187 hosts, the largest host holding 470). The
 * per-host limit makes the largest host the critical path, and the long tail of one-link hosts is what
 * the global limit has to spread over; both shapes matter for a link checker's wall time, so they are
 * kept exactly. Synthetic rather than read from the corpus so that a fresh clone (no ../shared) gets
 * the same set.
 */
final class MattermostShapedLinks {
    static final int URLS = 1761;
    static final int HOSTS = 187;
    static final int LARGEST = 470;
    static final double BROKEN_FRACTION = 0.02;
    /** Some real servers refuse HEAD; a few such hosts make the checker show its GET fallback. */
    static final double HEAD_REFUSING_FRACTION = 0.05;

    private static final String[] WORDS = {
        "docs",
        "api",
        "install",
        "configure",
        "admin",
        "guide",
        "deployment",
        "release-notes",
        "blog",
        "en",
        "latest",
        "stable",
        "reference",
        "integrations",
        "plugins",
        "server",
        "mobile",
        "desktop",
        "security",
        "cloud",
        "kubernetes",
        "docker",
        "ldap",
        "saml",
        "oauth",
        "webhooks",
        "slash-commands",
        "compliance",
        "upgrade",
        "faq",
        "issues",
        "pull",
        "wiki",
        "download",
        "changelog",
        "products",
        "manual",
        "howto"
    };

    private MattermostShapedLinks() {}

    /** Shaped like the corpus' links when its host sizes are known, else the synthetic curve. */
    static LinkSet shapedOrGenerated(Optional<int[]> corpusHostSizes, long seed) {
        return corpusHostSizes
                .map(sizes -> shaped(sizes, BROKEN_FRACTION, HEAD_REFUSING_FRACTION, seed))
                .orElseGet(() -> generate(seed));
    }

    static LinkSet generate(long seed) {
        return shaped(URLS, HOSTS, LARGEST, BROKEN_FRACTION, HEAD_REFUSING_FRACTION, seed);
    }

    /**
     * {@code urls} unique links on {@code hosts} hosts named {@code h000.test}, {@code h001.test}, ...
     * ({@code h000} the largest), sizes from {@link #hostSizes}, shuffled so that one host's links are
     * spread through the list as in real docs. The largest host never refuses HEAD, so the GET fallback
     * does not move the lower bound.
     */
    static LinkSet shaped(
            int urls, int hosts, int largest, double brokenFraction, double headRefusingFraction, long seed) {
        return shaped(hostSizes(urls, hosts, largest), brokenFraction, headRefusingFraction, seed);
    }

    /**
     * The real shape: the number of unique URLs on each host of the corpus' external links (largest
     * first), or empty when the corpus is not there. Host names and paths are still made up.
     */
    static Optional<int[]> corpusHostSizes(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            return Optional.empty();
        }
        Map<String, Integer> perHost = new HashMap<>();
        Set<String> urls = new HashSet<>();
        for (LinkOutcome o : Linter.run(LintRequest.of(corpus)).links()) {
            if (urls.add(o.url())) {
                perHost.merge(host(o.url()), 1, Integer::sum);
            }
        }
        return Optional.of(perHost.values().stream()
                .sorted(Comparator.reverseOrder())
                .mapToInt(Integer::intValue)
                .toArray());
    }

    private static String host(String url) {
        try {
            return Urls.parse(url).getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url, e);
        }
    }

    /** Links on hosts of the given sizes (largest first), as {@link #shaped(int, int, int, double, double, long)}. */
    static LinkSet shaped(int[] sizes, double brokenFraction, double headRefusingFraction, long seed) {
        Random random = new Random(seed);
        int hosts = sizes.length;
        int urls = sum(sizes);
        int width = Math.max(3, String.valueOf(hosts - 1).length());
        List<LinkSet.Link> links = new ArrayList<>(urls);
        List<String> hostNames = new ArrayList<>(hosts);
        for (int h = 0; h < hosts; h++) {
            String host = String.format(Locale.ROOT, "h%0" + width + "d.test", h);
            hostNames.add(host);
            Set<String> paths = new HashSet<>();
            while (paths.size() < sizes[h]) {
                String path = path(random);
                if (paths.add(path)) {
                    links.add(new LinkSet.Link(host, path, false));
                }
            }
        }
        Collections.shuffle(links, random);
        int broken = (int) Math.round(urls * brokenFraction);
        for (int i = 0; i < broken; i++) {
            LinkSet.Link l = links.get(i);
            links.set(i, new LinkSet.Link(l.host(), l.pathAndQuery(), true));
        }
        List<String> candidates = new ArrayList<>(hostNames.subList(1, hosts));
        Collections.shuffle(candidates, random);
        int refusing = (int) Math.round(hosts * headRefusingFraction);
        return new LinkSet(links, new LinkedHashSet<>(candidates.subList(0, Math.min(refusing, candidates.size()))));
    }

    /** A docs-like path: 1 to 4 segments, sometimes a number, a {@code .html}, a slash or a query. */
    static String path(Random random) {
        StringBuilder sb = new StringBuilder();
        int segments = 1 + random.nextInt(4);
        for (int i = 0; i < segments; i++) {
            sb.append('/');
            sb.append(
                    random.nextInt(6) == 0
                            ? String.valueOf(1 + random.nextInt(30000))
                            : WORDS[random.nextInt(WORDS.length)]);
        }
        switch (random.nextInt(6)) {
            case 0 -> sb.append(".html");
            case 1 -> sb.append('/');
            case 2 -> sb.append("?tab=").append(WORDS[random.nextInt(WORDS.length)]);
            default -> {}
        }
        return sb.toString();
    }

    /**
     * Link counts per host, largest first: {@code largest}, then {@code largest / k^a} (at least 1) for
     * ranks k = 2..hosts, the Zipf exponent a chosen as the smallest for which the total does not exceed
     * {@code urls}; the few links rounding leaves over go one each to the next-largest hosts, which
     * keeps the counts non-increasing and the total exact.
     */
    static int[] hostSizes(int urls, int hosts, int largest) {
        if (hosts < 1 || largest < 1 || largest + (hosts - 1) > urls || (long) largest * hosts < urls) {
            throw new IllegalArgumentException(
                    "no shape with " + urls + " URLs on " + hosts + " hosts, the largest holding " + largest);
        }
        double lo = 0;
        double hi = 64;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (sum(zipf(hosts, largest, mid)) <= urls) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        int[] sizes = zipf(hosts, largest, hi);
        int left = urls - sum(sizes);
        while (left > 0) {
            for (int k = 1; k < hosts && left > 0; k++) {
                if (sizes[k] < largest) {
                    sizes[k]++;
                    left--;
                }
            }
        }
        return sizes;
    }

    private static int[] zipf(int hosts, int largest, double exponent) {
        int[] sizes = new int[hosts];
        sizes[0] = largest;
        for (int k = 1; k < hosts; k++) {
            sizes[k] = (int) Math.max(1, Math.min(largest, Math.round(largest / Math.pow(k + 1, exponent))));
        }
        return sizes;
    }

    private static int sum(int[] sizes) {
        int total = 0;
        for (int s : sizes) {
            total += s;
        }
        return total;
    }
}
