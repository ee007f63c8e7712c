package io.github.docslint.rules;

import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;
import java.util.Optional;

/** link-redirected: the page moved for good; the docs should say where it is now. */
final class LinkRedirectedRule implements LinkRule {
    @Override
    public String id() {
        return "link-redirected";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.OFF;
    }

    @Override
    public String description() {
        return "An external link is permanently redirected (301/308) outside the allowed redirects.";
    }

    @Override
    public Optional<String> message(LinkResult r) {
        if (r.status() != LinkStatus.REDIRECTED) {
            return Optional.empty();
        }
        return Optional.of(r.url() + " moved permanently" + (r.code() > 0 ? " (" + r.code() + ")" : "")
                + (r.info().isEmpty() ? "" : " to " + r.info())
                + ": update the link, or allow the redirect with docslint.links.allowedRedirects");
    }
}
