package io.github.docslint.links;

import java.util.Locale;

/** What checking one URL came to. The names in {@code links.jsonl} are Sphinx linkcheck's. */
public enum LinkStatus {
    /** 2xx, an accepted code, or a temporary redirect to a working page */
    WORKING,
    /** 4xx/5xx not accepted, DNS failure, refused or reset connection, TLS failure, bad redirect */
    BROKEN,
    /** a permanent redirect (301/308) outside the allowed redirects, to a working page */
    REDIRECTED,
    /** no answer within the per-link deadline, retries included */
    TIMEOUT,
    /** matched an ignore pattern: not requested */
    IGNORED,
    /** a private, loopback, link-local or metadata address: not requested */
    BLOCKED,
    /** not checked (offline mode, or link checking skipped) */
    UNCHECKED,
    /** the page works but its {@code #fragment} is no id or name in it */
    ANCHOR_MISSING;

    /** The status as {@code links.jsonl} writes it. */
    public String jsonName() {
        return this == ANCHOR_MISSING ? "broken" : name().toLowerCase(Locale.ROOT);
    }
}
