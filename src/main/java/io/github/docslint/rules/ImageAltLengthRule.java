package io.github.docslint.rules;

import io.github.docslint.site.DocsGraph;

/** Alt text too long to listen to: longer descriptions belong in the text or a caption. */
final class ImageAltLengthRule implements SourceRule {
    @Override
    public String id() {
        return "image-alt-length";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "An image's alt text is longer than 125 characters (configurable).";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        ContentImages.forEach(graph, (file, image) -> {
            if (image.alt() == null) {
                return;
            }
            String alt = Text.collapseWhitespace(image.alt().strip());
            int length = alt.codePointCount(0, alt.length());
            if (length > settings.maxAltLength()) {
                reporter.report(
                        file,
                        image.position(),
                        "alt text of " + ContentImages.describe(image) + " is " + length + " characters long (limit "
                                + settings.maxAltLength()
                                + "): keep it short and move the details into the text or a caption");
            }
        });
    }
}
