package io.github.docslint.rules;

import io.github.docslint.site.DocsGraph;
import java.util.List;
import java.util.Locale;

/** Alt text that is only the file name, its stem, or anything ending in an image extension. */
final class ImageAltFilenameRule implements SourceRule {
    private static final List<String> IMAGE_EXTENSIONS = List.of(
            ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".tif", ".tiff", ".ico", ".avif", ".apng",
            ".jfif", ".pjpeg", ".pjp", ".eps", ".pdf");

    @Override
    public String id() {
        return "image-alt-filename";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "An image's alt text is its file name or stem ('-' and '_' read as spaces), or ends in an image"
                + " extension.";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        ContentImages.forEach(graph, (file, image) -> {
            if (image.alt() != null && isFileName(image.alt(), image.uri())) {
                reporter.report(
                        file,
                        image.position(),
                        ContentImages.describeAlt(image) + " of " + ContentImages.describe(image)
                                + " is just the file name: say what the image shows");
            }
        });
    }

    static boolean isFileName(String alt, String uri) {
        String a = alt.strip();
        if (a.isEmpty()) {
            return false;
        }
        String path = uri;
        int cut = path.indexOf('?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        cut = path.indexOf('#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        String base = path.substring(path.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        String words = words(a);
        if (!words.isEmpty() && (words.equals(words(base)) || words.equals(words(stem)))) {
            return true;
        }
        String lower = a.toLowerCase(Locale.ROOT);
        return IMAGE_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static String words(String s) {
        return Text.collapseWhitespace(
                s.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').strip());
    }
}
