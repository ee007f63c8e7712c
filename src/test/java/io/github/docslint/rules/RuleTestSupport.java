package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.check;
import static io.github.docslint.rules.RuleHarness.page;

import io.github.docslint.Tree;
import io.github.docslint.rules.RuleHarness.Reported;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** What every rule test needs: a temporary Sphinx root and the rule run on it. */
abstract class RuleTestSupport {
    private final SourceRule rule;

    @TempDir
    Path dir;

    RuleTestSupport(SourceRule rule) {
        this.rule = rule;
    }

    /** The source root, with an empty conf.py. */
    Tree tree() {
        return Tree.at(dir).conf("");
    }

    List<Reported> run() throws IOException {
        return check(rule, dir);
    }

    /** The rule on a tree of one page holding {@code body}. */
    List<Reported> run(String body) throws IOException {
        return run(body, RuleSettings.defaults());
    }

    List<Reported> run(String body, RuleSettings settings) throws IOException {
        tree().file("page.rst", page(body));
        return check(rule, dir, settings);
    }
}
