package io.github.docslint.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which source files Sphinx leaves out because of {@code exclude_patterns}.
 *
 * <p>Mirrors {@code sphinx.util.matching.get_matching_files}: it tests every folder on the way down
 * and does not walk into a folder that matches, so a file is excluded when its own path or the path
 * of any folder above it matches a pattern. Patterns are plain Sphinx globs: unlike some other glob
 * dialects, {@code **}{@code /x.rst} does not match a top-level {@code x.rst}.
 */
public final class Excluder {

    private final List<String> patterns;
    private final List<Predicate<String>> matchers;

    /**
     * @throws IllegalArgumentException when a pattern is one Sphinx itself would fail on (see
     *     {@link SphinxGlob#compile})
     */
    public Excluder(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        List<Predicate<String>> compiled = new ArrayList<>();
        for (String p : this.patterns) {
            compiled.add(SphinxGlob.matcher(p));
        }
        this.matchers = List.copyOf(compiled);
    }

    public List<String> patterns() {
        return patterns;
    }

    /**
     * The pattern that excludes the file at {@code relPath} (relative to the source root, with
     * {@code /} separators), or empty when the file is kept. Shorter prefixes are tried first and,
     * for each prefix, patterns in their order, which is the order in which Sphinx would meet them.
     */
    public Optional<String> firstMatch(String relPath) {
        // Sphinx compares NFC names: macOS file systems hand out NFD ones
        String[] parts = Normalizer.normalize(relPath, Normalizer.Form.NFC).split("/", -1);
        StringBuilder prefix = new StringBuilder();
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
                prefix.append('/');
            }
            prefix.append(parts[k]);
            String candidate = prefix.toString();
            for (int p = 0; p < matchers.size(); p++) {
                if (matchers.get(p).test(candidate)) {
                    return Optional.of(patterns.get(p));
                }
            }
        }
        return Optional.empty();
    }

    public boolean excludes(String relPath) {
        return firstMatch(relPath).isPresent();
    }
}
