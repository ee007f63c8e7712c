package io.github.docslint.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.Tree;
import io.github.docslint.rules.RuleSettings;
import io.github.docslint.rules.Rules;
import io.github.docslint.rules.SourceRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file listed by the walk and deleted before it is read (a checkout changing under the build). */
class VanishingFileTest {
    @TempDir
    Path dir;

    @Test
    void fileDeletedBetweenWalkAndReadIsReportedAndTheOthersRead() throws IOException {
        Tree.at(dir).conf("").file("gone.rst", "Text.\n").file("kept.rst", ".. image:: a.png\n");
        List<Path> listed = new ArrayList<>();

        SphinxProject project = SphinxProject.load(
                dir,
                dir,
                List.of(),
                StandardCharsets.UTF_8,
                w -> {},
                files -> {
                    listed.addAll(files);
                    try {
                        Files.delete(dir.resolve("gone.rst"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                true);

        assertThat(listed).extracting(p -> dir.relativize(p).toString()).containsExactly("gone.rst", "kept.rst");
        assertThat(project.rstFiles().get("kept.rst").isReadable()).isTrue();
        assertThat(project.rstFiles().get("kept.rst").document().images()).hasSize(1);
        SourceRule unreadable = Rules.sourceRules().stream()
                .filter(r -> r.id().equals("file-unreadable"))
                .findFirst()
                .orElseThrow();
        List<String> reported = new ArrayList<>();
        unreadable.check(
                DocsGraph.build(project, List.of()),
                RuleSettings.defaults(),
                (file, position, message) -> reported.add(file + ":" + position + " " + message));
        assertThat(reported)
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .startsWith("gone.rst:1:1 cannot be read: java.nio.file.NoSuchFileException")
                        .contains("gone.rst"));
    }
}
