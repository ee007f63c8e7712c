package io.github.docslint.rules;

import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;

/** link-blocked: requesting it would reach into the machine's own network, so it was not requested. */
final class LinkBlockedRule extends LinkStatusRule {
    LinkBlockedRule() {
        super(
                "link-blocked",
                Severity.WARNING,
                LinkStatus.BLOCKED,
                "An external link resolves to a private, loopback, link-local or metadata address and was not"
                        + " requested.");
    }

    @Override
    String describe(LinkResult r) {
        return r.url() + " was not requested: " + (r.info().isEmpty() ? "it points at a private address" : r.info())
                + "; for intranet docs set docslint.links.allowPrivate=true, or skip the URL with"
                + " docslint.links.ignore";
    }
}
