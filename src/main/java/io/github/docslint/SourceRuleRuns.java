package io.github.docslint;

import io.github.docslint.changes.ChangeScope;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.RuleSettings;
import io.github.docslint.rules.Severity;
import io.github.docslint.rules.SourceRule;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.FileFilter;
import io.github.docslint.site.SphinxProject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
    private AtomicReferenceArray<List<Finding>> found;

    SourceRuleRuns(RuleSettings settings, FileFilter filter) {
        this.settings = settings;
        this.filter = filter;
    }

    void add(DocsGraph graph, ChangeScope scope, SourceRule rule, Severity severity) {
        runs.add(new Run(graph, scope, rule, severity));
    }

    /** Call once every run is added, before any thread takes one. */
    SourceRuleRuns ready() {
        found = new AtomicReferenceArray<>(runs.size());
        return this;
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
