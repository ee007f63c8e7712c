package io.github.docslint;

/**
 * How the distinct URLs of a run were answered.
 *
 * @param urls distinct URLs found
 * @param fromCache answered by a fresh cached success
 * @param checked checked in this run (requested, or found ignored or blocked without a request)
 */
public record LinkStats(int urls, int fromCache, int checked) {
    public static final LinkStats NONE = new LinkStats(0, 0, 0);
}
