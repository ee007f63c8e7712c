package io.github.docslint.rules;

import io.github.docslint.site.DocsGraph;

/** Alt text that is a placeholder word ("image", "screenshot", "*"): it tells a listener nothing. */
final class ImageAltPlaceholderRule implements SourceRule {
    @Override
    public String id() {
        return "image-alt-placeholder";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "An image's alt text is a placeholder word such as image, icon, screenshot or * (configurable).";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        ContentImages.forEach(graph, (file, image) -> {
            if (image.alt() == null || image.alt().isBlank()) {
                return;
            }
            if (settings.placeholderWords().contains(RuleSettings.normalize(image.alt()))) {
                reporter.report(
                        file,
                        image.position(),
                        ContentImages.describeAlt(image) + " of " + ContentImages.describe(image)
                                + " is a placeholder: say what the image shows");
            }
        });
    }
}
