package io.github.docslint.rules;

import io.github.docslint.rst.Image;
import io.github.docslint.site.DocsGraph;

/** An image with no alt text at all: the HTML writer falls back to the file path. */
final class ImageAltMissingRule implements SourceRule {
    @Override
    public String id() {
        return "image-alt-missing";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "An image has no :alt: option (raw HTML: no alt attribute); screen readers get the file path.";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        ContentImages.forEach(graph, (file, image) -> {
            if (image.alt() != null) {
                return;
            }
            String fix = image.kind() == Image.Kind.RAW_HTML
                    ? "add alt=\"...\" saying what it shows (alt=\"\" if it is only decoration)"
                    : "add ':alt: ...' saying what it shows";
            reporter.report(file, image.position(), ContentImages.describe(image) + " has no alt text: " + fix);
        });
    }
}
