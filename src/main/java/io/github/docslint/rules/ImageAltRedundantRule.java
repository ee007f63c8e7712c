package io.github.docslint.rules;

import io.github.docslint.site.DocsGraph;

/** Alt text that starts with "image of" and the like: screen readers already announce an image. */
final class ImageAltRedundantRule implements SourceRule {
    @Override
    public String id() {
        return "image-alt-redundant";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "An image's alt text starts with 'image of', 'picture of', 'photo of' or 'graphic of'"
                + " (configurable), which screen readers already say.";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        ContentImages.forEach(graph, (file, image) -> {
            if (image.alt() == null || image.alt().isBlank()) {
                return;
            }
            String alt = RuleSettings.normalize(image.alt());
            if (alt.startsWith("a ")) {
                alt = alt.substring(2);
            } else if (alt.startsWith("an ")) {
                alt = alt.substring(3);
            }
            for (String prefix : settings.redundantPrefixes()) {
                if (alt.equals(prefix) || alt.startsWith(prefix + " ")) {
                    reporter.report(
                            file,
                            image.position(),
                            ContentImages.describeAlt(image) + " starts with '" + prefix
                                    + "', which a screen reader already announces: describe the content directly");
                    return;
                }
            }
        });
    }
}
