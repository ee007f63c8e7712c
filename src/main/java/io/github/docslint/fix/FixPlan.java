package io.github.docslint.fix;

import java.util.List;

/**
 * What {@code fix} would change: one {@link FileFix} per file, and {@code notes}: what it left alone
 * and why, each naming the file and line.
 */
public record FixPlan(List<FileFix> fixes, List<String> notes, int filesScanned) {
    public FixPlan {
        fixes = List.copyOf(fixes);
        notes = List.copyOf(notes);
    }
}
