package io.github.docslint.site;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * The user's include/exclude globs (Maven style, such as {@code **}{@code /*.rst} or
 * {@code drafts/**}), applied to paths relative to a source root.
 *
 * <p>Matching uses the JDK's {@code glob:} syntax. Where Maven lets {@code **}{@code /} match no
 * folder at all, the JDK glob wants at least one, so every {@code **}{@code /} that starts the pattern
 * or follows a {@code /} is also tried without it: {@code **}{@code /*.rst} then matches a top-level
 * {@code a.rst} and {@code a/**}{@code /b.rst} matches {@code a/b.rst}. A pattern ending in
 * {@code /} means everything below that folder, as in Maven.
 */
public final class FileFilter {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.rst");

    // more variants than this means a pattern stuffed with '**/': stop expanding, keep the rest
    private static final int MAX_VARIANTS = 64;

    private final List<String> includes;
    private final List<String> excludes;
    private final List<PathMatcher> includeMatchers;
    private final List<PathMatcher> excludeMatchers;
    // the default filter keeps every rst file: asked for each file of a run, it needs no glob
    private final boolean everyRstFile;

    private FileFilter(List<String> includes, List<String> excludes) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.includeMatchers = matchers("include", this.includes);
        this.excludeMatchers = matchers("exclude", this.excludes);
        this.everyRstFile = this.includes.equals(DEFAULT_INCLUDES) && this.excludes.isEmpty();
    }

    /**
     * @param includes globs a file must match one of; null or empty means {@link #DEFAULT_INCLUDES}
     * @param excludes globs that drop a file; null means none
     * @throws IllegalArgumentException when a glob is empty or not valid JDK glob syntax; the message
     *     names the pattern and the reason
     */
    public static FileFilter of(List<String> includes, List<String> excludes) {
        return new FileFilter(
                includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes,
                excludes == null ? List.of() : excludes);
    }

    /** Every {@code .rst} file, nothing excluded. */
    public static FileFilter defaults() {
        return of(null, null);
    }

    public List<String> includes() {
        return includes;
    }

    public List<String> excludes() {
        return excludes;
    }

    /** Whether the file at {@code relPath} ({@code /}-separated, relative to the root) is kept. */
    public boolean accepts(String relPath) {
        if (everyRstFile && !relPath.endsWith("/")) {
            return relPath.endsWith(".rst") && relPath.indexOf('\0') < 0; // a NUL is no path
        }
        Path path;
        try {
            path = Path.of(relPath);
        } catch (InvalidPathException e) {
            return false;
        }
        return anyMatches(includeMatchers, path) && !anyMatches(excludeMatchers, path);
    }

    /**
     * Whether a run reports on {@code relPath}: includes select the rst files, excludes also drop the
     * snippets they include, and files outside the source root ({@code ../}) are always reported.
     */
    public boolean reportsOn(String relPath) {
        return relPath.startsWith("../") || (relPath.endsWith(".rst") ? accepts(relPath) : !isExcluded(relPath));
    }

    /** Whether an exclude glob matches {@code relPath}: for files of any name (an included snippet too). */
    public boolean isExcluded(String relPath) {
        if (excludeMatchers.isEmpty()) {
            return false;
        }
        try {
            return anyMatches(excludeMatchers, Path.of(relPath));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean anyMatches(List<PathMatcher> matchers, Path path) {
        for (PathMatcher m : matchers) {
            if (m.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private static List<PathMatcher> matchers(String kind, List<String> patterns) {
        List<PathMatcher> result = new ArrayList<>();
        for (String pattern : patterns) {
            if (pattern == null || pattern.isBlank()) {
                throw new IllegalArgumentException("invalid " + kind + " pattern '" + pattern + "': it is empty");
            }
            String glob = pattern.endsWith("/") ? pattern + "**" : pattern;
            for (String variant : variants(glob)) {
                try {
                    result.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
                } catch (PatternSyntaxException e) {
                    String why = e.getDescription();
                    // the JDK says "Missing ']" and "Missing '}" without the closing quote
                    if (why.matches("Missing '.")) {
                        why += "'";
                    }
                    throw new IllegalArgumentException(
                            "invalid " + kind + " pattern '" + pattern + "': " + why + " at index " + e.getIndex(), e);
                }
            }
        }
        return List.copyOf(result);
    }

    /** The glob and its forms with some {@code **}{@code /} segments left out. */
    static List<String> variants(String glob) {
        Set<String> out = new LinkedHashSet<>();
        out.add(glob);
        List<String> todo = new ArrayList<>(out);
        while (!todo.isEmpty() && out.size() < MAX_VARIANTS) {
            String g = todo.remove(0);
            for (int i = g.indexOf("**/"); i >= 0; i = g.indexOf("**/", i + 1)) {
                if (i == 0 || g.charAt(i - 1) == '/') {
                    String shorter = g.substring(0, i) + g.substring(i + 3);
                    if (out.add(shorter)) {
                        todo.add(shorter);
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
