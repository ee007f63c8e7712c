package io.github.docslint.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRootsTest {

    @TempDir
    Path base;

    private Path file(String rel) throws IOException {
        Path p = base.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
        return p;
    }

    private static List<String> rels(Path root, List<Path> files) {
        return files.stream().map(f -> SourceRoots.relativePath(root, f)).toList();
    }

    private static boolean symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Test
    void findsEveryFolderWithAConfPySorted() throws IOException {
        file("docs/source/conf.py");
        file("docs/source/nested/conf.py");
        file("b/conf.py");
        file("a/notes.txt");
        assertThat(SourceRoots.find(base))
                .containsExactly(base.resolve("b"), base.resolve("docs/source"), base.resolve("docs/source/nested"));
    }

    @Test
    void theBaseItselfCanBeARoot() throws IOException {
        file("conf.py");
        file("sub/conf.py");
        assertThat(SourceRoots.find(base)).containsExactly(base, base.resolve("sub"));
    }

    @Test
    void skipsBuildOutputDependenciesAndHiddenFolders() throws IOException {
        file("target/x/conf.py");
        file("_build/conf.py");
        file("node_modules/pkg/conf.py");
        file(".venv/lib/conf.py");
        file("a/.hidden/conf.py");
        file("docs/conf.py");
        assertThat(SourceRoots.find(base)).containsExactly(base.resolve("docs"));
        assertThat(SourceRoots.isSkippedFolder("_build")).isTrue();
        assertThat(SourceRoots.isSkippedFolder(".git")).isTrue();
        assertThat(SourceRoots.isSkippedFolder("build")).isFalse();
    }

    @Test
    void aConfPyFolderIsNotAFileNamedConfPy() throws IOException {
        Files.createDirectories(base.resolve("odd/conf.py"));
        assertThat(SourceRoots.find(base)).isEmpty();
    }

    @Test
    void rootsOrBaseFallsBackToTheBase() throws IOException {
        file("a/index.rst");
        assertThat(SourceRoots.rootsOrBase(base)).containsExactly(base);
        file("a/conf.py");
        assertThat(SourceRoots.rootsOrBase(base)).containsExactly(base.resolve("a"));
    }

    @Test
    void followsSymbolicLinksToFolders(@TempDir Path elsewhere) throws IOException {
        Files.createDirectories(elsewhere.resolve("docs"));
        Files.writeString(elsewhere.resolve("docs/conf.py"), "");
        Files.writeString(elsewhere.resolve("docs/page.rst"), "");
        Assumptions.assumeTrue(symlink(base.resolve("linked"), elsewhere.resolve("docs")), "no symbolic links here");
        Path root = base.resolve("linked");
        assertThat(SourceRoots.find(base)).containsExactly(root);
        assertThat(rels(root, SourceRoots.rstFiles(root, List.of(root), FileFilter.defaults())))
                .containsExactly("page.rst");
    }

    @Test
    void survivesASymbolicLinkLoop() throws IOException {
        file("docs/conf.py");
        file("docs/a.rst");
        Assumptions.assumeTrue(symlink(base.resolve("docs/loop"), base.resolve("docs")), "no symbolic links here");
        List<String> warnings = new ArrayList<>();
        assertThat(SourceRoots.find(base, warnings::add)).containsExactly(base.resolve("docs"));
        Path root = base.resolve("docs");
        assertThat(rels(root, SourceRoots.rstFiles(root, List.of(), FileFilter.defaults(), warnings::add)))
                .containsExactly("a.rst");
        assertThat(warnings).isEmpty();
    }

    @Test
    void warnsAboutAndSkipsAnUnreadableFolder() throws IOException {
        file("docs/conf.py");
        file("docs/ok.rst");
        Path locked = base.resolve("docs/locked");
        file("docs/locked/conf.py");
        file("docs/locked/hidden.rst");
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who can read any folder (root)");
            List<String> warnings = new ArrayList<>();
            assertThat(SourceRoots.find(base, warnings::add)).containsExactly(base.resolve("docs"));
            assertThat(warnings)
                    .singleElement()
                    .asString()
                    .contains(locked.toString())
                    .contains("skipped");
            warnings.clear();
            Path root = base.resolve("docs");
            assertThat(rels(root, SourceRoots.rstFiles(root, List.of(), FileFilter.defaults(), warnings::add)))
                    .containsExactly("ok.rst");
            assertThat(warnings).singleElement().asString().contains(locked.toString());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aMissingBaseIsAnError() {
        assertThatThrownBy(() -> SourceRoots.find(base.resolve("nope"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SourceRoots.rstFiles(base.resolve("nope"), List.of(), FileFilter.defaults()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void listsRstFilesSortedByRelativePath() throws IOException {
        file("conf.py");
        file("b.rst");
        file("a/z.rst");
        file("a/b/c.rst");
        file("a.rst");
        file("notes.txt");
        file("readme.RST");
        file(".hidden.rst");
        file(".git/x.rst");
        file("_build/y.rst");
        file("target/t.rst");
        file("node_modules/n.rst");
        file("sub/.secret/s.rst");
        assertThat(rels(base, SourceRoots.rstFiles(base, List.of(), FileFilter.defaults())))
                .containsExactly("a.rst", "a/b/c.rst", "a/z.rst", "b.rst");
    }

    @Test
    void codePointOrderIsTheOrderOfTheCodePoints() {
        java.util.Random random = new java.util.Random(7);
        char[] alphabet = {'a', 'z', '/', '\uFB01', '\uD83D', '\uDE00', '\uDBFF', '\uE000', '\uFFFF'};
        for (int n = 0; n < 20_000; n++) {
            String a = word(random, alphabet);
            String b = random.nextInt(4) == 0 ? a + word(random, alphabet) : word(random, alphabet);
            int expected = Integer.signum(java.util.Arrays.compare(
                    a.codePoints().toArray(), b.codePoints().toArray()));
            assertThat(Integer.signum(SourceRoots.CODE_POINT_ORDER.compare(a, b)))
                    .as("%s vs %s", a, b)
                    .isEqualTo(expected);
        }
    }

    private static String word(java.util.Random random, char[] alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(6); k > 0; k--) {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }

    @Test
    void sortsByCodePointsLikePython() throws IOException {
        // U+FB01 sorts before U+1F600 by code point, after it by UTF-16 unit
        file("\uFB01.rst");
        file("\uD83D\uDE00.rst");
        file("z.rst");
        assertThat(rels(base, SourceRoots.rstFiles(base, List.of(), FileFilter.defaults())))
                .containsExactly("z.rst", "\uFB01.rst", "\uD83D\uDE00.rst");
    }

    @Test
    void leavesNestedRootsToThemselves() throws IOException {
        file("conf.py");
        file("index.rst");
        file("api/conf.py");
        file("api/ref.rst");
        file("guide/g.rst");
        List<Path> roots = SourceRoots.find(base);
        assertThat(roots).containsExactly(base, base.resolve("api"));
        assertThat(rels(base, SourceRoots.rstFiles(base, roots, FileFilter.defaults())))
                .containsExactly("guide/g.rst", "index.rst");
        Path api = base.resolve("api");
        assertThat(rels(api, SourceRoots.rstFiles(api, roots, FileFilter.defaults())))
                .containsExactly("ref.rst");
        // without the list the nested root's files would be taken
        assertThat(rels(base, SourceRoots.rstFiles(base, List.of(), FileFilter.defaults())))
                .containsExactly("api/ref.rst", "guide/g.rst", "index.rst");
    }

    @Test
    void appliesTheUserFilter() throws IOException {
        file("index.rst");
        file("drafts/d.rst");
        file("guide/drafts/e.rst");
        file("guide/g.rst");
        FileFilter filter = FileFilter.of(null, List.of("**/drafts/**"));
        assertThat(rels(base, SourceRoots.rstFiles(base, List.of(), filter)))
                .containsExactly("guide/g.rst", "index.rst");
    }

    @Test
    void relativePathIsWhatRelativizeGives() {
        for (List<String> pair : List.of(
                List.of("/a/b", "/a/b/c/d.rst"),
                List.of("/a/b", "/a/b"),
                List.of("/", "/x.rst"),
                List.of("a", "a/b.rst"),
                List.of("a/./b", "a/./b/c.rst"),
                List.of("a/../b", "a/../b/c.rst"),
                List.of("/a/b", "/a/bc/d.rst"),
                List.of("/a/b", "/a/x.rst"))) {
            Path root = Path.of(pair.get(0));
            Path file = Path.of(pair.get(1));
            String expected = String.join(
                    "/",
                    java.util.stream.StreamSupport.stream(root.relativize(file).spliterator(), false)
                            .map(Path::toString)
                            .toList());
            assertThat(SourceRoots.relativePath(root, file)).as(pair.toString()).isEqualTo(expected);
        }
    }

    @Test
    void relativePathUsesSlashes() {
        assertThat(SourceRoots.relativePath(base, base.resolve("a").resolve("b").resolve("c.rst")))
                .isEqualTo("a/b/c.rst");
        assertThat(SourceRoots.relativePath(base, base.resolve("c.rst"))).isEqualTo("c.rst");
    }

    @Test
    void aSurveyFindsWhatEachRootsOwnWalkFinds() throws IOException {
        file("conf.py");
        file("index.rst");
        file("api/conf.py");
        file("api/ref.rst");
        file("api/deep/conf.py");
        file("api/deep/d.rst");
        file("guide/g.rst");
        file("guide/drafts/x.rst");
        file("skipped/s.rst");
        file("_build/b.rst");
        file(".hidden/h.rst");
        file("z.rst");
        file("\uFB01.rst");
        file("\uD83D\uDE00.rst");
        Files.writeString(base.resolve("guide/big.rst"), "x".repeat(5000));
        SourceRoots.Survey survey = SourceRoots.survey(base, w -> {});
        assertThat(survey.roots()).isEqualTo(SourceRoots.find(base)).hasSize(3);
        FileFilter filter = FileFilter.of(null, List.of("**/drafts/**"));
        List<Path> skip = new ArrayList<>(survey.roots());
        skip.add(base.resolve("skipped"));
        for (Path root : survey.roots()) {
            List<SourceRoots.RstFile> found =
                    survey.rstFiles(root, skip, filter).orElseThrow();
            assertThat(found.stream().map(SourceRoots.RstFile::path).toList())
                    .as(root.toString())
                    .isEqualTo(SourceRoots.rstFiles(root, skip, filter))
                    .isNotEmpty();
            for (SourceRoots.RstFile f : found) {
                assertThat(f.size()).isEqualTo(Files.size(f.path()));
            }
        }
        assertThat(rels(base, SourceRoots.rstFiles(base, skip, filter)))
                .containsExactly(
                        "guide/big.rst", "guide/g.rst", "index.rst", "z.rst", "\uFB01.rst", "\uD83D\uDE00.rst");
    }

    @Test
    void aSurveyKnowsTheRegularFilesItMet() throws IOException {
        file("docs/conf.py");
        file("docs/img/a.png");
        file(".hidden/b.png");
        SourceRoots.Survey survey = SourceRoots.survey(base, w -> {});
        assertThat(survey.met(base.resolve("docs/img/a.png"))).isTrue();
        assertThat(survey.met(base.resolve("docs/conf.py"))).isTrue();
        assertThat(survey.met(base.resolve("docs/img"))).as("a folder").isFalse();
        assertThat(survey.met(base.resolve(".hidden/b.png")))
                .as("in a folder no walk enters")
                .isFalse();
        assertThat(survey.met(base.resolve("docs/img/c.png"))).isFalse();

        // a project loaded from the survey asks the file system only about files the walk did not meet
        Path root = base.resolve("docs");
        SphinxProject project = SphinxProject.loadFound(
                root,
                base,
                survey,
                survey.rstFiles(root, List.of(), FileFilter.defaults()).orElseThrow(),
                new FileScans(java.nio.charset.StandardCharsets.UTF_8),
                w -> {});
        Files.delete(base.resolve("docs/img/a.png"));
        assertThat(project.isRegularFile(base.resolve("docs/img/a.png")))
                .as("met by the walk")
                .isTrue();
        assertThat(project.isRegularFile(base.resolve(".hidden/b.png")))
                .as("asked of the file system")
                .isTrue();
        assertThat(project.isRegularFile(base.resolve("docs/img/c.png"))).isFalse();
        assertThat(project.isRegularFile(base.resolve("docs/img"))).isFalse();
    }

    @Test
    void aSurveyLeavesARootToItsOwnWalkAfterALinkLoop() throws IOException {
        file("docs/conf.py");
        file("a.rst");
        file("docs/b.rst");
        // from the base this link closes a loop; from docs/ it leads back to the base's files
        Assumptions.assumeTrue(symlink(base.resolve("docs/up"), base), "no symbolic links here");
        SourceRoots.Survey survey = SourceRoots.survey(base, w -> {});
        assertThat(survey.roots()).containsExactly(base.resolve("docs"));
        assertThat(survey.rstFiles(base.resolve("docs"), List.of(), FileFilter.defaults()))
                .isEmpty();
        assertThat(rels(
                        base.resolve("docs"),
                        SourceRoots.rstFiles(base.resolve("docs"), List.of(), FileFilter.defaults())))
                .contains("b.rst", "up/a.rst");
    }

    @Test
    void aSurveyOfAnotherFolderLeavesARootToItsOwnWalk() throws IOException {
        file("a/conf.py");
        file("b/x.rst");
        SourceRoots.Survey survey = SourceRoots.survey(base.resolve("a"), w -> {});
        assertThat(survey.rstFiles(base.resolve("b"), List.of(), FileFilter.defaults()))
                .isEmpty();
        assertThat(survey.rootsOrBase()).containsExactly(base.resolve("a"));
        assertThat(SourceRoots.survey(base.resolve("b"), w -> {}).rootsOrBase()).containsExactly(base.resolve("b"));
    }
}
