package io.github.docslint.site;

import io.github.docslint.rst.Include;
import io.github.docslint.rst.RstDocument;
import io.github.docslint.rst.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One Sphinx source root: its conf.py facts, the rst files below it (each scanned once), and, on
 * demand, the other files its pages include. Files outside {@code baseDir} are never read. Safe for
 * use from several threads: the rules and the link collection run side by side.
 */
public final class SphinxProject {
    private final Path root;
    private final Path baseDir;
    private final SphinxConf conf;
    private final Excluder excluder;
    private final FileScans scans;
    private final Map<String, SourceFile> rstFiles;
    private final Map<String, Optional<SourceFile>> otherFiles = new ConcurrentHashMap<>();
    private final Map<String, String> sliceTexts = new ConcurrentHashMap<>();
    private final Map<List<Object>, Optional<IncludeSlice>> slices = new ConcurrentHashMap<>();
    private final Map<String, Boolean> existing = new ConcurrentHashMap<>();
    private final Map<String, Boolean> insideBase = new ConcurrentHashMap<>();
    // the walk that found the files, if any: it saves a file system call for each file it met
    private final SourceRoots.Survey survey;
    private final RstDocument prolog;
    private final RstDocument epilog;

    private SphinxProject(
            Path root,
            Path baseDir,
            SphinxConf conf,
            Excluder excluder,
            FileScans scans,
            SourceRoots.Survey survey,
            Map<String, SourceFile> rstFiles) {
        this.root = root;
        this.baseDir = baseDir;
        this.conf = conf;
        this.excluder = excluder;
        this.scans = scans;
        this.survey = survey;
        this.rstFiles = rstFiles;
        this.prolog = scans.scanner().scan(SourceText.of(conf.rstProlog()));
        this.epilog = scans.scanner().scan(SourceText.of(conf.rstEpilog()));
    }

    /**
     * Reads conf.py (if any) and scans every rst file of {@code root}, leaving out the folders of
     * {@code nestedRoots} (other Sphinx roots own them).
     */
    public static SphinxProject load(
            Path root, Path baseDir, Collection<Path> nestedRoots, Charset charset, Consumer<String> warnings)
            throws IOException {
        return load(root, baseDir, nestedRoots, charset, warnings, files -> {}, true);
    }

    /**
     * {@link #load(Path, Path, Collection, Charset, Consumer)} for the rst files of {@code root} that a
     * walk already found ({@link SourceRoots.Survey#rstFiles}), in path order, with the scans that
     * {@code scans} began during the walk.
     */
    public static SphinxProject loadFound(
            Path root,
            Path baseDir,
            SourceRoots.Survey survey,
            List<SourceRoots.RstFile> files,
            FileScans scans,
            Consumer<String> warnings)
            throws IOException {
        Path r = root.toAbsolutePath().normalize();
        return load(
                r,
                baseDir,
                readConf(r, scans.charset()),
                survey,
                files,
                List.of(),
                scans,
                warnings,
                listed -> {},
                true);
    }

    /**
     * {@code listed} sees the files between the walk and their reading: tests delete one there.
     * {@code parallel} scans the files on the common pool (as many threads as cores, the caller
     * included); the results keep the walk's order either way, which a test checks.
     */
    static SphinxProject load(
            Path root,
            Path baseDir,
            Collection<Path> nestedRoots,
            Charset charset,
            Consumer<String> warnings,
            Consumer<List<Path>> listed,
            boolean parallel)
            throws IOException {
        Path r = root.toAbsolutePath().normalize();
        // conf.py is parsed on the pool while this thread walks the tree and scans the files
        CompletableFuture<SphinxConf> confRead = readConf(r, charset);
        List<String> walkWarnings = new ArrayList<>();
        List<SourceRoots.RstFile> files;
        try {
            files = SourceRoots.walkRstFiles(r, nestedRoots, FileFilter.defaults(), walkWarnings::add);
        } catch (IOException | RuntimeException e) {
            join(confRead); // conf.py's own failure came first before, and still does
            throw e;
        }
        return load(
                r, baseDir, confRead, null, files, walkWarnings, new FileScans(charset), warnings, listed, parallel);
    }

    private static CompletableFuture<SphinxConf> readConf(Path root, Charset charset) {
        Path confPy = root.resolve("conf.py");
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Files.isRegularFile(confPy) ? SphinxConf.read(confPy, charset) : SphinxConf.parse("");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static SphinxProject load(
            Path r,
            Path baseDir,
            CompletableFuture<SphinxConf> confRead,
            SourceRoots.Survey survey,
            List<SourceRoots.RstFile> files,
            List<String> walkWarnings,
            FileScans scans,
            Consumer<String> warnings,
            Consumer<List<Path>> listed,
            boolean parallel)
            throws IOException {
        List<Path> paths = new ArrayList<>(files.size());
        for (SourceRoots.RstFile f : files) {
            paths.add(f.path());
        }
        listed.accept(paths);
        // each file's scan is independent; a file's failure is its Problem, so the others go on
        List<SourceFile> results = scans.scanAll(r, files, parallel);
        // the scan did not need conf.py: its failure is thrown, and its warnings given, after
        SphinxConf conf = join(confRead);
        Path confPy = r.resolve("conf.py");
        for (String note : conf.notes()) {
            warnings.accept(SourceRoots.relativePath(baseDir.toAbsolutePath().normalize(), confPy) + ": " + note);
        }
        List<String> candidates = new ArrayList<>();
        conf.excludePatterns().ifPresent(candidates::addAll);
        // what Sphinx's HTML builder also leaves out of the pages
        conf.templatesPath().ifPresent(candidates::addAll);
        conf.htmlStaticPath().ifPresent(candidates::addAll);
        conf.htmlExtraPath().ifPresent(candidates::addAll);
        List<String> patterns = new ArrayList<>();
        for (String pattern : candidates) {
            try {
                SphinxGlob.compile(pattern);
                patterns.add(pattern);
            } catch (IllegalArgumentException e) {
                warnings.accept(
                        SourceRoots.relativePath(baseDir.toAbsolutePath().normalize(), confPy)
                                + ": pattern '" + pattern + "' is not valid (" + e.getMessage()
                                + "), Sphinx would stop on it: ignored");
            }
        }
        walkWarnings.forEach(warnings);
        Map<String, SourceFile> scanned = new LinkedHashMap<>();
        for (SourceFile f : results) {
            scanned.put(f.relPath(), f);
        }
        Path base = baseDir.toAbsolutePath().normalize();
        return new SphinxProject(
                r,
                r.startsWith(base) ? base : r, // a source folder outside the project is its own boundary
                conf,
                new Excluder(patterns),
                scans,
                survey,
                java.util.Collections.unmodifiableMap(scanned));
    }

    /** The parsed conf.py, or the failure its parsing threw. */
    private static SphinxConf join(CompletableFuture<SphinxConf> confRead) throws IOException {
        try {
            return confRead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw unwrapped(e);
        }
    }

    /** What a task threw, rethrown as itself: an Error is thrown here, a RuntimeException returned. */
    static RuntimeException unwrapped(CompletionException e) {
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return e.getCause() instanceof RuntimeException runtime ? runtime : e;
    }

    public Path root() {
        return root;
    }

    public Path baseDir() {
        return baseDir;
    }

    public SphinxConf conf() {
        return conf;
    }

    /** conf.py's {@code rst_prolog} scanned as rst: Sphinx puts it at the top of every page. */
    public RstDocument prolog() {
        return prolog;
    }

    /** conf.py's {@code rst_epilog} scanned as rst: Sphinx puts it at the end of every page. */
    public RstDocument epilog() {
        return epilog;
    }

    /** The rst files below the root, by relative path, in path order. */
    public Map<String, SourceFile> rstFiles() {
        return rstFiles;
    }

    /** Built as a page of its own: an rst file of the root that conf.py does not exclude. */
    public boolean isPage(String rel) {
        return rstFiles.containsKey(rel) && excluder.firstMatch(rel).isEmpty();
    }

    public Optional<String> excludedBy(String rel) {
        return excluder.firstMatch(rel);
    }

    /** @throws InvalidPathException for a name no file can have (a NUL byte): see {@link #path} */
    public Path absolute(String rel) {
        return root.resolve(rel).normalize();
    }

    /**
     * The file {@code rel} names, or empty when no file can have that name (a NUL byte in an image or
     * include path written in a page): such a path exists nowhere, and is reported as missing.
     */
    public Optional<Path> path(String rel) {
        try {
            return Optional.of(absolute(rel));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Lexically inside the base directory; a name no file can have counts as inside (and missing). */
    public boolean isInsideBase(String rel) {
        return insideBase.computeIfAbsent(
                rel, k -> path(k).map(p -> p.startsWith(baseDir)).orElse(true));
    }

    /**
     * The file at {@code rel} as rst, scanning it on first use if it is not one of the root's rst
     * files; empty when it does not exist or lies outside the base directory.
     */
    public Optional<SourceFile> file(String rel) {
        SourceFile f = rstFiles.get(rel);
        if (f != null) {
            return Optional.of(f);
        }
        return otherFiles.computeIfAbsent(rel, k -> {
            Path p = path(k).orElse(null);
            if (p == null || !p.startsWith(baseDir) || !Files.isRegularFile(p)) {
                return Optional.empty();
            }
            return Optional.of(scans.read(k, p));
        });
    }

    /**
     * The part of {@code rel} that {@code include} takes. The scan keeps no text (memory stays flat
     * on large trees), so a file included with slice markers is read again, once, to find them.
     */
    Optional<IncludeSlice> slice(String rel, Include include) {
        if (!IncludeSlice.isSliced(include)) {
            return Optional.of(IncludeSlice.WHOLE);
        }
        String text = sliceTexts.computeIfAbsent(rel, k -> {
            try {
                String t = new String(Files.readAllBytes(absolute(k)), scans.charset());
                return t.startsWith("\uFEFF") ? t.substring(1) : t;
            } catch (IOException e) {
                return "";
            }
        });
        // a snippet is included by many pages, and each page's build asks again: cut it once per option set
        List<Object> key = List.of(
                rel,
                include.option("start-line"),
                include.option("end-line"),
                include.option("start-after"),
                include.option("end-before"));
        return slices.computeIfAbsent(key, k -> IncludeSlice.of(text, include));
    }

    /** Whether a file exists at {@code rel} (inside the base directory), without reading it. */
    public boolean exists(String rel) {
        // asked once per include of every page's build: a chain of includes asks it again for each page
        return existing.computeIfAbsent(
                rel,
                k -> path(k).filter(p -> p.startsWith(baseDir) && isRegularFile(p))
                        .isPresent());
    }

    /** {@link Files#isRegularFile}, answered without the file system for a file the walk met. */
    public boolean isRegularFile(Path path) {
        return (survey != null && survey.met(path)) || Files.isRegularFile(path);
    }
}
