package io.github.docslint.rules;

import io.github.docslint.rst.Image;
import io.github.docslint.site.DocsGraph;
import java.util.Collections;

/**
 * An empty alt text where it is not allowed: on a linked image (its alt text names the link) always,
 * otherwise unless the image is marked decorative. In raw HTML, alt="" is HTML's own decorative mark.
 */
final class ImageAltEmptyRule implements SourceRule {
    @Override
    public String id() {
        return "image-alt-empty";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "An image's alt text is empty or blank and the image is not marked decorative, or it is a link.";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        ContentImages.forEach(graph, (file, image) -> {
            if (image.alt() == null || !image.alt().isBlank()) {
                return;
            }
            String what = ContentImages.describe(image);
            if (image.linked()) {
                reporter.report(
                        file,
                        image.position(),
                        what + " is a link with empty alt text, so the link has no name: describe where it leads");
                return;
            }
            boolean decorative = image.kind() == Image.Kind.RAW_HTML
                    || !Collections.disjoint(image.classes(), settings.decorativeClasses());
            if (!decorative) {
                reporter.report(
                        file,
                        image.position(),
                        what + " has empty alt text: describe the image, or mark it decorative with ':class: "
                                + settings.decorativeClasses().stream()
                                        .sorted()
                                        .findFirst()
                                        .orElse("decorative")
                                + "'");
            }
        });
    }
}
