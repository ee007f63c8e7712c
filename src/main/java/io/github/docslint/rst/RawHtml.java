package io.github.docslint.rst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a {@code .. raw:: html} block holds: its {@code <img>} tags, and the http(s) URLs of its
 * {@code <a href>} and {@code <img src>} (links only when raw-HTML checking is asked for, since docutils
 * does not render them as links). A tag scanner that reads what an HTML parser would for these two
 * elements: comments and the text of raw-text elements ({@code script}, {@code style}, {@code
 * textarea}, ...) hold no tags, attribute names are case-insensitive, the first of two equal ones
 * counts, values have their character references decoded. A full HTML parser costs a fresh JVM a
 * quarter of a second to load, most of a small tree's check; these two elements need none of it.
 */
final class RawHtml {
    interface Positions {
        Position at(Block block, int line, int column);
    }

    /** Elements whose content is text up to their end tag, as HTML's tokenizer reads them. */
    private static final Set<String> RAW_TEXT =
            Set.of("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes");

    private RawHtml() {}

    /** One start tag: lower-cased name, attributes (first of equal names kept), line and column (0-based). */
    record Tag(String name, Map<String, String> attributes, int line, int column) {}

    static void find(Block content, Positions positions, List<Image> images, List<Link> links) {
        String html = String.join("\n", content.text);
        if (!containsIgnoreCase(html, "<img") && !containsIgnoreCase(html, "<a")) {
            return;
        }
        List<Tag> imgs = new ArrayList<>();
        List<Boolean> linked = new ArrayList<>();
        new Scanner(html)
                .scan(
                        (tag, heldAlone) -> {
                            String url = tag.name().equals("a")
                                    ? tag.attributes().get("href")
                                    : tag.name().equals("img")
                                            ? tag.attributes().get("src")
                                            : null;
                            if (url != null) {
                                url = url.strip();
                                String lower = url.toLowerCase(Locale.ROOT);
                                if (lower.startsWith("http://") || lower.startsWith("https://")) {
                                    links.add(new Link(
                                            url, Link.Kind.RAW_HTML, positions.at(content, tag.line(), tag.column())));
                                }
                            }
                        },
                        (img, heldAlone) -> {
                            imgs.add(img);
                            linked.add(heldAlone);
                        });
        for (int i = 0; i < imgs.size(); i++) {
            Tag img = imgs.get(i);
            Set<String> classes = new LinkedHashSet<>(Arrays.asList(
                    img.attributes().getOrDefault("class", "").strip().split("\\s+")));
            classes.remove("");
            images.add(new Image(
                    Image.Kind.RAW_HTML,
                    img.attributes().getOrDefault("src", ""),
                    img.attributes().get("alt"),
                    false,
                    Set.copyOf(classes),
                    linked.get(i),
                    positions.at(content, img.line(), img.column())));
        }
    }

    interface TagSink {
        /** {@code heldAlone}: for an img, whether it is all that the enclosing {@code <a href>} holds. */
        void accept(Tag tag, boolean heldAlone);
    }

    /** Reads the tags of one block of HTML in order. */
    static final class Scanner {
        private final String s;
        private int i;
        private int line;
        private int lineStart;
        // the open <a href>, if any: its images, and whether it holds text or other content
        private boolean inLink;
        private final List<Tag> linkImages = new ArrayList<>();
        private boolean linkHasText;
        private TagSink images;

        Scanner(String html) {
            this.s = html;
        }

        /** Tells {@code tags} of every {@code <a>} and {@code <img>} in order, and {@code images} of every img. */
        void scan(TagSink tags, TagSink images) {
            this.images = images;
            int textStart = 0;
            while (i < s.length()) {
                int lt = s.indexOf('<', i);
                if (lt < 0) {
                    break;
                }
                text(textStart, lt);
                advanceTo(lt);
                if (s.startsWith("<!--", i)) {
                    int end = s.indexOf("-->", i + 4);
                    advanceTo(end < 0 ? s.length() : end + 3);
                } else if (i + 1 < s.length()
                        && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '!' || s.charAt(i + 1) == '?')) {
                    boolean close = s.charAt(i + 1) == '/';
                    int gt = s.indexOf('>', i);
                    String name = close ? name(i + 2) : "";
                    advanceTo(gt < 0 ? s.length() : gt + 1);
                    if (close && name.equals("a")) {
                        closeLink();
                    }
                } else if (i + 1 < s.length() && isAsciiLetter(s.charAt(i + 1))) {
                    Tag tag = startTag();
                    if (tag.name().equals("a")) {
                        closeLink();
                        inLink = tag.attributes().containsKey("href");
                        tags.accept(tag, false);
                    } else if (tag.name().equals("img")) {
                        if (inLink) {
                            linkImages.add(tag);
                        } else {
                            images.accept(tag, false);
                        }
                        tags.accept(tag, false);
                    } else if (RAW_TEXT.contains(tag.name())) {
                        int end = indexOfIgnoreCase(s, "</" + tag.name(), i);
                        if (end > i && inLink) {
                            linkHasText |= !s.substring(i, end).isBlank();
                        }
                        advanceTo(end < 0 ? s.length() : end);
                    } else if (tag.name().equals("plaintext")) {
                        advanceTo(s.length());
                    }
                } else {
                    advanceTo(i + 1); // a '<' that starts no tag is text
                    text(lt, i);
                }
                textStart = i;
            }
            text(textStart, s.length());
            advanceTo(s.length());
            closeLink();
        }

        private void text(int from, int to) {
            if (inLink && from < to && !s.substring(from, to).isBlank()) {
                linkHasText = true;
            }
        }

        private void closeLink() {
            boolean alone = inLink && !linkHasText && linkImages.size() == 1;
            for (Tag img : linkImages) {
                images.accept(img, alone);
            }
            linkImages.clear();
            inLink = false;
            linkHasText = false;
        }

        private Tag startTag() {
            int tagLine = line;
            int tagColumn = i - lineStart;
            String name = name(i + 1);
            int p = i + 1 + name.length();
            Map<String, String> attributes = new LinkedHashMap<>();
            while (p < s.length() && s.charAt(p) != '>') {
                char c = s.charAt(p);
                if (Character.isWhitespace(c) || c == '/') {
                    p++;
                    continue;
                }
                int nameStart = p;
                while (p < s.length() && !Character.isWhitespace(s.charAt(p)) && "/>=".indexOf(s.charAt(p)) < 0) {
                    p++;
                }
                String attr = s.substring(nameStart, Math.max(p, nameStart + 1)).toLowerCase(Locale.ROOT);
                p = Math.max(p, nameStart + 1);
                int q = skipSpace(p);
                String value = "";
                if (q < s.length() && s.charAt(q) == '=') {
                    q = skipSpace(q + 1);
                    if (q < s.length() && (s.charAt(q) == '"' || s.charAt(q) == '\'')) {
                        int end = s.indexOf(s.charAt(q), q + 1);
                        end = end < 0 ? s.length() : end;
                        value = s.substring(q + 1, end);
                        p = Math.min(s.length(), end + 1);
                    } else {
                        int end = q;
                        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '>') {
                            end++;
                        }
                        value = s.substring(q, end);
                        p = end;
                    }
                }
                attributes.putIfAbsent(attr, decode(value));
            }
            advanceTo(Math.min(s.length(), p + 1));
            return new Tag(name, attributes, tagLine, tagColumn);
        }

        private String name(int from) {
            int p = from;
            while (p < s.length() && !Character.isWhitespace(s.charAt(p)) && s.charAt(p) != '>' && s.charAt(p) != '/') {
                p++;
            }
            return s.substring(from, p).toLowerCase(Locale.ROOT);
        }

        private int skipSpace(int p) {
            while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
                p++;
            }
            return p;
        }

        /** Moves to {@code to}, counting the line breaks passed. */
        private void advanceTo(int to) {
            for (int k = i; k < to; k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            i = Math.max(i, to);
        }
    }

    private static final Map<String, String> NAMED =
            Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0");

    /** Decodes numeric character references and the common named ones; others stay as written. */
    static String decode(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length());
        int k = 0;
        while (k < value.length()) {
            char c = value.charAt(k);
            int semi = c == '&' ? value.indexOf(';', k) : -1;
            if (semi > k + 1 && semi - k <= 10) {
                String ref = value.substring(k + 1, semi);
                String decoded = NAMED.get(ref);
                if (decoded == null && ref.startsWith("#")) {
                    decoded = codePoint(ref);
                }
                if (decoded != null) {
                    sb.append(decoded);
                    k = semi + 1;
                    continue;
                }
            }
            sb.append(c);
            k++;
        }
        return sb.toString();
    }

    private static String codePoint(String ref) {
        try {
            boolean hex = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X');
            int cp = Integer.parseInt(ref.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\ufffd";
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        for (int k = from; k + needle.length() <= s.length(); k++) {
            if (s.regionMatches(true, k, needle, 0, needle.length())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether {@code s} holds the tag opening {@code needle} ("<" then lower-case letters) in any case,
     * without a lower-cased copy of the whole block. Only a pre-check: the tag scanner decides, and
     * this is never false where the lower-cased copy would hold {@code needle}.
     */
    private static boolean containsIgnoreCase(String s, String needle) {
        for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }
}
