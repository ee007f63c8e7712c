package io.github.docslint.rules;

/**
 * One check. Its id is public API: never rename one once released. A rule reads either the docs
 * graph ({@link SourceRule}) or the outcome of the link check ({@link LinkRule}).
 */
public sealed interface Rule permits SourceRule, LinkRule {
    String id();

    Severity defaultSeverity();

    /** One sentence: what the rule reports. */
    String description();
}
