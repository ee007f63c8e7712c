package io.github.docslint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Header secrets ({@code {env:NAME}}, {@code {server:ID}}) go to their server and nowhere else: not to
 * another host after a redirect, and not into the console, the reports, the cache or an exception,
 * whatever way the links fail.
 */
@MojoTest
class LinkSecretsTest {
    private static final String ENV_TOKEN = "env-tok-4f1c9a77e2";
    private static final String SERVER_TOKEN = "srv-tok-b83d10c5aa";

    @Inject
    private MavenSession session;

    @TempDir
    Path dir;

    private HttpServer server;
    private ExecutorService handlers;
    /** Host header and the two secret headers of every request the server got. */
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            var h = exchange.getRequestHeaders();
            String path = exchange.getRequestURI().getPath();
            seen.add(h.getFirst("Host").replaceFirst(":.*", "") + " " + path + " " + h.getFirst("Authorization") + " "
                    + h.getFirst("X-Api-Key"));
            int port = server.getAddress().getPort();
            switch (path) {
                case "/private" -> {
                    exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                    exchange.sendResponseHeaders(401, -1);
                }
                case "/moved" -> {
                    exchange.getResponseHeaders().set("Location", "/ok");
                    exchange.sendResponseHeaders(301, -1);
                }
                case "/elsewhere" -> {
                    exchange.getResponseHeaders().set("Location", "http://localhost:" + port + "/landing");
                    exchange.sendResponseHeaders(302, -1);
                }
                case "/slow" -> {
                    try {
                        Thread.sleep(2000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.sendResponseHeaders(200, -1);
                }
                case "/gone" -> exchange.sendResponseHeaders(404, -1);
                default -> exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    @Basedir("/unit/links")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void tokensReachTheirHostOnlyAndAppearInNoOutput(CheckMojo mojo) throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("source"));
        Files.writeString(project.resolve("source/conf.py"), "");
        StringBuilder rst = new StringBuilder("Links\n=====\n\n");
        for (String path : List.of("/ok", "/private", "/moved", "/elsewhere", "/slow", "/gone")) {
            rst.append("* ").append(base).append(path).append("\n");
        }
        rst.append("* http://169.254.169.254/latest/meta-data/\n");
        Files.writeString(project.resolve("source/index.rst"), rst);

        Settings settings = new Settings();
        Server id = new Server();
        id.setId("docs-api");
        id.setPassword(SERVER_TOKEN);
        settings.addServer(id);
        when(session.getSettings()).thenReturn(settings);
        mojo.environment = Map.of("DOCS_TOKEN", ENV_TOKEN)::get;
        mojo.basedir = project.toFile();
        mojo.baseline = null; // the default, next to the project set just above
        mojo.reportDir = dir.resolve("report").toFile();
        mojo.linksCacheFile = dir.resolve("cache/link-cache.json").toFile();
        mojo.linksHeaders =
                List.of("127.0.0.1 Authorization: Bearer {env:DOCS_TOKEN}", "127.0.0.1 X-Api-Key: {server:docs-api}");
        mojo.linksTimeout = "1s";
        mojo.linksRetries = 0;
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        List<String> messages = new ArrayList<>();

        // allowed private addresses: 401, redirects (to the same host and to another), timeout, 404, working;
        // the metadata address is left out of this run: it would go to the network
        mojo.linksAllowPrivate = true;
        mojo.linksIgnore = List.of("^http://169\\.254\\.");
        messages.add(run(mojo));
        // the default: every one of them blocked
        mojo.linksAllowPrivate = false;
        mojo.linksIgnore = List.of();
        messages.add(run(mojo));

        String both = "Bearer " + ENV_TOKEN + " " + SERVER_TOKEN;
        assertThat(seen).contains("127.0.0.1 /private " + both, "127.0.0.1 /elsewhere " + both);
        // after a redirect to another host, neither header
        assertThat(seen).contains("localhost /landing null null");
        assertThat(seen).filteredOn(s -> s.startsWith("localhost")).noneMatch(s -> s.contains("tok-"));
        assertThat(log.lines())
                .anyMatch(l -> l.contains("401"))
                .anyMatch(l -> l.contains("did not answer in time"))
                .anyMatch(l -> l.contains("169.254.169.254") && l.contains("[link-blocked]"))
                .anyMatch(l -> l.contains("/private") && l.contains("[link-blocked]"));
        assertThat(messages.get(0)).contains("MojoFailureException");

        List<String> leaks = new ArrayList<>();
        for (String line : log.lines()) {
            if (line.contains(ENV_TOKEN) || line.contains(SERVER_TOKEN)) {
                leaks.add("console: " + line);
            }
        }
        for (String m : messages) {
            if (m.contains(ENV_TOKEN) || m.contains(SERVER_TOKEN)) {
                leaks.add("exception: " + m);
            }
        }
        List<Path> written = files(dir);
        assertThat(written)
                .as("the reports and the cache were written")
                .contains(dir.resolve("report/links.jsonl"), dir.resolve("cache/link-cache.json"));
        for (Path f : written) {
            String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            if (content.contains(ENV_TOKEN) || content.contains(SERVER_TOKEN)) {
                leaks.add("file: " + f);
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** Runs the goal; what it threw, as the console would show it, or "" when it passed. */
    private static String run(CheckMojo mojo) {
        try {
            mojo.execute();
            return "";
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
