package io.github.docslint.links;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/** Placeholder with the cache's API; replaced by the real cache on merge. */
public final class LinkCache {
    private LinkCache() {}

    public static LinkCache load(Path file, Duration ttl, Clock clock, Consumer<String> warnings) {
        return new LinkCache();
    }

    public Optional<LinkResult> fresh(String url, boolean anchorsRequired) {
        return Optional.empty();
    }

    public void record(LinkResult result, boolean anchorsChecked) {}

    public void save() throws IOException {}
}
