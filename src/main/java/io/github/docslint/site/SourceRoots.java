package io.github.docslint.site;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Finds Sphinx source roots (folders holding a {@code conf.py}) and the reStructuredText files that
 * belong to each.
 *
 * <p>Both walks follow symbolic links to folders, as Sphinx does, skip build output, dependencies and
 * hidden folders ({@link #isSkippedFolder}), and go on past a folder they cannot read or a symbolic
 * link loop. They report each such folder as a warning sentence to the {@code warnings} consumer of
 * the overloads that take one (a link loop is not reported: it only means the folder was already
 * walked); the overloads without one drop the warnings.
 */
public final class SourceRoots {

    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "_build", "node_modules", "__pycache__");

    // Code point order, as Python sorts strings: String.compareTo would put some characters outside
    // the Basic Multilingual Plane before others inside it
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int same = 0;
        int common = Math.min(a.length(), b.length());
        while (same < common && a.charAt(same) == b.charAt(same)) {
            same++;
        }
        if (same == common) {
            return Integer.compare(a.length(), b.length());
        }
        char x = a.charAt(same);
        char y = b.charAt(same);
        if (!Character.isSurrogate(x) && !Character.isSurrogate(y)) {
            return Character.compare(x, y); // each starts a code point of its own there
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    private SourceRoots() {}

    /** True for folder names no walk enters: build output, dependencies and hidden folders. */
    public static boolean isSkippedFolder(String name) {
        return name.startsWith(".") || SKIPPED_FOLDERS.contains(name);
    }

    /** {@link #find(Path, Consumer)} without warnings. */
    public static List<Path> find(Path baseDir) throws IOException {
        return find(baseDir, w -> {});
    }

    /**
     * Every folder at or below {@code baseDir} that contains a {@code conf.py}, sorted. Folders below
     * a root are searched too: a nested root is a project of its own.
     *
     * @throws IOException when {@code baseDir} itself is not a readable folder
     */
    public static List<Path> find(Path baseDir, Consumer<String> warnings) throws IOException {
        return survey(baseDir, warnings).roots();
    }

    /** {@link #rootsOrBase(Path, Consumer)} without warnings. */
    public static List<Path> rootsOrBase(Path baseDir) throws IOException {
        return rootsOrBase(baseDir, w -> {});
    }

    /** The source roots under {@code baseDir} or, when there is no conf.py anywhere, {@code baseDir}. */
    public static List<Path> rootsOrBase(Path baseDir, Consumer<String> warnings) throws IOException {
        return survey(baseDir, warnings).rootsOrBase();
    }

    /** {@link #survey(Path, Collection, Consumer, BiConsumer)} of every folder, telling no one of the files met. */
    public static Survey survey(Path baseDir, Consumer<String> warnings) throws IOException {
        return survey(baseDir, List.of(), warnings, (root, file) -> {});
    }

    /**
     * One walk of {@code baseDir} that finds both its source roots and the rst files of each: a run
     * then walks the tree once, not once for the roots and again for each root's files. Folders in
     * {@code skip} are not entered. {@code found} is told of each rst file inside a root as it is met,
     * with the innermost root holding it, which owns it.
     *
     * @throws IOException when {@code baseDir} itself is not a readable folder
     */
    public static Survey survey(
            Path baseDir, Collection<Path> skip, Consumer<String> warnings, BiConsumer<Path, Path> found)
            throws IOException {
        List<Path> roots = new ArrayList<>();
        List<RstFile> files = new ArrayList<>();
        Set<Path> regular = new HashSet<>();
        Deque<Path> open = new ArrayDeque<>(); // the roots holding the folder being walked, innermost first
        Set<Path> skipped = new HashSet<>();
        for (Path p : skip) {
            skipped.add(key(p));
        }
        boolean loop = walk(baseDir, warnings, skipped, new Visitor() {
            @Override
            public void enter(Path dir) {
                if (Files.isRegularFile(dir.resolve("conf.py"))) {
                    roots.add(dir);
                    open.push(dir);
                }
            }

            @Override
            public void file(Path file, BasicFileAttributes attrs) {
                regular.add(file);
                if (isRstName(file.getFileName().toString())) {
                    files.add(new RstFile(file, attrs.size()));
                    if (!open.isEmpty()) {
                        found.accept(open.peek(), file);
                    }
                }
            }

            @Override
            public void leave(Path dir) {
                if (dir.equals(open.peek())) {
                    open.pop();
                }
            }
        });
        roots.sort(Comparator.naturalOrder());
        return new Survey(baseDir, List.copyOf(roots), List.copyOf(files), regular, loop);
    }

    /** A regular rst file met by a walk, with its size in bytes (the scan starts with the largest). */
    public record RstFile(Path path, long size) {}

    /** What one walk of a project folder met: the source roots and every rst file below it. */
    public static final class Survey {
        private final Path baseDir;
        private final List<Path> roots;
        private final List<RstFile> files;
        private final Set<Path> regularFiles;
        private final boolean loopMet;

        private Survey(Path baseDir, List<Path> roots, List<RstFile> files, Set<Path> regularFiles, boolean loopMet) {
            this.baseDir = baseDir;
            this.roots = roots;
            this.files = files;
            this.regularFiles = regularFiles;
            this.loopMet = loopMet;
        }

        /**
         * Whether the walk met a regular file at {@code path} (as the walk spells it: below the walked
         * folder, normalized). False says nothing: the file may be in a folder the walk skips, or the
         * file system may ignore case.
         */
        public boolean met(Path path) {
            return regularFiles.contains(path);
        }

        /** The folders holding a conf.py, sorted. */
        public List<Path> roots() {
            return roots;
        }

        /** {@link #roots()}, or the walked folder when there is none. */
        public List<Path> rootsOrBase() {
            return roots.isEmpty() ? List.of(baseDir) : roots;
        }

        /**
         * What {@link #rstFiles(Path, Collection, FileFilter, Consumer)} finds for {@code root} (a folder
         * at or below the walked one), or empty when only a walk of its own can tell: the walk met a
         * symbolic link loop, and a link to a folder between the walked one and {@code root} is a loop
         * from one start and not from the other. A survey of a relative or unnormalized path answers only
         * by a walk too.
         */
        public Optional<List<RstFile>> rstFiles(Path root, Collection<Path> nestedRootsToSkip, FileFilter filter) {
            Path self = key(root);
            if (loopMet || !baseDir.equals(key(baseDir)) || !self.startsWith(baseDir)) {
                return Optional.empty();
            }
            Set<Path> skip = foldersBelow(self, nestedRootsToSkip);
            List<Found> found = new ArrayList<>();
            for (RstFile f : files) {
                Path p = f.path();
                if (p.startsWith(self) && !insideAny(p, skip)) {
                    String rel = relativePath(self, p);
                    if (filter.accepts(rel)) {
                        found.add(new Found(rel, f));
                    }
                }
            }
            return Optional.of(sorted(found));
        }

        private static boolean insideAny(Path file, Set<Path> folders) {
            for (Path folder : folders) {
                if (!file.equals(folder) && file.startsWith(folder)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@link #rstFiles(Path, Collection, FileFilter, Consumer)} without warnings. */
    public static List<Path> rstFiles(Path root, Collection<Path> nestedRootsToSkip, FileFilter filter)
            throws IOException {
        return rstFiles(root, nestedRootsToSkip, filter, w -> {});
    }

    /**
     * The regular {@code .rst} files of the source root {@code root} that {@code filter} accepts,
     * sorted by their path relative to {@code root}. Files whose name starts with {@code .} are left
     * out, and so is every folder in {@code nestedRootsToSkip} (other source roots below this one
     * own their files; {@code root} itself may be in the list, so the result of {@link #find} can be
     * passed as is).
     *
     * @throws IOException when {@code root} itself is not a readable folder
     */
    public static List<Path> rstFiles(
            Path root, Collection<Path> nestedRootsToSkip, FileFilter filter, Consumer<String> warnings)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (RstFile f : walkRstFiles(root, nestedRootsToSkip, filter, warnings)) {
            files.add(f.path());
        }
        return List.copyOf(files);
    }

    /** {@link #rstFiles(Path, Collection, FileFilter, Consumer)} with each file's size. */
    static List<RstFile> walkRstFiles(
            Path root, Collection<Path> nestedRootsToSkip, FileFilter filter, Consumer<String> warnings)
            throws IOException {
        Set<Path> skip = foldersBelow(key(root), nestedRootsToSkip);
        List<Found> found = new ArrayList<>();
        walk(root, warnings, skip, (Visitor) (file, attrs) -> {
            if (isRstName(file.getFileName().toString())) {
                String rel = relativePath(root, file);
                if (filter.accepts(rel)) {
                    found.add(new Found(rel, new RstFile(root.resolve(rel), attrs.size())));
                }
            }
        });
        return sorted(found);
    }

    /** The folders of {@code folders} strictly below {@code self}, as keys: a walk from it meets no other. */
    private static Set<Path> foldersBelow(Path self, Collection<Path> folders) {
        Set<Path> below = new HashSet<>();
        for (Path p : folders) {
            Path k = key(p);
            if (!k.equals(self) && k.startsWith(self)) {
                below.add(k);
            }
        }
        return below;
    }

    private record Found(String rel, RstFile file) {}

    private static List<RstFile> sorted(List<Found> found) {
        found.sort(Comparator.comparing(Found::rel, CODE_POINT_ORDER));
        List<RstFile> files = new ArrayList<>(found.size());
        for (Found f : found) {
            files.add(f.file());
        }
        return List.copyOf(files);
    }

    private static boolean isRstName(String name) {
        return name.endsWith(".rst") && !name.startsWith(".");
    }

    /** The {@code /}-separated path of {@code file} relative to {@code root}. */
    public static String relativePath(Path root, Path file) {
        // asked for every file of a run: below the root, on a '/' file system, the rest of the name is it
        String r = root.toString();
        if (!r.isEmpty()
                && file.startsWith(root)
                && root.getFileSystem().getSeparator().equals("/")) {
            String f = file.toString();
            return f.length() == r.length() ? "" : f.substring(r.endsWith("/") ? r.length() : r.length() + 1);
        }
        Path rel = root.relativize(file);
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private interface Visitor {
        /** Before the folder's entries: not called for a folder that is skipped or cannot be read. */
        default void enter(Path dir) {}

        /** A regular file. */
        void file(Path file, BasicFileAttributes attrs);

        /** After the folder's entries. */
        default void leave(Path dir) {}
    }

    /** Walks the folders and regular files below {@code start}; returns whether a symbolic link loop was met. */
    private static boolean walk(Path start, Consumer<String> warnings, Set<Path> skip, Visitor visitor)
            throws IOException {
        if (!Files.isDirectory(start)) {
            throw new NotDirectoryException(start.toString());
        }
        boolean[] loop = {false};
        Files.walkFileTree(
                start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(start)) {
                            Path name = dir.getFileName();
                            if ((name != null && isSkippedFolder(name.toString())) || skip.contains(key(dir))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                        }
                        visitor.enter(dir);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()) {
                            visitor.file(file, attrs);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (file.equals(start)) {
                            throw e;
                        }
                        if (e instanceof FileSystemLoopException) {
                            loop[0] = true;
                        } else {
                            warnings.accept("cannot read " + file + " (" + describe(e) + "): skipped");
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        if (e != null) {
                            // the listing broke off half way: what was read is kept
                            warnings.accept("cannot read all of " + dir + " (" + describe(e) + ")");
                        }
                        visitor.leave(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
        return loop[0];
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
