package io.github.docslint.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileFilterTest {

    @Test
    void defaultsTakeEveryRstFileAtAnyDepth() {
        FileFilter f = FileFilter.defaults();
        assertThat(f.includes()).containsExactly("**/*.rst");
        assertThat(f.excludes()).isEmpty();
        assertThat(f.accepts("index.rst")).isTrue();
        assertThat(f.accepts("a/b/c.rst")).isTrue();
        assertThat(f.accepts("a/b/c.txt")).isFalse();
        assertThat(f.accepts("index.rst.bak")).isFalse();
    }

    @Test
    void emptyOrNullIncludesMeanTheDefault() {
        assertThat(FileFilter.of(List.of(), null).includes()).isEqualTo(FileFilter.DEFAULT_INCLUDES);
        assertThat(FileFilter.of(null, List.of()).accepts("x.rst")).isTrue();
    }

    @Test
    void excludesDropFilesBelowAFolder() {
        FileFilter f = FileFilter.of(null, List.of("drafts/**"));
        assertThat(f.accepts("drafts/a.rst")).isFalse();
        assertThat(f.accepts("drafts/x/b.rst")).isFalse();
        assertThat(f.accepts("a/drafts/c.rst")).isTrue();
        assertThat(f.accepts("index.rst")).isTrue();
    }

    @Test
    void leadingDoubleStarAlsoMatchesAtTheTop() {
        FileFilter f = FileFilter.of(null, List.of("**/drafts/**"));
        assertThat(f.accepts("drafts/a.rst")).isFalse();
        assertThat(f.accepts("a/drafts/c.rst")).isFalse();
        assertThat(f.accepts("a/c.rst")).isTrue();
    }

    @Test
    void doubleStarInTheMiddleMatchesNoFolderToo() {
        FileFilter f = FileFilter.of(List.of("guide/**/*.rst"), null);
        assertThat(f.accepts("guide/a.rst")).isTrue();
        assertThat(f.accepts("guide/x/y/a.rst")).isTrue();
        assertThat(f.accepts("other/a.rst")).isFalse();
        assertThat(FileFilter.variants("**/a/**/b")).containsExactlyInAnyOrder("**/a/**/b", "a/**/b", "**/a/b", "a/b");
    }

    @Test
    void trailingSlashMeansTheWholeFolder() {
        FileFilter f = FileFilter.of(null, List.of("old/"));
        assertThat(f.accepts("old/a.rst")).isFalse();
        assertThat(f.accepts("old/deep/a.rst")).isFalse();
        assertThat(f.accepts("older/a.rst")).isTrue();
    }

    @Test
    void includesRestrictAndExcludesWin() {
        FileFilter f = FileFilter.of(List.of("guide/*.rst", "index.rst"), List.of("guide/skip.rst"));
        assertThat(f.accepts("index.rst")).isTrue();
        assertThat(f.accepts("guide/a.rst")).isTrue();
        assertThat(f.accepts("guide/skip.rst")).isFalse();
        assertThat(f.accepts("guide/sub/a.rst")).isFalse();
        assertThat(f.accepts("api/a.rst")).isFalse();
    }

    @Test
    void jdkGlobGroupsWork() {
        FileFilter f = FileFilter.of(List.of("{guide,api}/*.rst"), null);
        assertThat(f.accepts("api/a.rst")).isTrue();
        assertThat(f.accepts("guide/a.rst")).isTrue();
        assertThat(f.accepts("misc/a.rst")).isFalse();
    }

    @Test
    void invalidGlobNamesThePatternAndTheReason() {
        assertThatThrownBy(() -> FileFilter.of(List.of("[abc"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("include pattern '[abc'")
                .hasMessageContaining("Missing ']'");
        assertThatThrownBy(() -> FileFilter.of(null, List.of("a{b{c}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exclude pattern 'a{b{c}}'")
                .hasMessageContaining("Cannot nest groups");
        assertThatThrownBy(() -> FileFilter.of(List.of(" "), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void theDefaultFilterAnswersAsItsGlobWould() {
        // an exclude that matches nothing makes the filter match with the glob itself
        FileFilter globbed = FileFilter.of(null, List.of("no-such-folder-anywhere/**"));
        FileFilter defaults = FileFilter.defaults();
        for (String rel : List.of(
                "a.rst",
                ".rst",
                ".hidden.rst",
                "a/b/c.rst",
                "a//b.rst",
                "a.rst/",
                "a/b.rst/",
                "a.RST",
                "a.rsts",
                "a.rst.txt",
                "rst",
                "",
                "../x.rst",
                "./x.rst",
                "a b/\u00fc.rst",
                "x\0.rst",
                "snippet.txt")) {
            assertThat(defaults.accepts(rel)).as(rel).isEqualTo(globbed.accepts(rel));
            assertThat(defaults.reportsOn(rel)).as(rel).isEqualTo(globbed.reportsOn(rel));
        }
    }
}
