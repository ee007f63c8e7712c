package io.github.docslint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Writes a Sphinx source tree of a given {@link TreeShape}: pages in folders of 100, include-only
 * snippets (with {@code :nosearch:}, included with {@code :start-after: :nosearch:} as Mattermost's
 * pages do), image files, and pages holding their share of the includes, images and external links,
 * filled with prose up to their share of the bytes. Deterministic: the same shape gives the same tree.
 * Every 10th image has no alt text and every 50th points at a missing file, so findings grow with the
 * tree as in a real one.
 */
final class TreeGenerator {
    private static final int PAGES_PER_FOLDER = 100;
    private static final int HOSTS = 187;
    private static final String[] WORDS = {
        "server",
        "channel",
        "team",
        "message",
        "configure",
        "the",
        "a",
        "to",
        "of",
        "and",
        "in",
        "users",
        "admin",
        "settings",
        "plugin",
        "deployment",
        "database",
        "cluster",
        "notification",
        "mobile",
        "desktop",
        "enable",
        "this",
        "for",
        "with",
        "when",
        "permissions",
        "license",
        "upgrade",
        "guide",
        "is",
        "are",
        "can",
        "your"
    };

    private TreeGenerator() {}

    /** Writes the tree into {@code root} (created if needed; it should be empty). */
    static void write(TreeShape shape, Path root) throws IOException {
        Files.createDirectories(root.resolve("_includes"));
        Files.createDirectories(root.resolve("images"));
        Files.writeString(root.resolve("conf.py"), "project = 'generated'\n");
        long snippetBytes = shape.rstBytes() * shape.snippets() / (shape.pages() + shape.snippets());
        long pageBytes = shape.rstBytes() - snippetBytes;
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (int i = 0; i < shape.imageFiles(); i++) {
            Files.write(root.resolve("images").resolve(imageName(i)), png);
        }
        for (int s = 0; s < shape.snippets(); s++) {
            int target = (int) share(snippetBytes, shape.snippets(), s);
            StringBuilder sb = new StringBuilder(target + 256);
            sb.append(":nosearch:\n\n");
            prose(sb, target, new Random(s));
            Files.writeString(root.resolve("_includes").resolve(snippetName(s)), sb, StandardCharsets.UTF_8);
        }
        int folders = (shape.pages() + PAGES_PER_FOLDER - 1) / PAGES_PER_FOLDER;
        for (int f = 0; f < folders; f++) {
            Files.createDirectories(root.resolve("pages").resolve(folder(f)));
        }
        IntStream.range(0, shape.pages()).parallel().forEach(p -> {
            try {
                Files.writeString(
                        root.resolve(pagePath(p)),
                        page(shape, p, share(pageBytes, shape.pages(), p)),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String pagePath(int p) {
        return String.format(Locale.ROOT, "pages/%s/page-%06d.rst", folder(p / PAGES_PER_FOLDER), p);
    }

    private static String folder(int f) {
        return String.format(Locale.ROOT, "section-%04d", f);
    }

    private static String snippetName(int s) {
        return String.format(Locale.ROOT, "snippet-%06d.rst", s);
    }

    private static String imageName(int i) {
        return String.format(Locale.ROOT, "image-%06d.png", i);
    }

    /** Item {@code i}'s share when {@code total} is spread over {@code n} items as evenly as integers allow. */
    static long share(long total, int n, int i) {
        return (i + 1L) * total / n - (long) i * total / n;
    }

    /** The first of the global indexes that item {@code i} gets when {@code total} is spread over {@code n}. */
    private static int first(int total, int n, int i) {
        return (int) ((long) i * total / n);
    }

    private static String page(TreeShape shape, int p, long bytes) {
        int includes = (int) share(shape.includes(), shape.pages(), p);
        int images = (int) share(shape.images(), shape.pages(), p);
        int links = (int) share(shape.links(), shape.pages(), p);
        int firstInclude = first(shape.includes(), shape.pages(), p);
        int firstImage = first(shape.images(), shape.pages(), p);
        int firstLink = first(shape.links(), shape.pages(), p);
        Random random = new Random(1_000_003L * p);
        StringBuilder sb = new StringBuilder((int) bytes + 512);
        String title = "Page " + p + ": " + words(random, 3);
        sb.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        // the structure first, spread between paragraphs; then prose up to the page's share of the bytes
        int blocks = includes + images + (links > 0 ? 1 : 0);
        long perParagraph = Math.max(0, (bytes - 200L * blocks - 120L * links) / (blocks + 1));
        prose(sb, sb.length() + perParagraph, random);
        for (int k = 0; k < includes; k++) {
            int snippet = (firstInclude + k) % shape.snippets();
            sb.append(".. include:: /_includes/")
                    .append(snippetName(snippet))
                    .append("\n   :start-after: :nosearch:\n\n");
            prose(sb, sb.length() + perParagraph, random);
        }
        for (int k = 0; k < images; k++) {
            int image = firstImage + k;
            String file = image % 50 == 49 ? "missing-" + image + ".png" : imageName(image % shape.imageFiles());
            sb.append(".. image:: /images/").append(file).append('\n');
            if (image % 10 != 9) {
                sb.append("   :alt: ").append(capitalised(words(random, 6))).append('\n');
            }
            sb.append('\n');
            prose(sb, sb.length() + perParagraph, random);
        }
        for (int k = 0; k < links; k++) {
            int link = firstLink + k;
            sb.append("- See `")
                    .append(capitalised(words(random, 3)))
                    .append(String.format(
                            Locale.ROOT,
                            " <https://docs%d.example.test/guide/topic-%d.html>`__ for details.%n",
                            link % HOSTS,
                            link));
        }
        sb.append('\n');
        prose(sb, bytes, random);
        return sb.toString();
    }

    /** Paragraphs of plain prose (with some inline markup) until {@code sb} holds {@code target} chars. */
    private static void prose(StringBuilder sb, long target, Random random) {
        while (sb.length() < target) {
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences && sb.length() < target; s++) {
                String sentence = capitalised(words(random, 6 + random.nextInt(10)));
                if (random.nextInt(4) == 0) {
                    sentence += " with ``config.json`` and **care**";
                }
                sb.append(sentence).append(". ");
                if (random.nextInt(3) == 0) {
                    sb.append('\n'); // paragraphs wrap their lines
                }
            }
            sb.append("\n\n");
        }
    }

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
