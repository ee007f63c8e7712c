package io.github.docslint.site;

import io.github.docslint.rst.Position;
import io.github.docslint.rst.RstDocument;
import java.nio.file.Path;

/**
 * One file of a Sphinx project as scanned: {@code relPath} is relative to the source root with
 * {@code /} separators ({@code ../} for files outside it). A file that could not be read or decoded
 * has no document and a {@code problem} saying where and why.
 */
public record SourceFile(String relPath, Path path, RstDocument document, Problem problem) {
    public record Problem(Position position, String message) {}

    public boolean isReadable() {
        return document != null;
    }
}
