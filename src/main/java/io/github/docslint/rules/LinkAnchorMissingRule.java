package io.github.docslint.rules;

import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;

/** link-anchor-missing: the page is there but the part the link points at is not. */
final class LinkAnchorMissingRule extends LinkStatusRule {
    LinkAnchorMissingRule() {
        super(
                "link-anchor-missing",
                Severity.OFF,
                LinkStatus.ANCHOR_MISSING,
                "The #fragment of an external link is no id or name in the fetched HTML page.");
    }

    @Override
    String describe(LinkResult r) {
        int hash = r.url().indexOf('#');
        String anchor = hash < 0 ? "" : r.url().substring(hash);
        return r.url() + ": the page has no anchor " + anchor + detail(r.info())
                + ": point the link at an existing heading, or drop the fragment";
    }
}
