package io.github.docslint;

import io.github.docslint.links.LinkResult;
import io.github.docslint.rst.Position;
import java.nio.file.Path;

/** One appearance of an external link in the docs, with what checking its URL came to. */
public record LinkOutcome(Path file, Position position, LinkResult result) {
    public String url() {
        return result.url();
    }
}
