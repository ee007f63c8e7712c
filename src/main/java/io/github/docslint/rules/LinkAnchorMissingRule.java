package io.github.docslint.rules;

import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;
import java.util.Optional;

/** link-anchor-missing: the page is there but the part the link points at is not. */
final class LinkAnchorMissingRule implements LinkRule {
    @Override
    public String id() {
        return "link-anchor-missing";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.OFF;
    }

    @Override
    public String description() {
        return "The #fragment of an external link is no id or name in the fetched HTML page.";
    }

    @Override
    public Optional<String> message(LinkResult r) {
        if (r.status() != LinkStatus.ANCHOR_MISSING) {
            return Optional.empty();
        }
        int hash = r.url().indexOf('#');
        String anchor = hash < 0 ? "" : r.url().substring(hash);
        return Optional.of(r.url() + ": the page has no anchor " + anchor
                + (r.info().isEmpty() ? "" : " (" + r.info() + ")")
                + ": point the link at an existing heading, or drop the fragment");
    }
}
