package io.github.docslint.links;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The anchors of an HTML page: every {@code id} and every {@code name}, as Sphinx linkcheck looks. */
final class AnchorFinder {
    private AnchorFinder() {}

    static Set<String> anchors(byte[] html, Charset charset, String baseUri) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), charset == null ? null : charset.name(), baseUri);
        } catch (IOException e) {
            return Set.of();
        }
        Set<String> anchors = new HashSet<>();
        for (Element e : doc.select("[id], [name]")) {
            if (e.hasAttr("id")) {
                anchors.add(e.attr("id"));
            }
            if (e.hasAttr("name")) {
                anchors.add(e.attr("name"));
            }
        }
        return anchors;
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
