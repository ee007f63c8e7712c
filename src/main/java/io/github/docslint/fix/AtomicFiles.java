package io.github.docslint.fix;

import io.github.docslint.report.AtomicFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content all at once: the new bytes go to a temporary file in the same folder
 * (named {@code .docslint-*.tmp}: hidden, not {@code .rst}, so no scan takes it for a source), which
 * gets the file's permissions, is forced to disk and then renamed over the file. A reader, or a crash,
 * sees the old content or the new one, never a part.
 */
public final class AtomicFiles {
    static final String TEMP_PREFIX = ".docslint-";
    static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {}

    public static void replace(Path file, byte[] content) throws IOException {
        Path target = file.toRealPath(); // a symbolic link keeps pointing at the file it names
        Path tmp = Files.createTempFile(target.getParent(), TEMP_PREFIX, TEMP_SUFFIX);
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(tmp, posix.readAttributes().permissions());
            }
            try (FileChannel ch =
                    FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            AtomicFile.moveOver(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
