package io.github.docslint;

import io.github.docslint.changes.ChangeScope;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.RuleSettings;
import io.github.docslint.rules.Rules;
import io.github.docslint.rules.Severity;
import io.github.docslint.rules.SourceRule;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.FileFilter;
import io.github.docslint.site.SphinxProject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * The source rules to run, one task per rule and root, taken by whichever thread is free: the main
 * thread, and the links thread once it has collected the links. The findings keep root and rule
 * order whoever ran them.
 */
final class SourceRuleRuns {
    private record Run(DocsGraph graph, ChangeScope scope, SourceRule rule, Severity severity) {}

    private final List<Run> runs = new ArrayList<>();
    private final RuleSettings settings;
    private final FileFilter filter;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReferenceArray<List<Finding>> found;

    /** Each rule that {@code severity} does not turn off, on each root's graph, in root and rule order. */
    SourceRuleRuns(
            Map<DocsGraph, ChangeScope> scopes,
            Function<SourceRule, Severity> severity,
            RuleSettings settings,
            FileFilter filter) {
        scopes.forEach((graph, scope) -> {
            for (SourceRule rule : Rules.sourceRules()) {
                Severity s = severity.apply(rule);
                if (s != Severity.OFF) {
                    runs.add(new Run(graph, scope, rule, s));
                }
            }
        });
        this.settings = settings;
        this.filter = filter;
        this.found = new AtomicReferenceArray<>(runs.size());
    }

    /** Runs the tasks no thread has taken yet, until none is left. */
    void takeRuns() {
        for (int i = next.getAndIncrement(); i < runs.size(); i = next.getAndIncrement()) {
            found.set(i, findings(runs.get(i)));
        }
    }

    /** Call once every thread that took runs is done. */
    List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            all.addAll(found.get(i));
        }
        return all;
    }

    private List<Finding> findings(Run run) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        SphinxProject project = run.graph().project();
        run.rule().check(run.graph(), settings, (file, position, message) -> {
            if (filter.reportsOn(file)
                    && run.scope().reportsFindingsOn(file)
                    && seen.add(file + '\u0000' + position + '\u0000' + message)) {
                out.add(new Finding(run.rule().id(), run.severity(), project.absolute(file), position, message));
            }
        });
        return out;
    }
}
