package io.github.docslint.rules;

import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;
import java.util.Optional;

/** link-blocked: requesting it would reach into the machine's own network, so it was not requested. */
final class LinkBlockedRule implements LinkRule {
    @Override
    public String id() {
        return "link-blocked";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "An external link resolves to a private, loopback, link-local or metadata address and was not"
                + " requested.";
    }

    @Override
    public Optional<String> message(LinkResult r) {
        if (r.status() != LinkStatus.BLOCKED) {
            return Optional.empty();
        }
        return Optional.of(r.url() + " was not requested: "
                + (r.info().isEmpty() ? "it points at a private address" : r.info())
                + "; for intranet docs set docslint.links.allowPrivate=true, or skip the URL with"
                + " docslint.links.ignore");
    }
}
