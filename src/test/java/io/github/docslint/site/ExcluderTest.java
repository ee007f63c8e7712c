package io.github.docslint.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExcluderTest {

    @Test
    void excludesAFileByItsOwnPath() {
        Excluder ex = new Excluder(List.of("about/common.rst", "*.inc"));
        assertThat(ex.firstMatch("about/common.rst")).contains("about/common.rst");
        assertThat(ex.firstMatch("notes.inc")).contains("*.inc");
        assertThat(ex.firstMatch("about/other.rst")).isEmpty();
        // '*' stops at '/', and no folder above matches
        assertThat(ex.firstMatch("sub/notes.inc")).isEmpty();
    }

    @Test
    void excludesEverythingBelowAMatchingFolder() {
        Excluder ex = new Excluder(List.of("_build", "drafts"));
        assertThat(ex.firstMatch("drafts/a.rst")).contains("drafts");
        assertThat(ex.firstMatch("drafts/x/y/b.rst")).contains("drafts");
        assertThat(ex.firstMatch("_build/html/index.rst")).contains("_build");
        assertThat(ex.firstMatch("a/drafts/c.rst")).isEmpty();
        assertThat(ex.firstMatch("drafts2/a.rst")).isEmpty();
    }

    @Test
    void doubleStarSlashNeedsAFolderAbove() {
        Excluder ex = new Excluder(List.of("**/x.rst", "**/drafts"));
        assertThat(ex.firstMatch("x.rst")).isEmpty();
        assertThat(ex.firstMatch("a/x.rst")).contains("**/x.rst");
        assertThat(ex.firstMatch("drafts/a.rst")).isEmpty();
        assertThat(ex.firstMatch("a/drafts/b.rst")).contains("**/drafts");
    }

    @Test
    void triesShorterPrefixesFirstThenPatternsInOrder() {
        Excluder ex = new Excluder(List.of("a/b.rst", "a", "*"));
        // prefix "a" is tested before "a/b.rst", and for "a" the patterns "a" and "*" both match
        assertThat(ex.firstMatch("a/b.rst")).contains("a");
        Excluder reversed = new Excluder(List.of("*", "a"));
        assertThat(reversed.firstMatch("a/b.rst")).contains("*");
    }

    @Test
    void normalisesThePathToNfc() {
        String nfc = "caf\u00e9";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        Excluder ex = new Excluder(List.of(nfc + "/*.rst"));
        assertThat(ex.firstMatch(nfd + "/menu.rst")).contains(nfc + "/*.rst");
        assertThat(ex.excludes(nfd + "/menu.rst")).isTrue();
    }

    @Test
    void noPatternsExcludeNothing() {
        Excluder ex = new Excluder(List.of());
        assertThat(ex.firstMatch("a/b.rst")).isEmpty();
        assertThat(ex.excludes("index.rst")).isFalse();
        assertThat(ex.patterns()).isEmpty();
    }

    @Test
    void keepsItsPatternsAndRejectsBrokenOnes() {
        List<String> patterns = List.of("a", "b");
        assertThat(new Excluder(patterns).patterns()).containsExactly("a", "b");
        assertThatThrownBy(() -> new Excluder(List.of("ok", "[z-a]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[z-a]");
    }
}
