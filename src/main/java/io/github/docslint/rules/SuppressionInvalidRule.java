package io.github.docslint.rules;

/** A {@code .. docslint:} suppression comment that names an unknown rule or is malformed. */
final class SuppressionInvalidRule implements SourceRule {
    @Override
    public String id() {
        return "suppression-invalid";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A '.. docslint: disable=' suppression comment names an unknown rule, names none, or has no element"
                + " after it to apply to; it silences nothing it should.";
    }

    @Override
    public void check(io.github.docslint.site.DocsGraph graph, RuleSettings settings, Reporter reporter) {
        for (String rel : Suppressions.filesRead(graph)) {
            for (Suppression s : Suppressions.of(graph, rel)) {
                for (String problem : s.problems()) {
                    reporter.report(rel, s.position(), problem);
                }
            }
        }
    }
}
