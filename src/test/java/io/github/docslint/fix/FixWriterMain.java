package io.github.docslint.fix;

import io.github.docslint.LintRequest;
import java.nio.file.Path;

/** Child process of {@link FixKillTest}: plans the fix of a tree, says so, then writes every file. */
public final class FixWriterMain {
    private FixWriterMain() {}

    public static void main(String[] args) throws Exception {
        FixPlan plan = Fixer.plan(LintRequest.of(Path.of(args[0])));
        System.out.println("writing " + plan.fixes().size());
        System.out.flush();
        for (FileFix f : plan.fixes()) {
            f.write();
        }
        System.out.println("done");
    }
}
