package io.github.docslint.rst;

import java.util.Set;

/**
 * An image as a reader meets it: an {@code image} or {@code figure} directive, a substitution
 * image ({@code .. |name| image::}), or an {@code <img>} tag in a {@code .. raw:: html} block.
 *
 * @param alt the alt text; null when there is none at all
 * @param altFromSubstitution true when the alt text is the substitution name (no {@code :alt:} given)
 * @param linked the image is a link ({@code :target:}, or an {@code <img>} that is all an {@code <a>} holds)
 */
public record Image(
        Kind kind,
        String uri,
        String alt,
        boolean altFromSubstitution,
        Set<String> classes,
        boolean linked,
        Position position) {

    public enum Kind {
        IMAGE("image"),
        FIGURE("figure"),
        SUBSTITUTION("substitution image"),
        RAW_HTML("raw HTML <img>");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
