package io.github.docslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.rst.RstDocument;
import io.github.docslint.rst.RstScanner;
import io.github.docslint.rst.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing suppression comments and what they cover, on small inputs. */
class SuppressionTest {
    static List<Suppression> parse(String text) {
        RstDocument doc = new RstScanner().scan(SourceText.of(text));
        return Suppressions.in(doc);
    }

    static Suppression one(String text) {
        List<Suppression> all = parse(text);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void disableCoversTheWholeElementAfterItOnlyAndOnlyTheNamedRules() {
        Suppression s = one(".. docslint: disable=image-alt-missing, image-missing\n\n"
                + ".. image:: a.png\n   :class: x\n\nAfter.\n");
        assertThat(s.rules()).containsExactly("image-alt-missing", "image-missing");
        assertThat(s.problems()).isEmpty();
        assertThat(s.wholeFile()).isFalse();
        assertThat(s.covers("image-alt-missing", 3)).isTrue();
        assertThat(s.covers("image-alt-missing", 4)).isTrue();
        assertThat(s.covers("image-alt-missing", 6)).isFalse(); // the paragraph after
        assertThat(s.covers("image-alt-missing", 1)).isFalse(); // the comment itself
        assertThat(s.covers("image-alt-empty", 3)).isFalse(); // another rule
    }

    @Test
    void disableFileCoversEveryLine() {
        Suppression s = one("Title\n=====\n\n.. docslint: disable-file=link-broken\n");
        assertThat(s.wholeFile()).isTrue();
        assertThat(s.problems()).isEmpty(); // nothing after it is fine for a file-wide one
        assertThat(s.covers("link-broken", 1)).isTrue();
        assertThat(s.covers("link-broken", 999)).isTrue();
        assertThat(s.covers("link-timeout", 1)).isFalse();
    }

    @Test
    void idsOverSeveralLinesAndAReasonAfterTwoDashes() {
        Suppression s =
                one(".. docslint: disable=image-alt-missing,\n   image-missing -- decorative, see #12\n\nText.\n");
        assertThat(s.rules()).containsExactly("image-alt-missing", "image-missing");
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void unknownIdIsAProblemNamingTheClosestKnownIdsWhileKnownOnesStillCount() {
        Suppression s = one(".. docslint: disable=image-alt-mising,link-broken\n\nText.\n");
        assertThat(s.rules()).containsExactly("link-broken");
        assertThat(s.problems())
                .containsExactly("unknown rule 'image-alt-mising' in docslint suppression; closest known rules:"
                        + " image-alt-missing, image-missing, image-alt-empty");
    }

    @Test
    void malformedSuppressions() {
        assertThat(one(".. docslint: disable=\n\nText.\n").problems())
                .containsExactly("'docslint: disable=' names no rule: list the rule ids to silence, e.g."
                        + " 'docslint: disable=image-alt-missing'");
        assertThat(one(".. docslint: enable=link-broken\n\nText.\n").problems())
                .singleElement()
                .asString()
                .startsWith("'.. docslint: enable=link-broken' is not a docslint suppression: write");
        assertThat(one(".. docslint disable=link-broken\n\nText.\n").problems()).hasSize(1);
        assertThat(one("Text.\n\n.. docslint: disable=link-broken\n").problems())
                .containsExactly("'docslint: disable=' has no element after it in its block to apply to: put it"
                        + " on the line before the element, or use 'docslint: disable-file=' for the whole file");
    }

    @Test
    void otherCommentsAreNotSuppressions() {
        assertThat(parse(".. a note about docslinting\n\n.. docslinter: x\n\n.. TODO: docslint: disable=x\n"))
                .isEmpty();
    }

    @Test
    void closestUsesEditDistance() {
        assertThat(Suppression.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suppression.closest("link-brokn", 1)).containsExactly("link-broken");
    }
}
