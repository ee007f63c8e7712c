package io.github.docslint.rst;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How docutils (and Sphinx, and the common extensions) read a directive's block: how many arguments
 * it takes, whether option lines are options, and what its content is. Directives nobody registered
 * here are read like docutils reads a generic container: one optional argument, any options, content
 * parsed as nested rst — what Sphinx does with extension directives that hold prose (tabs, cards,
 * config settings, domain objects).
 */
record DirectiveSpec(
        int requiredArgs,
        int optionalArgs,
        boolean finalArgWhitespace,
        Set<String> options,
        boolean hasContent,
        Content content,
        ArgText argText) {

    /** Means "any option name is accepted". */
    static final Set<String> ANY = Set.of("*");

    enum Content {
        /** nested rst */
        NESTED,
        /** code or data: not rst */
        OPAQUE,
        /** renders nothing visible (index, highlight language, ...) */
        INVISIBLE,
        /** the content is one run of inline text (parsed-literal) */
        INLINE,
        /** each content line is inline text of its own (line-block) */
        INLINE_LINES,
        IMAGE,
        FIGURE,
        INCLUDE,
        RAW,
        TOCTREE,
        CSV_TABLE,
        /** content docslint has no use for and that holds no links (meta, contents, role, ...) */
        IGNORED
    }

    enum ArgText {
        /** the argument is a name, path or class list */
        PLAIN,
        /** the argument is rendered as inline rst (a title) */
        INLINE,
        /** the first word is a version, the rest is inline rst (versionadded) */
        INLINE_AFTER_FIRST_WORD
    }

    boolean acceptsOption(String name) {
        return options == ANY || options.contains(name);
    }

    boolean takesArguments() {
        return requiredArgs > 0 || optionalArgs > 0;
    }

    private static final Set<String> CLASS_NAME = Set.of("class", "name");
    private static final DirectiveSpec GENERIC =
            new DirectiveSpec(0, 1, true, ANY, true, Content.NESTED, ArgText.PLAIN);
    private static final DirectiveSpec GENERIC_NO_ARGS =
            new DirectiveSpec(0, 0, true, ANY, true, Content.NESTED, ArgText.PLAIN);
    private static final DirectiveSpec OPAQUE = new DirectiveSpec(0, 1, true, ANY, true, Content.OPAQUE, ArgText.PLAIN);
    private static final DirectiveSpec INVISIBLE =
            new DirectiveSpec(0, 1, true, ANY, true, Content.INVISIBLE, ArgText.PLAIN);
    private static final DirectiveSpec GENERIC_INLINE_ARG =
            new DirectiveSpec(0, 1, true, ANY, true, Content.NESTED, ArgText.INLINE);
    private static final DirectiveSpec VERSION_NOTE =
            new DirectiveSpec(0, 1, true, ANY, true, Content.NESTED, ArgText.INLINE_AFTER_FIRST_WORD);

    private static final Map<String, DirectiveSpec> SPECS = new HashMap<>();

    static {
        // docutils' own directives, with their real argument and option rules
        for (String n :
                Set.of("attention", "caution", "danger", "error", "hint", "important", "note", "tip", "warning")) {
            SPECS.put(n, new DirectiveSpec(0, 0, false, CLASS_NAME, true, Content.NESTED, ArgText.PLAIN));
        }
        SPECS.put("admonition", new DirectiveSpec(1, 0, true, CLASS_NAME, true, Content.NESTED, ArgText.INLINE));
        SPECS.put("topic", new DirectiveSpec(1, 0, true, CLASS_NAME, true, Content.NESTED, ArgText.INLINE));
        SPECS.put(
                "sidebar",
                new DirectiveSpec(
                        0, 1, true, Set.of("subtitle", "class", "name"), true, Content.NESTED, ArgText.INLINE));
        SPECS.put("rubric", new DirectiveSpec(1, 0, true, CLASS_NAME, false, Content.IGNORED, ArgText.INLINE));
        for (String n : Set.of("epigraph", "highlights", "pull-quote")) {
            SPECS.put(n, new DirectiveSpec(0, 0, false, Set.of(), true, Content.NESTED, ArgText.PLAIN));
        }
        SPECS.put("compound", new DirectiveSpec(0, 0, false, CLASS_NAME, true, Content.NESTED, ArgText.PLAIN));
        SPECS.put("container", new DirectiveSpec(0, 1, true, Set.of("name"), true, Content.NESTED, ArgText.PLAIN));
        SPECS.put("line-block", new DirectiveSpec(0, 0, false, CLASS_NAME, true, Content.INLINE_LINES, ArgText.PLAIN));
        SPECS.put("parsed-literal", new DirectiveSpec(0, 0, false, CLASS_NAME, true, Content.INLINE, ArgText.PLAIN));
        SPECS.put("table", new DirectiveSpec(0, 1, true, ANY, true, Content.NESTED, ArgText.INLINE));
        SPECS.put("list-table", new DirectiveSpec(0, 1, true, ANY, true, Content.NESTED, ArgText.INLINE));
        SPECS.put("csv-table", new DirectiveSpec(0, 1, true, ANY, true, Content.CSV_TABLE, ArgText.INLINE));
        SPECS.put("image", new DirectiveSpec(1, 0, true, ANY, false, Content.IMAGE, ArgText.PLAIN));
        SPECS.put("figure", new DirectiveSpec(1, 0, true, ANY, true, Content.FIGURE, ArgText.PLAIN));
        SPECS.put("include", new DirectiveSpec(1, 0, true, ANY, false, Content.INCLUDE, ArgText.PLAIN));
        SPECS.put("raw", new DirectiveSpec(1, 0, true, ANY, true, Content.RAW, ArgText.PLAIN));
        SPECS.put("replace", new DirectiveSpec(0, 0, false, Set.of(), true, Content.NESTED, ArgText.PLAIN));
        SPECS.put("contents", new DirectiveSpec(0, 1, true, ANY, false, Content.IGNORED, ArgText.INLINE));
        SPECS.put("class", new DirectiveSpec(1, 0, true, Set.of(), true, Content.NESTED, ArgText.PLAIN));
        for (String n : Set.of("header", "footer")) {
            SPECS.put(n, new DirectiveSpec(0, 0, false, Set.of(), true, Content.NESTED, ArgText.PLAIN));
        }
        for (String n : Set.of(
                "meta",
                "sectnum",
                "section-numbering",
                "target-notes",
                "role",
                "default-role",
                "title",
                "unicode",
                "date")) {
            SPECS.put(n, new DirectiveSpec(0, 1, true, ANY, true, Content.IGNORED, ArgText.PLAIN));
        }
        SPECS.put("toctree", new DirectiveSpec(0, 0, true, ANY, true, Content.TOCTREE, ArgText.PLAIN));

        // Sphinx and extension directives whose body is code or data, never rst
        for (String n : Set.of(
                "code-block",
                "sourcecode",
                "code",
                "literalinclude",
                "highlight",
                "doctest",
                "testcode",
                "testoutput",
                "testsetup",
                "testcleanup",
                "productionlist",
                "graphviz",
                "graph",
                "digraph",
                "inheritance-diagram",
                "mermaid",
                "math",
                "ipython",
                "jupyter-execute",
                "jupyter-input",
                "jupyter-output",
                "jupyter-kernel",
                "prompt",
                "code-tab",
                "program-output",
                "command-output",
                "runblock",
                "plantuml",
                "uml",
                "tabularcolumns",
                "autosummary",
                "jinja",
                "exec",
                "asciinema",
                "argparse",
                "autoprogram",
                "click",
                "literal",
                "csv-file",
                "bibliography",
                "todolist",
                "spelling",
                "spelling:word-list",
                "raw-html",
                "ansible-output-data",
                "pycon",
                "shell",
                "console",
                "terminal",
                "parsed-literal-file",
                "sphinx_argparse_cli",
                "automodapi",
                "automodsumm",
                "openapi",
                "httpdomain",
                "autoyaml",
                "yaml",
                "json",
                "bash",
                "mdinclude",
                "datatemplate:yaml",
                "datatemplate:json",
                "datatemplate:csv",
                "datatemplate:xml",
                "datatemplate:dbm",
                "datatemplate:import-module",
                "datatemplate:nodata")) {
            SPECS.put(n, OPAQUE);
        }
        // render nothing a reader sees
        for (String n : Set.of(
                "index",
                "currentmodule",
                "default-domain",
                "sectionauthor",
                "moduleauthor",
                "codeauthor",
                "py:currentmodule",
                "c:namespace",
                "cpp:namespace",
                "cpp:namespace-push",
                "cpp:namespace-pop",
                "js:module",
                "highlightlang")) {
            SPECS.put(n, INVISIBLE);
        }
        // no arguments: text after '::' is the first content line
        for (String n : Set.of(
                "todo",
                "seealso",
                "hlist",
                "glossary",
                "tab-set",
                "tabs",
                "grid-item",
                "acks",
                "tab-set-code",
                "only-html",
                "nosearch-note")) {
            SPECS.put(n, GENERIC_NO_ARGS);
        }
        for (String n : Set.of("centered", "tab", "tab-item", "group-tab", "card", "dropdown", "grid-item-card")) {
            SPECS.put(n, GENERIC_INLINE_ARG);
        }
        for (String n : Set.of(
                "versionadded",
                "versionchanged",
                "deprecated",
                "versionremoved",
                "version-added",
                "version-changed",
                "version-deprecated",
                "version-removed")) {
            SPECS.put(n, VERSION_NOTE);
        }
    }

    /** docutils directives that report an error, and render nothing, without content. */
    private static final Set<String> CONTENT_REQUIRED = Set.of(
            "attention",
            "caution",
            "danger",
            "error",
            "hint",
            "important",
            "note",
            "tip",
            "warning",
            "admonition",
            "topic",
            "sidebar",
            "line-block",
            "parsed-literal",
            "compound",
            "container",
            "table",
            "list-table",
            "epigraph",
            "highlights",
            "pull-quote");

    static boolean requiresContent(String name) {
        return CONTENT_REQUIRED.contains(name);
    }

    /**
     * docutils directives whose output is pre-bibliographic (meta, pending, decoration, or
     * nothing): they may stand before the top field list.
     */
    private static final Set<String> PRE_BIBLIOGRAPHIC = Set.of(
            "meta",
            "contents",
            "sectnum",
            "section-numbering",
            "target-notes",
            "header",
            "footer",
            "role",
            "default-role",
            "title");

    static boolean isPreBibliographic(String name) {
        return PRE_BIBLIOGRAPHIC.contains(name);
    }

    /**
     * docutils directives that stand only where a section title could, or directly in a sidebar
     * (topic, sidebar, contents): elsewhere they are errors and render nothing.
     */
    static boolean isPseudoSection(String name) {
        return name.equals("topic") || name.equals("sidebar") || name.equals("contents");
    }

    /** The spec of a directive by its lower-cased name. */
    static DirectiveSpec of(String name) {
        return SPECS.getOrDefault(name, GENERIC);
    }
}
