package io.github.docslint.changes;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The files a change touched, read from the git repository with JGit: the files committed since
 * the point where the branch left the ref (their merge base, as {@code git diff ref...HEAD}), staged,
 * changed in the work tree, and untracked (ignored files are not). A deleted file counts (its
 * includers can still be checked), and a rename touches both its old and its new path.
 */
public final class GitChanges {
    private GitChanges() {}

    /**
     * @param folder a folder inside a git work tree (possibly below its top)
     * @param ref a commit-ish: a branch, tag, {@code origin/main}, a commit id, {@code HEAD~3}
     * @return the touched files inside {@code folder}, as '/'-separated paths relative to it
     * @throws IllegalArgumentException when {@code folder} is not in a git work tree or {@code ref}
     *     does not name a commit there; the message names both and how to fix it
     * @throws IOException when the repository cannot be read
     */
    public static Set<String> since(Path folder, String ref) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            throw new IllegalArgumentException(dir + " is not inside a git repository, so the files changed since '"
                    + ref + "' are unknown: run in a git clone, or leave changedSince unset to check every file");
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare()) {
                throw new IllegalArgumentException(
                        repo.getDirectory() + " is a bare repository: changedSince needs a work tree");
            }
            Path top = repo.getWorkTree().toPath().toRealPath();
            Path prefixPath = top.relativize(dir.toRealPath());
            String prefix = prefixPath.toString().replace(File.separatorChar, '/');
            ObjectId base = base(repo, ref, dir);
            Set<String> touched = new TreeSet<>();
            committed(repo, base, prefix, touched);
            uncommitted(repo, prefix, touched);
            Set<String> out = new TreeSet<>();
            for (String p : touched) {
                if (prefix.isEmpty()) {
                    out.add(p);
                } else if (p.startsWith(prefix + "/")) {
                    out.add(p.substring(prefix.length() + 1));
                }
            }
            return out;
        }
    }

    /** The merge base of the ref and HEAD; the ref's commit itself when they share no history. */
    private static ObjectId base(Repository repo, String ref, Path dir) throws IOException {
        ObjectId target;
        try {
            target = repo.resolve(ref + "^{commit}");
        } catch (RevisionSyntaxException | IOException e) {
            target = null;
        }
        if (target == null) {
            throw new IllegalArgumentException("'" + ref + "' names no commit in the git repository of " + dir
                    + ": in CI, fetch the base branch first (e.g. `git fetch origin main`, with enough depth"
                    + " to reach the merge base) and pass it as origin/main; `git rev-parse " + ref
                    + "` must succeed");
        }
        ObjectId head = repo.resolve(Constants.HEAD + "^{commit}");
        if (head == null) {
            return target;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(target));
            walk.markStart(walk.parseCommit(head));
            RevCommit mergeBase = walk.next();
            return mergeBase == null ? target : mergeBase;
        }
    }

    /** Files that differ between the base commit and HEAD. */
    private static void committed(Repository repo, ObjectId base, String prefix, Set<String> into) throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD + "^{tree}");
        try (Git git = new Git(repo);
                ObjectReader reader = repo.newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            CanonicalTreeParser old = new CanonicalTreeParser();
            old.reset(reader, walk.parseCommit(base).getTree());
            var diff = git.diff()
                    .setOldTree(old)
                    .setNewTree(head == null ? new EmptyTreeIterator() : tree(reader, head))
                    .setPathFilter(prefix.isEmpty() ? TreeFilter.ALL : PathFilter.create(prefix))
                    .setShowNameAndStatusOnly(true);
            for (DiffEntry e : diff.call()) {
                add(e.getOldPath(), into);
                add(e.getNewPath(), into);
            }
        } catch (GitAPIException e) {
            throw new IOException(
                    "cannot diff " + repo.getWorkTree() + " against " + base.name() + ": " + e.getMessage(), e);
        }
    }

    private static CanonicalTreeParser tree(ObjectReader reader, ObjectId tree) throws IOException {
        CanonicalTreeParser p = new CanonicalTreeParser();
        p.reset(reader, tree);
        return p;
    }

    /** Staged, unstaged and untracked (not ignored) files. */
    private static void uncommitted(Repository repo, String prefix, Set<String> into) throws IOException {
        try (Git git = new Git(repo)) {
            var command = git.status();
            if (!prefix.isEmpty()) {
                command.addPath(prefix);
            }
            Status status = command.call();
            into.addAll(status.getAdded());
            into.addAll(status.getChanged());
            into.addAll(status.getRemoved());
            into.addAll(status.getModified());
            into.addAll(status.getMissing());
            into.addAll(status.getUntracked());
            into.addAll(status.getConflicting());
        } catch (GitAPIException e) {
            throw new IOException("cannot read the status of " + repo.getWorkTree() + ": " + e.getMessage(), e);
        }
    }

    private static void add(String path, Set<String> into) {
        if (!DiffEntry.DEV_NULL.equals(path)) {
            into.add(path);
        }
    }
}
