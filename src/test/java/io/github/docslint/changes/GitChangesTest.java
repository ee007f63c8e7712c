package io.github.docslint.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.docslint.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitChangesTest {
    @TempDir
    Path dir;

    Git git;
    Tree tree;

    @BeforeEach
    void repository() throws GitAPIException {
        git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        tree = Tree.at(dir)
                .file("docs/a.rst", "A\n")
                .file("docs/b.rst", "B\n")
                .file("docs/old.rst", "Old\n")
                .file("docs/gone.rst", "Gone\n")
                .file("docs/snippets/part.rst", "Part\n")
                .file("other/x.rst", "X\n")
                .file(".gitignore", "*.log\n");
        commit("base");
        git.tag().setName("base").call();
    }

    @AfterEach
    void close() {
        git.close();
    }

    void commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("Test", "test@example.invalid");
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
    }

    @Test
    void nothingChanged() throws IOException {
        assertThat(GitChanges.since(dir, "base")).isEmpty();
        assertThat(GitChanges.since(dir, "HEAD")).isEmpty();
    }

    @Test
    void committedStagedUnstagedUntrackedRenamedDeleted() throws Exception {
        tree.file("docs/a.rst", "A changed\n");
        Files.move(dir.resolve("docs/old.rst"), dir.resolve("docs/new.rst"));
        Files.delete(dir.resolve("docs/gone.rst"));
        commit("committed");
        tree.file("docs/staged.rst", "S\n");
        git.add().addFilepattern("docs/staged.rst").call();
        tree.file("docs/b.rst", "B changed, not staged\n");
        tree.file("docs/untracked/new-page.rst", "U\n");
        tree.file("docs/build.log", "ignored\n");
        assertThat(GitChanges.since(dir, "base"))
                .containsExactlyInAnyOrder(
                        "docs/a.rst",
                        "docs/new.rst",
                        "docs/old.rst",
                        "docs/gone.rst",
                        "docs/staged.rst",
                        "docs/b.rst",
                        "docs/untracked/new-page.rst");
    }

    @Test
    void uncommittedDeletionAndRename() throws Exception {
        Files.delete(dir.resolve("docs/gone.rst"));
        git.rm().addFilepattern("docs/old.rst").call();
        tree.file("docs/renamed.rst", "Old\n");
        git.add().addFilepattern("docs/renamed.rst").call();
        assertThat(GitChanges.since(dir, "HEAD"))
                .containsExactlyInAnyOrder("docs/gone.rst", "docs/old.rst", "docs/renamed.rst");
    }

    @Test
    void pathsAreRelativeToASubfolderBase() throws Exception {
        tree.file("docs/snippets/part.rst", "Part changed\n").file("other/x.rst", "X changed\n");
        commit("both");
        tree.file("other/y.rst", "Y\n").file("docs/z.rst", "Z\n");
        assertThat(GitChanges.since(dir.resolve("docs"), "base"))
                .containsExactlyInAnyOrder("snippets/part.rst", "z.rst");
        assertThat(GitChanges.since(dir.resolve("docs/snippets"), "base")).containsExactly("part.rst");
    }

    @Test
    void changesOnTheBaseBranchAfterTheBranchPointDoNotCount() throws Exception {
        git.checkout().setCreateBranch(true).setName("feature").call();
        tree.file("docs/a.rst", "A on the feature\n");
        commit("feature");
        git.checkout().setName("main").call();
        tree.file("docs/b.rst", "B on main\n");
        commit("main moves on");
        git.checkout().setName("feature").call();
        // like `git diff main...feature`: main's own later change to b.rst is not the feature's
        assertThat(GitChanges.since(dir, "main")).containsExactly("docs/a.rst");
    }

    @Test
    void aCommitIdAndRelativeRefsResolve() throws Exception {
        String baseId = git.getRepository().resolve("base").name();
        tree.file("docs/a.rst", "A2\n");
        commit("one");
        tree.file("docs/b.rst", "B2\n");
        commit("two");
        assertThat(GitChanges.since(dir, baseId)).containsExactlyInAnyOrder("docs/a.rst", "docs/b.rst");
        assertThat(GitChanges.since(dir, "HEAD~1")).containsExactly("docs/b.rst");
    }

    @Test
    void anUnknownRefIsNamedWithTheFixInTheMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GitChanges.since(dir.resolve("docs"), "origin/main"))
                .withMessageContaining("'origin/main' names no commit")
                .withMessageContaining(dir.resolve("docs").toString())
                .withMessageContaining("git fetch origin main");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GitChanges.since(dir, "no such ref ^^"))
                .withMessageContaining("'no such ref ^^' names no commit");
    }

    @Test
    void aFolderOutsideAnyRepositoryIsAnError(@TempDir Path plain) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GitChanges.since(plain, "main"))
                .withMessageContaining(plain.toAbsolutePath().toString())
                .withMessageContaining("is not inside a git repository")
                .withMessageContaining("'main'");
    }
}
