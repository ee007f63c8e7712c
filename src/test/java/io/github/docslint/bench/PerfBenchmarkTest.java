package io.github.docslint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.docslint.bench.PerfBenchmark.ScaleResult;
import io.github.docslint.bench.PerfBenchmark.Summary;
import io.github.docslint.bench.Processes.Measured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerfBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void benchOnlySelectsTheNamedBenchmarksAndBlankSelectsAll() {
        assertThat(PerfBenchmark.selected("", "scale")).isTrue();
        assertThat(PerfBenchmark.selected(null, "links")).isTrue();
        assertThat(PerfBenchmark.selected("static, process", "process")).isTrue();
        assertThat(PerfBenchmark.selected("static,process", "links")).isFalse();
        assertThat(PerfBenchmark.selected("statics", "static")).isFalse();
    }

    @Test
    void settingsTakeDefaultsForBlankValuesAndRejectZeroRuns() {
        Properties p = new Properties();
        p.setProperty("bench.runs", "");
        p.setProperty("bench.scales", "10, 100");
        PerfBenchmark.Settings s = PerfBenchmark.Settings.parse(p);
        assertThat(s.runs()).isEqualTo(5);
        assertThat(s.jmhWarmups()).isEqualTo(15);
        assertThat(s.scales()).containsExactly(10, 100);
        assertThat(s.runs("peers")).isTrue();

        p.setProperty("bench.peerRuns", "0");
        assertThatThrownBy(() -> PerfBenchmark.Settings.parse(p)).hasMessageContaining("bench.peerRuns");
    }

    @Test
    void aSummaryIsTheMedianOfTheRunsTimesAndPeakMemories() {
        Summary s = Summary.of(List.of(
                new Measured(2.0, 1024 * 300, 1.0, 0, ""),
                new Measured(9.0, 1024 * 100, 7.0, 0, ""),
                new Measured(3.0, 1024 * 200, 2.5, 0, "")));
        assertThat(s.seconds()).isEqualTo(3.0);
        assertThat(s.rssMb()).isEqualTo(200.0);
        assertThat(s.cpuSeconds()).isEqualTo(2.5);
    }

    @Test
    void peakRssAndCpuTimeAreReadFromTimesVerboseOutput() {
        String time = """
                \tCommand being timed: "mvn -q validate"
                \tUser time (seconds): 2.31
                \tSystem time (seconds): 0.19
                \tPercent of CPU this job got: 140%
                \tElapsed (wall clock) time (h:mm:ss or m:ss): 0:01.52
                \tMaximum resident set size (kbytes): 123456
                \tAverage resident set size (kbytes): 0
                """;
        assertThat(Processes.maxRssKb(time)).contains(123456L);
        assertThat(Processes.maxRssKb("nothing")).isEmpty();
        assertThat(Processes.cpuSeconds(time)).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void problemLinesAreThoseNamingAFileAndLine() {
        String out = """
                [ERROR] source/a.rst:12:1: error: no alt text [image-alt-missing]
                source/b.rst:3: D001 Line too long
                Total files scanned = 2
                [INFO] docslint: 2 findings
                """;
        assertThat(Processes.problemLines(out)).isEqualTo(2);
    }

    @Test
    void aScaleRunsResultLineIsParsedAndTimePerMegabyteFollows() {
        String out = "warming up\nresult seconds=2.5000 findings=85 links=2465 files=411 peakLiveHeapMb=40.5"
                + " retainedMb=5.6\n";
        ScaleResult r = ScaleResult.parse(out, 5.0, 2048).orElseThrow();
        assertThat(r.findings()).isEqualTo(85);
        assertThat(r.links()).isEqualTo(2465);
        assertThat(r.peakHeapMb()).isEqualTo(40.5);
        assertThat(r.secondsPerMb()).isEqualTo(0.5);
        assertThat(ScaleResult.parse("Exception in thread main", 5.0, 0)).isEmpty();
    }

    @Test
    void coldRunTimesAreTheMedianOfWhatMainPrinted() throws IOException {
        List<Measured> runs = List.of(
                new Measured(1, 1, 1, 0, "cold split lines=3 totalMs=300\n"),
                new Measured(1, 1, 1, 0, "cold split lines=3 totalMs=100\n"),
                new Measured(1, 1, 1, 0, "cold split lines=3 totalMs=200\n"));
        assertThat(ColdRun.medianMs(runs)).isEqualTo(200.0);
        assertThatThrownBy(() -> ColdRun.medianMs(List.of(new Measured(1, 1, 1, 1, "Exception in thread main"))))
                .hasMessageContaining("no totalMs")
                .hasMessageContaining("Exception in thread main");
    }

    @Test
    void thePackagedShadedPluginIsStagedUnlessTheClassesAreNewer() throws IOException {
        Path target = dir.resolve("target");
        Path classes = target.resolve("classes");
        Files.createDirectories(classes.resolve("META-INF/maven"));
        Files.writeString(classes.resolve("META-INF/maven/plugin.xml"), "<plugin/>");
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project>full</project>");
        Properties p = new Properties();
        p.setProperty("bench.classes", classes.toString());
        p.setProperty("bench.pom", pom.toString());
        p.setProperty("bench.work", dir.resolve("work").toString());
        p.setProperty("bench.pluginVersion", "1.0");
        PerfBenchmark.Settings s = PerfBenchmark.Settings.parse(p);
        Path staged = dir.resolve("work/repo/io/github/docslint/docslint-maven-plugin/1.0");

        assertThat(PerfBenchmark.stagePlugin(s)).startsWith("a jar of");
        assertThat(Files.readString(staged.resolve("docslint-maven-plugin-1.0.pom")))
                .contains("full");
        try (JarFile jar =
                new JarFile(staged.resolve("docslint-maven-plugin-1.0.jar").toFile())) {
            assertThat(jar.getEntry("META-INF/maven/plugin.xml")).isNotNull();
        }

        Path shaded = Files.writeString(target.resolve("docslint-maven-plugin-1.0.jar"), "shaded");
        Files.writeString(dir.resolve("dependency-reduced-pom.xml"), "<project>reduced</project>");
        assertThat(PerfBenchmark.stagePlugin(s)).startsWith("the packaged plugin");
        assertThat(Files.readString(staged.resolve("docslint-maven-plugin-1.0.pom")))
                .contains("reduced");
        assertThat(Files.readString(staged.resolve("docslint-maven-plugin-1.0.jar")))
                .isEqualTo("shaded");

        Files.setLastModifiedTime(shaded, FileTime.from(Instant.now().minusSeconds(3600)));
        assertThat(PerfBenchmark.stagePlugin(s))
                .as("a jar older than the classes is stale")
                .startsWith("a jar of");
        assertThat(Files.readString(staged.resolve("docslint-maven-plugin-1.0.pom")))
                .contains("full");
    }
}
