package io.github.docslint.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnchorFinderTest {
    private static Set<String> anchors(String html) {
        return AnchorFinder.anchors(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "https://x/");
    }

    @Test
    void idsAndNamesAsWrittenOrPercentDecoded() {
        Set<String> a = anchors("<h2 id=\"install-on-ubuntu\">x</h2><a name=\"Über\"></a>");
        assertThat(AnchorFinder.has(a, "install-on-ubuntu")).isTrue();
        assertThat(AnchorFinder.has(a, "%C3%9Cber")).isTrue();
        assertThat(AnchorFinder.has(a, "install")).isFalse();
    }

    @Test
    void aPageWithoutACharsetInItsContentTypeIsReadInTheOneItsMetaTagDeclares() {
        byte[] latin1 = "<meta charset=\"windows-1252\"><a id=\"\u00dcber\"></a>".getBytes(StandardCharsets.ISO_8859_1);
        Set<String> a = AnchorFinder.anchors(latin1, null, "https://x/");
        assertThat(a).contains("\u00dcber");
        assertThat(AnchorFinder.anchors("<p id=x>".getBytes(StandardCharsets.UTF_8), null, "https://x/"))
                .containsExactly("x");
    }

    @Test
    void aPageStillBeingReadAtTheDeadlineGivesNoAnchors() {
        byte[] page = ("<html>" + "<p id=a></p>".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        assertThat(AnchorFinder.anchors(page, StandardCharsets.UTF_8, "https://x/", System.nanoTime() - 1))
                .isEmpty();
        assertThat(AnchorFinder.anchors(
                        page, StandardCharsets.UTF_8, "https://x/", System.nanoTime() + 60_000_000_000L))
                .get()
                .isEqualTo(Set.of("a"));
    }

    @Test
    void githubReadmeHeadingsCarryAUserContentPrefix() {
        Set<String> a = anchors("<h2 id=\"user-content-getting-started\">Getting started</h2>");
        assertThat(AnchorFinder.has(a, "getting-started")).isTrue();
        assertThat(AnchorFinder.has(a, "getting")).isFalse();
    }

    @Test
    void fragmentsThatNameNoAnchorInTheHtmlAreNotLookedUp() {
        assertThat(LinkChecker.checkableFragment("https://x.example/p", "usage"))
                .isTrue();
        assertThat(LinkChecker.checkableFragment("https://x.example/p", "")).isFalse();
        assertThat(LinkChecker.checkableFragment("https://x.example/app", "!/route"))
                .isFalse();
        assertThat(LinkChecker.checkableFragment("https://x.example/p", ":~:text=some%20words"))
                .isFalse();
        String blob = "https://github.com/mattermost/mattermost/blob/master/server/go.mod";
        assertThat(LinkChecker.checkableFragment(blob, "L10")).isFalse();
        assertThat(LinkChecker.checkableFragment(blob, "L10-L20")).isFalse();
        assertThat(LinkChecker.checkableFragment("https://gitlab.com/a/b/-/blob/main/x", "L3-7"))
                .isFalse();
        assertThat(LinkChecker.checkableFragment(blob, "Lemma"))
                .as("not a line anchor")
                .isTrue();
        assertThat(LinkChecker.checkableFragment("https://x.example/p", "L10"))
                .as("only the code hosts' script anchors")
                .isTrue();
    }
}
