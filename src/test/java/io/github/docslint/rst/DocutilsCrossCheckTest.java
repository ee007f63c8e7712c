package io.github.docslint.rst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated documents scanned by RstScanner and parsed by docutils (through the docutils oracle,
 * which builds each file the way Sphinx does): the external link appearances (line, URL) and the
 * images without alt text must be the same. Skipped when {@code /usr/bin/python3} with docutils or
 * the oracle ({@code ../shared/tools/docutils-oracle/oracle.py} from the project root) is missing.
 *
 * <p>Reproduce a failure with the seed it prints: {@code -Ddocslint.crosscheck.seed=N}; the number of
 * documents is {@code -Ddocslint.crosscheck.docs=N} (default 300); {@code
 * -Ddocslint.crosscheck.keep=DIR} writes the generated tree to DIR instead of a temporary folder;
 * {@code -Ddocslint.crosscheck.oracle=PATH} uses another oracle.py.
 */
class DocutilsCrossCheckTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final long DEFAULT_SEED = 20_240_611L;

    @TempDir
    Path tree;

    @Test
    void linksAndAltlessImagesMatchDocutils() throws Exception {
        Path oracle = Path.of(
                        System.getProperty("docslint.crosscheck.oracle", "../shared/tools/docutils-oracle/oracle.py"))
                .toAbsolutePath()
                .normalize();
        assumeTrue(Files.isExecutable(PYTHON), "skipped: " + PYTHON + " not found");
        assumeTrue(Files.isRegularFile(oracle), "skipped: docutils oracle not found at " + oracle);
        assumeTrue(
                run(List.of(PYTHON.toString(), "-c", "import docutils"), 60).exit == 0,
                "skipped: " + PYTHON + " cannot import docutils");

        String keep = System.getProperty("docslint.crosscheck.keep");
        if (keep != null) { // to look at the documents afterwards
            tree = Files.createDirectories(Path.of(keep));
        }
        long seed = Long.getLong("docslint.crosscheck.seed", DEFAULT_SEED);
        int count = Integer.getInteger("docslint.crosscheck.docs", 300);
        Files.writeString(tree.resolve("conf.py"), "# generated\n");
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String name = String.format("d%04d.rst", i);
            byte[] bytes = encode(new Random(docSeed(seed, i)));
            files.put(name, bytes);
            Files.write(tree.resolve(name), bytes);
        }

        Path out = tree.resolve("truth.json");
        Result oracleRun = run(
                List.of(PYTHON.toString(), oracle.toString(), tree.toString(), "-o", out.toString(), "-q", "-j", "4"),
                300);
        assertThat(oracleRun.exit).as("oracle failed: %s", oracleRun.output).isZero();
        // flatten the JSON with Python (no JSON library on the test classpath): kind, file, line, url
        Result flat = run(List.of(PYTHON.toString(), "-c", """
                import json, sys
                o = json.load(open(sys.argv[1], encoding="utf-8"))
                for f, e in o["stats"]["files_failed"].items():
                    print("FAILED", f, 0, e.replace("\\n", " "), sep="\\t")
                for l in o["links"]:
                    print("LINK", l["file"], l["line"], l["url"], sep="\\t")
                for f in o["findings"]["image-alt-missing"]:
                    print("NOALT", f["file"], f["line"], f.get("uri", ""), sep="\\t")
                """, out.toString()), 60);
        assertThat(flat.exit).as("reading the oracle output: %s", flat.output).isZero();

        Map<String, List<String>> expected = new TreeMap<>();
        for (String name : files.keySet()) {
            expected.put(name, new ArrayList<>());
        }
        for (String row : flat.output.split("\n")) {
            if (row.isBlank()) {
                continue;
            }
            String[] f = row.split("\t", 4);
            assertThat(f[0])
                    .as("oracle could not parse %s: %s", f[1], f.length > 3 ? f[3] : "")
                    .isNotEqualTo("FAILED");
            String found = f[0].equals("LINK") ? item(f[0], Integer.parseInt(f[2]), f[3]) : "NOALT " + f[2];
            List<String> list = expected.computeIfAbsent(f[1], k -> new ArrayList<>());
            if (!list.contains(found) || f[0].equals("LINK")) { // the oracle reports one alt-less image per line
                list.add(found);
            }
        }

        List<String> report = new ArrayList<>();
        int differing = 0;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            RstDocument doc = new RstScanner().scan(SourceText.decode(e.getValue(), StandardCharsets.UTF_8));
            List<String> actual = new ArrayList<>();
            for (Link l : doc.links()) {
                actual.add(item("LINK", l.position().line(), l.uri()));
            }
            Set<String> altless = new TreeSet<>();
            for (Image im : doc.images()) {
                if (im.alt() == null) {
                    altless.add("NOALT " + im.position().line());
                }
            }
            actual.addAll(altless);
            List<String> want = expected.get(e.getKey());
            List<String> missing = minus(want, actual);
            List<String> extra = minus(actual, want);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                differing++;
                if (report.size() < 8) {
                    int index = Integer.parseInt(e.getKey().substring(1, 5));
                    report.add(String.format(
                            "%s (seed %d, document %d, document seed %d)%n  docutils only: %s%n  scanner only:  %s%n"
                                    + "---%n%s---",
                            e.getKey(),
                            seed,
                            index,
                            docSeed(seed, index),
                            missing,
                            extra,
                            new String(e.getValue(), StandardCharsets.UTF_8)));
                }
            }
        }
        assertThat(report)
                .as(
                        "%d of %d generated documents differ from docutils (seed %d); first ones:%n%s",
                        differing, count, seed, String.join("\n\n", report))
                .isEmpty();
    }

    private static long docSeed(long seed, int index) {
        return seed * 1_000_003L + index;
    }

    /** A generated document as bytes: sometimes CRLF line ends, a BOM or trailing whitespace. */
    static byte[] encode(Random r) {
        String text = new RstGenerator(r).document();
        if (r.nextInt(10) == 0) {
            text = text.replace("\n", "  \n");
        }
        if (r.nextInt(8) == 0) {
            text = text.replace("\n", "\r\n");
        }
        if (r.nextInt(20) == 0) {
            text = "\uFEFF" + text;
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String item(String kind, int line, String uri) {
        return kind + " " + line + " " + uri;
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        for (String x : b) {
            rest.remove(x);
        }
        return rest;
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out");
        }
        return new Result(p.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
