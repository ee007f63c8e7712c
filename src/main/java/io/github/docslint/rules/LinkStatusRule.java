package io.github.docslint.rules;

import io.github.docslint.links.LinkResult;
import io.github.docslint.links.LinkStatus;
import java.util.Optional;

/** A link rule that speaks about exactly one status of the link check. */
abstract class LinkStatusRule implements LinkRule {
    private final String id;
    private final Severity severity;
    private final LinkStatus status;
    private final String description;

    LinkStatusRule(String id, Severity severity, LinkStatus status, String description) {
        this.id = id;
        this.severity = severity;
        this.status = status;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Optional<String> message(LinkResult result) {
        return result.status() == status ? Optional.of(describe(result)) : Optional.empty();
    }

    /** The message for a result of this rule's status: what happened, and what to do. */
    abstract String describe(LinkResult r);

    /** " (info)", or nothing when there is no info. */
    static String detail(String info) {
        return info.isEmpty() ? "" : " (" + info + ")";
    }
}
