package io.github.docslint.rules;

import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;

/** link-redirected: the page moved for good; the docs should say where it is now. */
final class LinkRedirectedRule extends LinkStatusRule {
    LinkRedirectedRule() {
        super(
                "link-redirected",
                Severity.OFF,
                LinkStatus.REDIRECTED,
                "An external link is permanently redirected (301/308) outside the allowed redirects.");
    }

    @Override
    String describe(LinkResult r) {
        return r.url() + " moved permanently" + (r.code() > 0 ? " (" + r.code() + ")" : "")
                + (r.info().isEmpty() ? "" : " to " + r.info())
                + ": update the link, or allow the redirect with docslint.links.allowedRedirects";
    }
}
