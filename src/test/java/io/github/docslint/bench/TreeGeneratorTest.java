package io.github.docslint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.docslint.LintRequest;
import io.github.docslint.LintResult;
import io.github.docslint.Linter;
import io.github.docslint.rules.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeGeneratorTest {
    private static final TreeShape SMALL = new TreeShape(23, 5, 9, 31, 12, 47, 60_000);

    @Test
    void aGeneratedTreeHasTheShapeItWasAskedFor(@TempDir Path dir) throws Exception {
        TreeGenerator.write(SMALL, dir);

        TreeShape measured = TreeShape.of(dir);

        assertThat(measured)
                .usingRecursiveComparison()
                .ignoringFields("rstBytes")
                .isEqualTo(SMALL);
        assertThat((double) measured.rstBytes()).isCloseTo(SMALL.rstBytes(), within(0.05 * SMALL.rstBytes()));
    }

    @Test
    void aTreeThreeTimesAsLargeHasThreeTimesEveryCountAndThreeTimesTheFindings(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one");
        Path three = dir.resolve("three");
        TreeGenerator.write(SMALL, one);
        TreeGenerator.write(SMALL.times(3), three);

        TreeShape measured = TreeShape.of(three);
        assertThat(measured)
                .usingRecursiveComparison()
                .ignoringFields("rstBytes")
                .isEqualTo(SMALL.times(3));
        assertThat((double) measured.rstBytes()).isCloseTo(3.0 * SMALL.rstBytes(), within(0.05 * 3 * SMALL.rstBytes()));

        Map<String, Integer> byRule1 = byRule(Linter.run(LintRequest.of(one)));
        Map<String, Integer> byRule3 = byRule(Linter.run(LintRequest.of(three)));
        // every 10th image lacks alt text (31 images: 3), every 50th is missing (93 images: 1); nothing else
        assertThat(byRule1).isEqualTo(Map.of("image-alt-missing", 3));
        assertThat(byRule3).isEqualTo(Map.of("image-alt-missing", 9, "image-missing", 1));
    }

    @Test
    void sharesSpreadATotalEvenlyAndAddUpToIt() {
        long sum = 0;
        for (int i = 0; i < 7; i++) {
            long s = TreeGenerator.share(100, 7, i);
            assertThat(s).isBetween(14L, 15L);
            sum += s;
        }
        assertThat(sum).isEqualTo(100);
        assertThat(TreeGenerator.share(3, 10, 9)).isEqualTo(1);
    }

    @Test
    void theSameShapeGivesTheSameTree(@TempDir Path dir) throws Exception {
        TreeGenerator.write(SMALL, dir.resolve("a"));
        TreeGenerator.write(SMALL, dir.resolve("b"));
        String page = TreeGenerator.pagePath(17);
        assertThat(Files.readString(dir.resolve("a").resolve(page)))
                .isEqualTo(Files.readString(dir.resolve("b").resolve(page)));
    }

    private static Map<String, Integer> byRule(LintResult result) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : result.findings()) {
            counts.merge(f.rule(), 1, Integer::sum);
        }
        return counts;
    }
}
