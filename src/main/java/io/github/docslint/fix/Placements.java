package io.github.docslint.fix;

import io.github.docslint.fix.RootFixer.SiteEdit;
import io.github.docslint.fix.SourceBytes.Insertion;
import io.github.docslint.rst.Comment;
import io.github.docslint.rst.DirectiveOption;
import io.github.docslint.rst.Field;
import io.github.docslint.rst.Position;
import io.github.docslint.rst.RstDocument;
import io.github.docslint.rules.Suppression;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Where each addition goes in its file's bytes: a page's {@code :nosearch:}, an include's {@code :start-after:}. */
final class Placements {
    private final FixSources sources;
    private final Refusals refusals;

    Placements(FixSources sources, Refusals refusals) {
        this.sources = sources;
        this.refusals = refusals;
    }

    /** Where :nosearch: goes in {@code page}: into its top field list, or as a new one at the top. */
    Insertion nosearch(String page) {
        Optional<SourceBytes> text = sources.text(page);
        Optional<RstDocument> doc = sources.document(page);
        if (text.isEmpty() || doc.isEmpty()) {
            refusals.refuse(
                    Refusals.key(page),
                    page,
                    1,
                    "':nosearch:' not added: the file cannot be read in "
                            + sources.charset().name());
            return null;
        }
        SourceBytes sb = text.get();
        List<Field> pageFields = doc.get().pageTopFields(sources.prolog());
        if (!pageFields.isEmpty()) {
            // first in the list: an include that skips the list with ':start-after: <a later field>' still does
            return new Insertion(sb.start(pageFields.get(0).position().line()), FixSources.NOSEARCH + sb.eol);
        }
        if (!doc.get().topFields().isEmpty()) {
            refusals.refuse(
                    Refusals.key(page),
                    page,
                    doc.get().topFields().get(0).position().line(),
                    "':nosearch:' not added: with"
                            + " rst_prolog set in conf.py, Sphinx reads only a field list that starts on line 1; move this"
                            + " one there, then run fix again");
            return null;
        }
        int line = sources.prolog() ? 1 : afterLeadingComments(doc.get(), sb);
        return new Insertion(sb.start(line), FixSources.NOSEARCH + sb.eol + (line <= sb.lineCount() ? sb.eol : ""));
    }

    /**
     * The first line after the comments that open the file (a licence header, a note), when a blank
     * line follows them: Sphinx still reads a field list there. A {@code docslint: disable=} comment
     * stays right before the element it silences, so the field list goes above it.
     */
    private static int afterLeadingComments(RstDocument doc, SourceBytes sb) {
        int line = 1;
        while (true) {
            while (line <= sb.lineCount() && sb.isBlank(line)) {
                line++;
            }
            int at = line;
            Optional<Comment> c = doc.comments().stream()
                    .filter(x -> x.position().line() == at && x.position().column() == 1)
                    .findFirst();
            if (c.isEmpty()
                    || Suppression.of(c.get()).filter(s -> !s.wholeFile()).isPresent()) {
                break;
            }
            line = c.get().lines().last() + 1;
        }
        if (line == 1 || line > sb.lineCount() || !sb.isBlank(line - 1)) {
            return 1;
        }
        return line;
    }

    /** The new option line after the include's last line, indented like its options. */
    Insertion startAfter(SiteEdit se, String marker) {
        SourceBytes sb = sources.text(se.site().file()).orElseThrow();
        Position p = se.include().position();
        String first = sb.line(p.line());
        int c0 = SourceBytes.columns(first, p.column() - 1);
        int last = p.line();
        for (int k = p.line() + 1; k <= sb.lineCount(); k++) {
            String t = sb.line(k);
            if (t.isBlank() || SourceBytes.indent(t) <= c0) {
                break;
            }
            last = k;
        }
        String indent = null;
        Optional<DirectiveOption> firstOption =
                se.include().options().values().stream().min(Comparator.comparing(DirectiveOption::position));
        if (firstOption.isPresent()) {
            Position op = firstOption.get().position();
            String lead = sb.line(op.line())
                    .substring(0, Math.min(op.column() - 1, sb.line(op.line()).length()));
            indent = lead.isBlank() ? lead : null;
        }
        if (indent == null) {
            StringBuilder sbIndent = new StringBuilder();
            for (char ch :
                    first.substring(0, Math.min(p.column() - 1, first.length())).toCharArray()) {
                sbIndent.append(ch == '\t' ? '\t' : ' ');
            }
            indent = sbIndent + "   ";
        }
        return new Insertion(sb.end(last), sb.eol + indent + ":start-after: " + marker);
    }
}
