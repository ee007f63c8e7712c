package io.github.docslint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small source trees for tests: {@code Tree.at(dir).file("a.rst", "...")}. */
public final class Tree {
    private final Path dir;

    private Tree(Path dir) {
        this.dir = dir;
    }

    public static Tree at(Path dir) {
        return new Tree(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Writes {@code text} (UTF-8) to {@code rel}, creating folders; returns this tree. */
    public Tree file(String rel, String text) {
        return bytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    public Tree bytes(String rel, byte[] content) {
        Path p = dir.resolve(rel);
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** An empty file, e.g. an image that only has to exist. */
    public Tree empty(String rel) {
        return bytes(rel, new byte[0]);
    }

    /** A {@code conf.py} with the given body (empty: a plain Sphinx root). */
    public Tree conf(String body) {
        return file("conf.py", body);
    }

    public Path path(String rel) {
        return dir.resolve(rel);
    }
}
