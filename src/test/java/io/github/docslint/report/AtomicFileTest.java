package io.github.docslint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (var list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void theNewContentReplacesTheOldFileAndNoTemporaryFileIsLeft() throws IOException {
        Path file = dir.resolve("report.xml");
        Files.writeString(file, "old content, longer than the new one");
        AtomicFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(file).hasContent("new");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("report.xml");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
                    out.write("half a rep".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");
        assertThat(file).hasContent("old");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void theFileHasThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
        Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "");
        Path file = dir.resolve("report.xml");
        AtomicFile.write(file, out -> out.write('x'));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void missingFoldersAreCreated() throws IOException {
        Path file = dir.resolve("target/docslint/docslint.sarif");
        AtomicFile.write(file, out -> out.write('x'));
        assertThat(file).hasContent("x");
    }

    @Test
    void everyWriterWritesAtomically() throws IOException {
        // each writer leaves only its file, replacing an old one
        Path base = SampleFindings.base(dir);
        List<Path> files = List.of(
                dir.resolve("docslint.sarif"),
                dir.resolve("checkstyle-result.xml"),
                dir.resolve("TEST-docslint.xml"),
                dir.resolve("links.jsonl"));
        for (Path f : files) {
            Files.writeString(f, "old");
        }
        SarifReport.write(files.get(0), SampleFindings.findings(dir), base, "1");
        CheckstyleReport.write(files.get(1), SampleFindings.findings(dir), List.of(), base, "1");
        JunitReport.write(files.get(2), SampleFindings.findings(dir), List.of(), base);
        LinksJsonl.write(files.get(3), List.of(), base);
        assertThat(files()).containsExactlyInAnyOrderElementsOf(files);
        for (Path f : files.subList(0, 3)) {
            assertThat(Files.readString(f)).isNotEqualTo("old");
        }
        assertThat(files.get(3)).isEmptyFile();
    }
}
