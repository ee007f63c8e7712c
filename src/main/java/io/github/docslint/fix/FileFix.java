package io.github.docslint.fix;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/** The new content of one file, and what was added to it, one phrase per addition. */
public record FileFix(Path file, byte[] before, byte[] after, Charset charset, List<String> added) {
    public FileFix {
        added = List.copyOf(added);
    }

    /** Writes the new content atomically. */
    public void write() throws IOException {
        AtomicFiles.replace(file, after);
    }

    /** A unified diff of the change, the file named by {@code name}. */
    public String diff(String name) {
        return UnifiedDiff.of(name, new String(before, charset), new String(after, charset));
    }
}
