package io.github.docslint.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.rst.RstDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan runs on all cores; it must give what a sequential scan gives, in the same order. */
class ParallelScanTest {
    @TempDir
    Path dir;

    @Test
    void parallelAndSequentialScansGiveEqualResultsInTheSameOrder() throws IOException {
        generate(dir, 300, new Random(42));

        SphinxProject parallel = load(true);
        SphinxProject sequential = load(false);

        assertThat(parallel.rstFiles()).hasSize(300);
        assertThat(List.copyOf(parallel.rstFiles().keySet()))
                .containsExactlyElementsOf(sequential.rstFiles().keySet())
                .isSortedAccordingTo(String::compareTo);
        assertThat(describe(parallel)).isEqualTo(describe(sequential));
        // a file that fails is reported and the others are scanned
        assertThat(parallel.rstFiles().get("d3/page013.rst").problem().message())
                .contains("not valid UTF-8");
        assertThat(parallel.rstFiles().values().stream().filter(SourceFile::isReadable))
                .hasSize(299);
    }

    private SphinxProject load(boolean parallel) throws IOException {
        return SphinxProject.load(dir, dir, List.of(), StandardCharsets.UTF_8, w -> {}, files -> {}, parallel);
    }

    private static Map<String, String> describe(SphinxProject project) {
        Map<String, String> out = new LinkedHashMap<>();
        project.rstFiles()
                .forEach((rel, f) -> out.put(
                        rel,
                        f.isReadable() ? describe(f.document()) : f.problem().toString()));
        return out;
    }

    private static String describe(RstDocument d) {
        return List.of(
                        d.lineCount(),
                        d.fields(),
                        d.includes(),
                        d.toctrees(),
                        d.images(),
                        d.links(),
                        d.rawHtmlLinks(),
                        d.references(),
                        d.targets())
                .toString();
    }

    /** Pages of varied size and markup in ten folders, one with bytes that are not UTF-8. */
    private static void generate(Path root, int pages, Random random) throws IOException {
        for (int p = 0; p < pages; p++) {
            Path file = root.resolve("d" + (p % 10)).resolve(String.format("page%03d.rst", p));
            Files.createDirectories(file.getParent());
            if (p == 13) {
                Files.write(file, new byte[] {'T', 'i', 't', 'l', 'e', '\n', (byte) 0xff, '\n'});
                continue;
            }
            List<String> lines = new ArrayList<>();
            lines.add(":nosearch:");
            lines.add("");
            lines.add("Page " + p);
            lines.add("=".repeat(10));
            lines.add("");
            for (int k = random.nextInt(20); k >= 0; k--) {
                switch (random.nextInt(5)) {
                    case 0 ->
                        lines.add("See https://example.com/" + p + "/" + k + " and `docs <https://d.test/" + k
                                + ">`_ here.");
                    case 1 -> lines.add(".. image:: img" + k + ".png\n   :alt: picture " + k);
                    case 2 -> lines.add(".. include:: ../d" + (k % 10) + "/page00" + (k % 10) + ".rst");
                    case 3 ->
                        lines.add("+-----+-----+\n| a   | b " + k + " |\n+=====+=====+\n| c   | d   |\n+-----+-----+");
                    default -> lines.add("Plain *text* with a ref_ and\ttabs.\n\n.. _ref: https://x.test/" + k);
                }
                lines.add("");
            }
            Files.writeString(file, String.join("\n", lines));
        }
    }
}
