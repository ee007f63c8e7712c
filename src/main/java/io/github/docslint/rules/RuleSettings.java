package io.github.docslint.rules;

import io.github.docslint.rst.ClassNames;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tunable parts of the image rules.
 *
 * @param decorativeClasses classes that mark an image as decorative, so an empty alt text is right
 * @param placeholderWords alt texts that say nothing about the picture (compared case-insensitively)
 * @param redundantPrefixes openings a screen reader makes redundant ("image of ...")
 * @param maxAltLength longest alt text before image-alt-length warns
 */
public record RuleSettings(
        Set<String> decorativeClasses, Set<String> placeholderWords, List<String> redundantPrefixes, int maxAltLength) {

    public static final Set<String> DEFAULT_DECORATIVE_CLASSES = Set.of("decorative");
    public static final List<String> DEFAULT_PLACEHOLDER_WORDS = List.of(
            "image",
            "img",
            "picture",
            "pic",
            "photo",
            "photograph",
            "icon",
            "logo",
            "screenshot",
            "screen shot",
            "screen capture",
            "graphic",
            "figure",
            "diagram",
            "alt",
            "alt text",
            "alternative text",
            "placeholder",
            "spacer",
            "untitled",
            "todo",
            "tbd",
            "*",
            "-");
    public static final List<String> DEFAULT_REDUNDANT_PREFIXES =
            List.of("image of", "picture of", "photo of", "graphic of");
    public static final int DEFAULT_MAX_ALT_LENGTH = 125;

    public RuleSettings {
        decorativeClasses =
                decorativeClasses.stream().map(ClassNames::normalize).collect(Collectors.toUnmodifiableSet());
        placeholderWords =
                placeholderWords.stream().map(RuleSettings::normalize).collect(Collectors.toUnmodifiableSet());
        redundantPrefixes =
                redundantPrefixes.stream().map(RuleSettings::normalize).toList();
        if (maxAltLength < 1) {
            throw new IllegalArgumentException("the alt text length limit must be at least 1, not " + maxAltLength);
        }
    }

    public static RuleSettings defaults() {
        return new RuleSettings(
                DEFAULT_DECORATIVE_CLASSES,
                Set.copyOf(DEFAULT_PLACEHOLDER_WORDS),
                DEFAULT_REDUNDANT_PREFIXES,
                DEFAULT_MAX_ALT_LENGTH);
    }

    /** Lower case, whitespace collapsed, surrounding punctuation (but a lone mark) removed. */
    static String normalize(String text) {
        String t = Text.collapseWhitespace(text.strip().toLowerCase(Locale.ROOT));
        int from = 0;
        int to = t.length();
        while (to - from > 1 && isTrim(t.charAt(to - 1))) {
            to--;
        }
        while (to - from > 1 && isTrim(t.charAt(from))) {
            from++;
        }
        return t.substring(from, to).strip();
    }

    private static boolean isTrim(char c) {
        return ".,;:!?\"'()[]".indexOf(c) >= 0;
    }
}
