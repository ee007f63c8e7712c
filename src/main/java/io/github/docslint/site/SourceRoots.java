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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
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
        List<Path> roots = new ArrayList<>();
        walk(baseDir, warnings, Set.of(), dir -> {
            if (Files.isRegularFile(dir.resolve("conf.py"))) {
                roots.add(dir);
            }
        });
        roots.sort(Comparator.naturalOrder());
        return List.copyOf(roots);
    }

    /** {@link #rootsOrBase(Path, Consumer)} without warnings. */
    public static List<Path> rootsOrBase(Path baseDir) throws IOException {
        return rootsOrBase(baseDir, w -> {});
    }

    /** The source roots under {@code baseDir} or, when there is no conf.py anywhere, {@code baseDir}. */
    public static List<Path> rootsOrBase(Path baseDir, Consumer<String> warnings) throws IOException {
        List<Path> roots = find(baseDir, warnings);
        return roots.isEmpty() ? List.of(baseDir) : roots;
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
        Path self = key(root);
        Set<Path> skip = new HashSet<>();
        for (Path p : nestedRootsToSkip) {
            Path k = key(p);
            if (!k.equals(self)) {
                skip.add(k);
            }
        }
        List<String> rels = new ArrayList<>();
        walk(root, warnings, skip, null, file -> {
            String name = file.getFileName().toString();
            if (name.endsWith(".rst") && !name.startsWith(".")) {
                String rel = relativePath(root, file);
                if (filter.accepts(rel)) {
                    rels.add(rel);
                }
            }
        });
        rels.sort(CODE_POINT_ORDER);
        List<Path> files = new ArrayList<>();
        for (String rel : rels) {
            files.add(root.resolve(rel));
        }
        return List.copyOf(files);
    }

    /** The {@code /}-separated path of {@code file} relative to {@code root}. */
    public static String relativePath(Path root, Path file) {
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

    private interface PathAction {
        void accept(Path p) throws IOException;
    }

    private static void walk(Path start, Consumer<String> warnings, Set<Path> skip, PathAction onDir)
            throws IOException {
        walk(start, warnings, skip, onDir, null);
    }

    private static void walk(Path start, Consumer<String> warnings, Set<Path> skip, PathAction onDir, PathAction onFile)
            throws IOException {
        if (!Files.isDirectory(start)) {
            throw new NotDirectoryException(start.toString());
        }
        Files.walkFileTree(
                start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        if (!dir.equals(start)) {
                            Path name = dir.getFileName();
                            if ((name != null && isSkippedFolder(name.toString())) || skip.contains(key(dir))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                        }
                        if (onDir != null) {
                            onDir.accept(dir);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        if (onFile != null && attrs.isRegularFile()) {
                            onFile.accept(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (file.equals(start)) {
                            throw e;
                        }
                        if (!(e instanceof FileSystemLoopException)) {
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
                        return FileVisitResult.CONTINUE;
                    }
                });
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
