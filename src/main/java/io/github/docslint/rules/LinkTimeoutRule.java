package io.github.docslint.rules;

import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;
import java.util.Optional;

/** link-timeout: no answer within the per-link deadline, retries included. */
final class LinkTimeoutRule implements LinkRule {
    @Override
    public String id() {
        return "link-timeout";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "An external link gives no answer within the deadline, retries included.";
    }

    @Override
    public Optional<String> message(LinkResult r) {
        if (r.status() != LinkStatus.TIMEOUT) {
            return Optional.empty();
        }
        return Optional.of(r.url() + " did not answer in time" + (r.info().isEmpty() ? "" : " (" + r.info() + ")")
                + ": raise docslint.links.timeout, skip the URL with docslint.links.ignore, or set"
                + " link-timeout=warning in docslint.rules for hosts that are often slow");
    }
}
