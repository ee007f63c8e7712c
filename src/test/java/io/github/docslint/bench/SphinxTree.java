package io.github.docslint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A Sphinx project whose pages hold the links of a {@link LinkSet} as {@code http://} URLs without a
 * port (a proxy reaches them), in the corpus' proportions: every link at least once, some repeated on
 * other pages (2,468 appearances of 1,761 unique URLs on 411 pages in the Mattermost docs), a few per
 * page, every page in the index's toctree. Beside it, a pom so that docslint runs on the same tree.
 */
final class SphinxTree {
    /** The corpus' appearances per unique URL and pages per unique URL. */
    static final double APPEARANCES_PER_URL = 2468.0 / 1761;

    static final double PAGES_PER_URL = 411.0 / 1761;

    private SphinxTree() {}

    /** The URL a page holds for a link: port-free, so only a proxy (or real DNS) can reach it. */
    static String url(LinkSet.Link link) {
        return "http://" + link.host() + link.pathAndQuery();
    }

    /**
     * The pages' link lists: each link once plus {@code round(n x (APPEARANCES_PER_URL - 1))} repeats
     * of links drawn at random, shuffled and cut into {@code round(n x PAGES_PER_URL)} pages at random
     * points (no page empty).
     */
    static List<List<String>> pages(LinkSet set, long seed) {
        Random random = new Random(seed);
        List<String> appearances = new ArrayList<>();
        set.links().forEach(l -> appearances.add(url(l)));
        int n = appearances.size();
        long repeats = Math.round(n * (APPEARANCES_PER_URL - 1));
        for (long i = 0; i < repeats; i++) {
            appearances.add(appearances.get(random.nextInt(n)));
        }
        Collections.shuffle(appearances, random);
        int pageCount = (int) Math.max(1, Math.min(appearances.size(), Math.round(n * PAGES_PER_URL)));
        // distinct cut points in 1..size-1 give pageCount non-empty pages
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < appearances.size(); i++) {
            cuts.add(i);
        }
        Collections.shuffle(cuts, random);
        List<Integer> chosen = new ArrayList<>(cuts.subList(0, pageCount - 1));
        Collections.sort(chosen);
        chosen.add(appearances.size());
        List<List<String>> pages = new ArrayList<>();
        int from = 0;
        for (int to : chosen) {
            pages.add(List.copyOf(appearances.subList(from, to)));
            from = to;
        }
        return pages;
    }

    /** Writes conf.py, index.rst, pages/pNNN.rst and pom.xml into {@code dir} (emptied first). */
    static void write(Path dir, List<List<String>> pages, String pluginVersion) throws IOException {
        deleteTree(dir);
        Files.createDirectories(dir.resolve("pages"));
        write(
                dir.resolve("conf.py"),
                "project = 'docslint link benchmark'\n" + "root_doc = 'index'\n"
                        + "exclude_patterns = ['_build', 'target']\n");
        StringBuilder index = new StringBuilder("Link benchmark\n==============\n\n.. toctree::\n   :glob:\n\n");
        index.append("   pages/*\n");
        write(dir.resolve("index.rst"), index.toString());
        for (int p = 0; p < pages.size(); p++) {
            String title = String.format(Locale.ROOT, "Page %04d", p);
            StringBuilder rst = new StringBuilder(title + "\n" + "=".repeat(title.length()) + "\n\n");
            List<String> links = pages.get(p);
            for (int i = 0; i < links.size(); i++) {
                // anonymous references: repeated link texts make no duplicate-target warnings
                rst.append("Read `reference ")
                        .append(i + 1)
                        .append(" <")
                        .append(links.get(i))
                        .append(">`__ for the details.\n\n");
            }
            write(dir.resolve(String.format(Locale.ROOT, "pages/p%04d.rst", p)), rst.toString());
        }
        write(dir.resolve("pom.xml"), pom(pluginVersion));
    }

    static String pom(String pluginVersion) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>sphinx-tree</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.docslint</groupId>
                        <artifactId>docslint-maven-plugin</artifactId>
                        <version>%s</version>
                        <configuration>
                          <sourceDirectory>${project.basedir}</sourceDirectory>
                          <excludes>
                            <exclude>target/**</exclude>
                            <exclude>_build/**</exclude>
                          </excludes>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(pluginVersion);
    }

    /** A settings.xml whose one active proxy (http only) is the given loopback port. */
    static String settings(int proxyPort) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
                  <proxies>
                    <proxy>
                      <id>simulated-hosts</id>
                      <active>true</active>
                      <protocol>http</protocol>
                      <host>127.0.0.1</host>
                      <port>%d</port>
                    </proxy>
                  </proxies>
                </settings>
                """.formatted(proxyPort);
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
