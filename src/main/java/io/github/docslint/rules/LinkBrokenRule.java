package io.github.docslint.rules;

import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;
import java.util.Optional;

/** link-broken: the server said no (4xx/5xx not accepted), or could not be reached at all. */
final class LinkBrokenRule implements LinkRule {
    @Override
    public String id() {
        return "link-broken";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "An external link answers 4xx/5xx (not accepted), or its host cannot be resolved, connected to"
                + " or spoken TLS with.";
    }

    @Override
    public Optional<String> message(LinkResult r) {
        if (r.status() != LinkStatus.BROKEN) {
            return Optional.empty();
        }
        String what = r.code() > 0 ? "answers HTTP " + r.code() : "cannot be reached";
        // the engine's info may repeat the code ("404 Not Found"): say it once
        String info = r.code() > 0 && r.info().startsWith(r.code() + " ")
                ? r.info().substring(4).strip()
                : r.info();
        return Optional.of(r.url() + " " + what + (info.isEmpty() ? "" : " (" + info + ")")
                + ": fix or remove the link; if the page works in a browser, accept the code for its host with"
                + " docslint.links.accept or skip it with docslint.links.ignore");
    }
}
