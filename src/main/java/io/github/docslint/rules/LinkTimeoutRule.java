package io.github.docslint.rules;

import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;

/** link-timeout: no answer within the per-link deadline, retries included. */
final class LinkTimeoutRule extends LinkStatusRule {
    LinkTimeoutRule() {
        super(
                "link-timeout",
                Severity.ERROR,
                LinkStatus.TIMEOUT,
                "An external link gives no answer within the deadline, retries included.");
    }

    @Override
    String describe(LinkResult r) {
        return r.url() + " did not answer in time" + detail(r.info())
                + ": raise docslint.links.timeout, skip the URL with docslint.links.ignore, or set"
                + " link-timeout=warning in docslint.rules for hosts that are often slow";
    }
}
