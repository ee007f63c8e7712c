package io.github.docslint.rst;

/** One appearance of an external http(s) link: the URI docutils would render, where it is written. */
public record Link(String uri, Kind kind, Position position) {
    /** Whether {@code uri} is an http(s) URI, the links docslint checks. */
    public static boolean isHttp(String uri) {
        return InlineScanner.isHttp(uri);
    }

    public enum Kind {
        /** {@code `text <uri>`_} */
        EMBEDDED,
        /** {@code `text <uri>`__} */
        EMBEDDED_ANONYMOUS,
        /** {@code name_} or {@code `name`_} resolved to a {@code .. _name: uri} target */
        NAMED_REFERENCE,
        /** {@code name__} resolved to an anonymous target */
        ANONYMOUS_REFERENCE,
        /** a bare URI in running text */
        STANDALONE,
        /** an image's {@code :target:} */
        IMAGE_TARGET,
        /** {@code <a href>} or {@code <img src>} in raw HTML */
        RAW_HTML
    }
}
