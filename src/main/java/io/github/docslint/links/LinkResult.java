package io.github.docslint.links;

/**
 * The outcome of checking one URL (fragment included: two fragments of one page are two results of
 * one request).
 *
 * @param url the URL as written in the docs
 * @param status what it came to
 * @param code the last HTTP status code seen, 0 when there was none (DNS failure, timeout, not requested)
 * @param info a short human explanation: the error, the redirect target, the anchor; never a header
 *     value or other secret
 */
public record LinkResult(String url, LinkStatus status, int code, String info) {
    public LinkResult {
        info = info == null ? "" : info;
    }

    public static LinkResult unchecked(String url, String why) {
        return new LinkResult(url, LinkStatus.UNCHECKED, 0, why);
    }
}
