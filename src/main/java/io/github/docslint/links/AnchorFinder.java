package io.github.docslint.links;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/** The anchors of an HTML page: every {@code id} and every {@code name}, as Sphinx linkcheck looks. */
final class AnchorFinder {
    private AnchorFinder() {}

    /** Every id and name of the page, however long it takes to read. */
    static Set<String> anchors(byte[] html, Charset charset, String baseUri) {
        // a deadline far ahead, not Long.MAX_VALUE: nanoTime may be negative, and the check subtracts
        return anchors(
                        html,
                        charset,
                        baseUri,
                        System.nanoTime() + Duration.ofDays(1).toNanos())
                .orElseThrow();
    }

    /**
     * Every id and name of the page, or empty when the deadline ({@link System#nanoTime()}) passed
     * before the page was read through. Streamed: each element is dropped once read, so a page of a
     * million elements needs no tree of a million nodes, and the deadline is looked at between elements.
     */
    static Optional<Set<String>> anchors(byte[] html, Charset charset, String baseUri, long deadlineNanos) {
        Set<String> anchors = new HashSet<>();
        Reader reader = new InputStreamReader(new ByteArrayInputStream(html), charset != null ? charset : sniff(html));
        try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(reader, baseUri)) {
            int n = 0;
            for (Iterator<Element> it = parser.iterator(); it.hasNext(); ) {
                Element e = it.next();
                if (e.hasAttr("id")) {
                    anchors.add(e.attr("id"));
                }
                if (e.hasAttr("name")) {
                    anchors.add(e.attr("name"));
                }
                e.remove();
                if (++n % 1024 == 0 && System.nanoTime() - deadlineNanos >= 0) {
                    return Optional.empty();
                }
            }
        } catch (UncheckedIOException e) {
            // cannot happen reading bytes in memory; what was read counts
        }
        return Optional.of(anchors);
    }

    private static final Pattern META_CHARSET =
            // bounded, so that a head of many unclosed "<meta" costs each start a bounded scan
            Pattern.compile("<meta[^>]{1,512}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    /** A page that declares no charset in its Content-Type: its byte order mark, its meta tag, or UTF-8. */
    static Charset sniff(byte[] html) {
        if (html.length >= 2 && (html[0] & 0xff) == 0xfe && (html[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (html.length >= 2 && (html[0] & 0xff) == 0xff && (html[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        String head = new String(html, 0, Math.min(html.length, 1024), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                // an unknown charset: as browsers do, fall back
            }
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * Whether a fragment names an anchor, as written or percent-decoded; GitHub prefixes the ids of a
     * rendered README's headings with {@code user-content-} and lets a script match the bare name.
     */
    static boolean has(Set<String> anchors, String fragment) {
        String decoded;
        try {
            decoded = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = fragment;
        }
        for (String f : new String[] {fragment, decoded}) {
            if (anchors.contains(f) || anchors.contains("user-content-" + f)) {
                return true;
            }
        }
        return false;
    }
}
