package io.github.docslint.rst;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * What a {@code .. raw:: html} block holds, read with an HTML parser: its {@code <img>} tags, and the
 * http(s) URLs of its {@code <a href>} and {@code <img src>} (links only when raw-HTML checking is asked
 * for, since docutils does not render them as links).
 */
final class RawHtml {
    interface Positions {
        Position at(Block block, int line, int column);
    }

    private RawHtml() {}

    static void find(Block content, Positions positions, List<Image> images, List<Link> links) {
        String html = String.join("\n", content.text);
        if (!containsIgnoreCase(html, "<img") && !containsIgnoreCase(html, "<a")) {
            return;
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(html, "", parser);
        for (Element e : doc.select("a[href], img[src]")) {
            String url = e.attr(e.tagName().equals("a") ? "href" : "src").strip();
            String lower = url.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                links.add(new Link(url, Link.Kind.RAW_HTML, at(e, content, positions)));
            }
        }
        for (Element img : doc.getElementsByTag("img")) {
            String alt = img.hasAttr("alt") ? img.attr("alt") : null;
            Set<String> classes =
                    new LinkedHashSet<>(Arrays.asList(img.className().strip().split("\\s+")));
            classes.remove("");
            images.add(new Image(
                    Image.Kind.RAW_HTML,
                    img.attr("src"),
                    alt,
                    false,
                    Set.copyOf(classes),
                    isAllALinkHolds(img),
                    at(img, content, positions)));
        }
    }

    private static Position at(Element e, Block content, Positions positions) {
        var start = e.sourceRange().start();
        int line = Math.max(0, Math.min(content.size() - 1, start.lineNumber() - 1));
        int col = Math.max(0, start.columnNumber() - 1);
        return positions.at(content, line, col);
    }

    /** The image is the only content of an {@code <a href>}: its alt text is the link's name. */
    private static boolean isAllALinkHolds(Element img) {
        Element a = img.closest("a[href]");
        if (a == null) {
            return false;
        }
        for (Node n : a.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
            if (n instanceof Element e && e != img && !e.getElementsByTag("img").contains(img)) {
                if (!e.text().isBlank() || !e.getElementsByTag("img").isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean containsIgnoreCase(String s, String needle) {
        return s.toLowerCase(Locale.ROOT).contains(needle);
    }
}
