package io.github.docslint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.LintRequest;
import io.github.docslint.Tree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fix killed at any moment leaves every file whole: its old bytes or its new ones, never a part, and
 * no stray file that a scan could take for a source. A later run then finishes the job.
 */
class FixKillTest {
    private static final int PAGES = 60;
    private static final int MID_WRITE_KILLS = 3;
    private static final int MAX_ROUNDS = 12;

    @TempDir
    Path dir;

    private final Map<String, byte[]> old = new HashMap<>();

    private void writeTree() {
        StringBuilder index = new StringBuilder("Home\n====\n\n");
        Tree tree = Tree.at(dir).conf("");
        String filler = "A line of shared content that makes the file long enough to take a while.\n".repeat(100);
        for (int i = 0; i < PAGES; i++) {
            index.append(".. include:: parts/p").append(i).append(".rst\n\n");
            tree.file("parts/p" + i + ".rst", "Part " + i + ".\n\n" + filler);
        }
        tree.file("index.rst", index.toString());
    }

    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void killedAtRandomMomentsEveryFileIsOldOrNew() throws Exception {
        writeTree();
        old.putAll(snapshot());
        Map<String, byte[]> fresh = new HashMap<>();
        for (FileFix f : Fixer.plan(LintRequest.of(dir)).fixes()) {
            fresh.put(dir.relativize(f.file()).toString().replace('\\', '/'), f.after());
        }
        assertThat(fresh).hasSize(PAGES + 1);
        Random random = new Random(20261127);
        int midWrite = 0;
        int delay = 100; // ms after the child starts writing; each file is forced to disk, so writing takes a while
        for (int round = 0; round < MAX_ROUNDS && midWrite < MID_WRITE_KILLS; round++) {
            Process p = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            FixWriterMain.class.getName(),
                            dir.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).startsWith("writing");
                Thread.sleep(delay + random.nextInt(Math.max(1, delay)));
                p.destroyForcibly();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            Map<String, byte[]> now = snapshot();
            int changed = 0;
            for (Map.Entry<String, byte[]> e : now.entrySet()) {
                String name = e.getKey();
                if (old.containsKey(name)) {
                    boolean isOld = java.util.Arrays.equals(e.getValue(), old.get(name));
                    boolean isNew = fresh.containsKey(name) && java.util.Arrays.equals(e.getValue(), fresh.get(name));
                    assertThat(isOld || isNew).as(name + " in round " + round).isTrue();
                    changed += isNew ? 1 : 0;
                } else {
                    // only a temporary file of docslint's own may be left, and never one a scan would read
                    String base = name.substring(name.lastIndexOf('/') + 1);
                    assertThat(base)
                            .as(name)
                            .startsWith(AtomicFiles.TEMP_PREFIX)
                            .endsWith(AtomicFiles.TEMP_SUFFIX);
                }
            }
            if (changed == 0) {
                delay *= 2; // killed before the first write: wait longer next time
            } else if (changed == fresh.size()) {
                delay = Math.max(1, delay / 2);
            } else {
                midWrite++;
            }
            System.out.println(
                    "round " + round + ": " + changed + " of " + fresh.size() + " files written when killed");
            if (midWrite < MID_WRITE_KILLS) {
                for (Map.Entry<String, byte[]> e : old.entrySet()) { // start over from the old tree
                    Files.write(dir.resolve(e.getKey()), e.getValue());
                }
            }
        }
        assertThat(midWrite).as("kills between the first and the last write").isEqualTo(MID_WRITE_KILLS);
        // a run after the last kill finishes the job: every file is new, and the next run has nothing to do
        for (FileFix f : Fixer.plan(LintRequest.of(dir)).fixes()) {
            f.write();
        }
        Map<String, byte[]> end = snapshot();
        for (Map.Entry<String, byte[]> e : fresh.entrySet()) {
            assertThat(end.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(Fixer.plan(LintRequest.of(dir)).fixes()).isEmpty();
        List<String> strays =
                end.keySet().stream().filter(n -> !old.containsKey(n)).toList();
        assertThat(strays).allMatch(n -> !n.endsWith(".rst"));
    }
}
