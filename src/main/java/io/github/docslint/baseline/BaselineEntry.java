package io.github.docslint.baseline;

import java.util.Comparator;

/**
 * One baselined finding, keyed so that edits elsewhere in the file keep it matching: the file
 * (relative to the project base, '/'-separated), the rule, and a fingerprint of the source line the
 * finding points at, whitespace-normalised, rather than its line number.
 *
 * @param text the normalised line itself (shortened), for reviewers of the baseline file; not matched
 */
public record BaselineEntry(String file, String rule, String fingerprint, String text)
        implements Comparable<BaselineEntry> {

    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::file)
            .thenComparing(BaselineEntry::rule)
            .thenComparing(BaselineEntry::fingerprint)
            .thenComparing(BaselineEntry::text);

    /** What matching compares: the text is only there to be read. */
    public Key key() {
        return new Key(file, rule, fingerprint);
    }

    public record Key(String file, String rule, String fingerprint) {}

    @Override
    public int compareTo(BaselineEntry o) {
        return ORDER.compare(this, o);
    }
}
