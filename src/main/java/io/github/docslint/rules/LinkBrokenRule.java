package io.github.docslint.rules;

import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;

/** link-broken: the server said no (4xx/5xx not accepted), or could not be reached at all. */
final class LinkBrokenRule extends LinkStatusRule {
    LinkBrokenRule() {
        super(
                "link-broken",
                Severity.ERROR,
                LinkStatus.BROKEN,
                "An external link answers 4xx/5xx (not accepted), or its host cannot be resolved, connected to"
                        + " or spoken TLS with.");
    }

    @Override
    String describe(LinkResult r) {
        String what = r.code() > 0 ? "answers HTTP " + r.code() : "cannot be reached";
        // the engine's info may repeat the code ("404 Not Found"): say it once
        String info = r.code() > 0 && r.info().startsWith(r.code() + " ")
                ? r.info().substring(4).strip()
                : r.info();
        return r.url() + " " + what + detail(info)
                + ": fix or remove the link; if the page works in a browser, accept the code for its host with"
                + " docslint.links.accept or skip it with docslint.links.ignore";
    }
}
