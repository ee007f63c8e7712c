package io.github.docslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each link rule speaks about exactly one status, and its message says what to do. */
class LinkRulesTest {
    private static final Map<LinkRule, LinkStatus> RULES = Map.of(
            new LinkBrokenRule(), LinkStatus.BROKEN,
            new LinkTimeoutRule(), LinkStatus.TIMEOUT,
            new LinkRedirectedRule(), LinkStatus.REDIRECTED,
            new LinkAnchorMissingRule(), LinkStatus.ANCHOR_MISSING,
            new LinkBlockedRule(), LinkStatus.BLOCKED);

    @Test
    void eachRuleReportsItsOwnStatusOnly() {
        RULES.forEach((rule, status) -> {
            for (LinkStatus s : LinkStatus.values()) {
                LinkResult r = new LinkResult("https://example.com/a#b", s, 0, "");
                assertThat(rule.message(r).isPresent())
                        .as(rule.id() + " on " + s)
                        .isEqualTo(s == status);
            }
        });
        // nothing reports a working, ignored or unchecked link
        for (LinkStatus s : EnumSet.of(LinkStatus.WORKING, LinkStatus.IGNORED, LinkStatus.UNCHECKED)) {
            assertThat(RULES.keySet())
                    .allSatisfy(rule -> assertThat(rule.message(new LinkResult("https://x.org/", s, 200, "")))
                            .isEmpty());
        }
    }

    @Test
    void brokenNamesTheCodeAndTheWayOut() {
        assertThat(new LinkBrokenRule().message(new LinkResult("https://x.org/a", LinkStatus.BROKEN, 404, "Not Found")))
                .hasValue("https://x.org/a answers HTTP 404 (Not Found): fix or remove the link; if the page works in a"
                        + " browser, accept the code for its host with docslint.links.accept or skip it with"
                        + " docslint.links.ignore");
        assertThat(new LinkBrokenRule()
                        .message(new LinkResult("https://x.org/a", LinkStatus.BROKEN, 0, "unknown host")))
                .get()
                .asString()
                .startsWith("https://x.org/a cannot be reached (unknown host): ");
    }

    @Test
    void theCodeIsSaidOnceWhenTheInfoRepeatsIt() {
        assertThat(new LinkBrokenRule().message(new LinkResult("https://x.org/a", LinkStatus.BROKEN, 410, "410 Gone")))
                .get()
                .asString()
                .startsWith("https://x.org/a answers HTTP 410 (Gone): ");
    }

    @Test
    void redirectedSaysWhereTheLinkShouldPointNow() {
        assertThat(new LinkRedirectedRule()
                        .message(new LinkResult("http://x.org/a", LinkStatus.REDIRECTED, 301, "https://x.org/b")))
                .hasValue("http://x.org/a moved permanently (301) to https://x.org/b: update the link, or allow the"
                        + " redirect with docslint.links.allowedRedirects");
    }

    @Test
    void anchorMissingNamesTheFragment() {
        assertThat(new LinkAnchorMissingRule()
                        .message(new LinkResult("https://x.org/a#setup", LinkStatus.ANCHOR_MISSING, 200, "")))
                .get()
                .asString()
                .startsWith("https://x.org/a#setup: the page has no anchor #setup:");
    }

    @Test
    void timeoutAndBlockedSayHowToLiveWithThem() {
        assertThat(new LinkTimeoutRule().message(new LinkResult("https://slow.org/", LinkStatus.TIMEOUT, 0, "30s")))
                .get()
                .asString()
                .contains("docslint.links.timeout");
        assertThat(new LinkBlockedRule().message(new LinkResult("http://10.0.0.1/", LinkStatus.BLOCKED, 0, "10.0.0.1")))
                .get()
                .asString()
                .contains("docslint.links.allowPrivate=true");
    }
}
