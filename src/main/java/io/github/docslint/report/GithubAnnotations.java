package io.github.docslint.report;

import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Severity;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Under GitHub Actions, one workflow command per finding ({@code ::error file=..,line=..,col=..,
 * title=[rule]::message}), which the runner turns into an annotation on the file's line in the
 * pull request. They go straight to standard output: a line that Maven's log prefixes with
 * {@code [ERROR] } is not a command.
 */
public final class GithubAnnotations {
    private GithubAnnotations() {}

    /** True when running in a GitHub Actions job ({@code GITHUB_ACTIONS=true}). */
    public static boolean enabled(Function<String, String> env) {
        return "true".equals(env.apply("GITHUB_ACTIONS"));
    }

    /**
     * Prints the commands. Paths are relative to the repository checkout ({@code GITHUB_WORKSPACE})
     * when the file lies in it, as the runner expects for a project in a subfolder of the
     * repository, otherwise to the project base.
     */
    public static void print(List<Finding> findings, Path base, Function<String, String> env, PrintStream out) {
        String workspace = env.apply("GITHUB_WORKSPACE");
        Path root = workspace == null || workspace.isBlank() ? base : Path.of(workspace);
        if (!base.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize())) {
            root = base;
        }
        for (Finding f : findings) {
            out.println(command(f, root));
        }
        out.flush();
    }

    static String command(Finding f, Path root) {
        return "::" + (f.severity() == Severity.ERROR ? "error" : "warning")
                + " file=" + property(ConsoleReport.relative(root, f.file()))
                + ",line=" + f.position().line()
                + ",col=" + f.position().column()
                + ",title=" + property("[" + f.rule() + "]")
                + "::" + data(f.message());
    }

    /** The runner's escaping of a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The runner's escaping of a property value, where ':' and ',' separate. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
