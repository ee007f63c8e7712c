package io.github.docslint;

/**
 * How the distinct URLs of a run were answered.
 *
 * @param urls distinct URLs found
 * @param fromCache answered by a fresh cached success
 * @param requested checked over the network in this run
 */
public record LinkStats(int urls, int fromCache, int requested) {
    public static final LinkStats NONE = new LinkStats(0, 0, 0);
}
