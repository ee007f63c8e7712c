package io.github.docslint.rst;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/** The {@code <img>} tags of a {@code .. raw:: html} block, read with an HTML parser. */
final class HtmlImages {
    interface Positions {
        Position at(Block block, int line, int column);
    }

    private HtmlImages() {}

    static void find(Block content, Positions positions, List<Image> out) {
        String html = String.join("\n", content.text);
        if (!html.regionMatches(true, 0, "<img", 0, 4) && !containsIgnoreCase(html, "<img")) {
            return;
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        for (Element img : Jsoup.parse(html, "", parser).getElementsByTag("img")) {
            var start = img.sourceRange().start();
            int line = Math.max(0, Math.min(content.size() - 1, start.lineNumber() - 1));
            int col = Math.max(0, start.columnNumber() - 1);
            String alt = img.hasAttr("alt") ? img.attr("alt") : null;
            Set<String> classes =
                    new LinkedHashSet<>(Arrays.asList(img.className().strip().split("\\s+")));
            classes.remove("");
            out.add(new Image(
                    Image.Kind.RAW_HTML,
                    img.attr("src"),
                    alt,
                    false,
                    Set.copyOf(classes),
                    isAllALinkHolds(img),
                    positions.at(content, line, col)));
        }
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
        return s.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
