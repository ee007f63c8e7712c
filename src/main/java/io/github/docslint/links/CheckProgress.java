package io.github.docslint.links;

/** Told as URLs finish; called from the checker's threads. */
@FunctionalInterface
public interface CheckProgress {
    void done(int finished, int total);

    CheckProgress NONE = (finished, total) -> {};
}
