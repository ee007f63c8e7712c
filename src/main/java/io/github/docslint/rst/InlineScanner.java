package io.github.docslint.rst;

import java.util.Locale;

/**
 * Finds the links in a run of inline text (a paragraph, a title, a table cell line) the way
 * docutils' Inliner does: it recognises the same start- and end-strings with the same context rules,
 * so that text inside inline literals, emphasis or interpreted text is never taken for a link, and
 * it finds standalone URIs only in the plain text between inline markup. Hand-written scanning, not
 * regular expressions: each step looks at a bounded window or moves forward, so the scan stays
 * linear-ish on any input.
 *
 * <p>Offsets given to the {@link Sink} index the text passed to {@link #scan}.
 */
final class InlineScanner {
    interface Sink {
        /** A link whose URI is known here (embedded or standalone). */
        void link(String uri, Link.Kind kind, int offset);

        /** {@code name_}, {@code `a name`_}, {@code |name|_}: resolved later against targets. */
        void reference(String name, int offset);

        /** {@code name__}, {@code `a name`__}: resolved later against anonymous targets. */
        void anonymousReference(int offset);

        /** The target that {@code `text <uri>`_} (or {@code `text <alias_>`_}) defines. */
        void target(String name, String uri, String refname, int offset);

        /**
         * Another element docutils gives an id (an inline target, a footnote or citation reference,
         * a problematic start-string): a substitution definition may not hold one.
         */
        void elementWithId(int offset);
    }

    private final char[] s;
    private final int n;
    private final Sink sink;
    /** Where the last '_' and the last '`' are (-1 if none): no reference or role starts after them. */
    private final int lastUnderscore;

    private final int lastBackquote;

    private InlineScanner(char[] text, Sink sink, int lastUnderscore, int lastBackquote, boolean escapes) {
        this.s = text;
        this.n = s.length;
        this.sink = sink;
        if (escapes) {
            // docutils' escape2null: a backslash becomes NUL and protects the next character; lengths stay
            for (int i = 0; i < n; i++) {
                if (s[i] == '\\') {
                    s[i] = '\0';
                    i++;
                }
            }
        }
        this.lastUnderscore = lastUnderscore;
        this.lastBackquote = lastBackquote;
    }

    /**
     * Scans {@code text}, which it takes over: escapes are marked in place. The caller has ruled out
     * text with neither ':' nor '_' (no scheme, no reference): it holds no link. It also gives where
     * the last '_' and '`' are (-1 for none) and whether there is a backslash.
     */
    static void scan(char[] text, Sink sink, int lastUnderscore, int lastBackquote, boolean escapes) {
        new InlineScanner(text, sink, lastUnderscore, lastBackquote, escapes).run();
    }

    // ---------------------------------------------------------------------------------------------
    // the main loop (Inliner.parse)

    private enum Kind {
        STRONG,
        EMPHASIS,
        LITERAL,
        INLINE_TARGET,
        SUBSTITUTION,
        REFERENCE,
        FOOTNOTE,
        BACKQUOTE
    }

    /** A start-string or whole construct found by the initial search. */
    private record Start(Kind kind, int start, int end, int roleStart, boolean anonymous) {}

    private void run() {
        int strStart = 0; // docutils works on the remaining string: '^' and look-behinds restart here
        int pos = 0;
        int seg = 0; // start of plain text not yet searched for standalone URIs
        while (pos < n) {
            Start m = search(pos, strStart);
            if (m == null) {
                break;
            }
            int next;
            switch (m.kind) {
                case STRONG, EMPHASIS, LITERAL, INLINE_TARGET, SUBSTITUTION -> {
                    if (quotedStart(m.start, m.end, strStart)) {
                        next = m.end; // the start-string is plain text
                        break;
                    }
                    int[] end = findEnd(m.kind, m.end);
                    if (end != null && end[0] > m.end) {
                        implicit(seg, m.start);
                        next = end[1];
                        seg = next;
                        if (m.kind == Kind.INLINE_TARGET) {
                            sink.elementWithId(m.start);
                        }
                        if (m.kind == Kind.SUBSTITUTION && s[end[1] - 1] == '_') {
                            if (end[1] - end[0] == 3) {
                                sink.anonymousReference(m.start);
                            } else {
                                sink.reference(normalizeName(unescape(m.end, end[0])), m.start);
                            }
                        }
                    } else { // no end-string: a problematic node, the rest is scanned again
                        implicit(seg, m.start);
                        sink.elementWithId(m.start);
                        next = m.end;
                        seg = next;
                    }
                }
                case REFERENCE -> {
                    implicit(seg, m.start);
                    int nameEnd = m.end - (m.anonymous ? 2 : 1);
                    if (m.anonymous) {
                        sink.anonymousReference(m.start);
                    } else {
                        sink.reference(normalizeName(new String(s, m.start, nameEnd - m.start)), m.start);
                    }
                    next = m.end;
                    seg = next;
                }
                case FOOTNOTE -> {
                    implicit(seg, m.start);
                    sink.elementWithId(m.start); // docutils gives footnote and citation references ids
                    next = m.end;
                    seg = next;
                }
                case BACKQUOTE -> {
                    int[] r = backquote(m, strStart);
                    if (r == null) {
                        next = m.end; // quoted: plain text
                    } else {
                        implicit(seg, r[0]);
                        if (r.length > 2) {
                            sink.elementWithId(r[0]); // problematic
                        }
                        next = r[1];
                        seg = next;
                    }
                }
                default -> throw new IllegalStateException();
            }
            pos = next;
            strStart = next;
        }
        implicit(seg, n);
    }

    /** Inliner.quoted_start: the start-string sits between a matching opener and closer, or ends the text. */
    private boolean quotedStart(int start, int end, int strStart) {
        if (start == strStart) {
            return false;
        }
        if (end >= n) {
            return true;
        }
        return Punctuation.matchingPair(s[start - 1], s[end]);
    }

    private boolean nonSpaceAt(int k) {
        return k >= n || !Punctuation.isSpace(s[k]);
    }

    private boolean endSuffix(int k) {
        return k >= n || Punctuation.afterEnd(s[k]);
    }

    /** The initial pattern: the leftmost start-string or whole construct at or after {@code from}. */
    private Start search(int from, int strStart) {
        for (int p = from; p < n; p++) {
            char c = s[p];
            if (c != '*' && c != '`' && c != '_' && c != '|' && c != '[' && c != ':' && !Punctuation.isNameChar(c)) {
                continue;
            }
            // Every word is a possible 'name_' reference: after the last '_' none can be one (nor a
            // '[label]_'), and after the last '`' no ':role:' starts, so their names are not measured.
            if (p > lastUnderscore && (c == '[' || Punctuation.isNameChar(c)) || p > lastBackquote && c == ':') {
                continue;
            }
            if (p != strStart && !Punctuation.beforeStart(s[p - 1])) {
                continue;
            }
            Start m = startAt(p);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private Start startAt(int p) {
        char c = s[p];
        char c1 = p + 1 < n ? s[p + 1] : '\uffff';
        switch (c) {
            case '*' -> {
                if (c1 == '*') {
                    return nonSpaceAt(p + 2) ? new Start(Kind.STRONG, p, p + 2, p, false) : null;
                }
                return nonSpaceAt(p + 1) ? new Start(Kind.EMPHASIS, p, p + 1, p, false) : null;
            }
            case '`' -> {
                if (c1 == '`') {
                    return nonSpaceAt(p + 2) ? new Start(Kind.LITERAL, p, p + 2, p, false) : null;
                }
                return nonSpaceAt(p + 1) ? new Start(Kind.BACKQUOTE, p, p + 1, p, false) : null;
            }
            case '_' -> {
                return c1 == '`' && nonSpaceAt(p + 2) ? new Start(Kind.INLINE_TARGET, p, p + 2, p, false) : null;
            }
            case '|' -> {
                return c1 != '|' && nonSpaceAt(p + 1) ? new Start(Kind.SUBSTITUTION, p, p + 1, p, false) : null;
            }
            case '[' -> {
                return footnoteAt(p);
            }
            case ':' -> {
                // interpreted text with a role prefix: :role:`text`
                int e = simpleNameEnd(p + 1);
                if (e > p + 1
                        && e + 1 < n
                        && s[e] == ':'
                        && s[e + 1] == '`'
                        && (e + 2 >= n || s[e + 2] != '`')
                        && nonSpaceAt(e + 2)) {
                    return new Start(Kind.BACKQUOTE, e + 1, e + 2, p, false);
                }
                return null;
            }
            default -> {
                int e = simpleNameEnd(p);
                if (e > p && e < n && s[e] == '_') {
                    if (e + 1 < n && s[e + 1] == '_' && endSuffix(e + 2)) {
                        return new Start(Kind.REFERENCE, p, e + 2, p, true);
                    }
                    if (endSuffix(e + 1)) {
                        return new Start(Kind.REFERENCE, p, e + 1, p, false);
                    }
                }
                return null;
            }
        }
    }

    /**
     * End of the longest docutils simplename at {@code p} ({@code (?:(?!_)\w)+(?:[-._+:](?:(?!_)\w)+)*}),
     * or {@code p} when there is none. Only the longest can be followed by '_' or ':' as the callers
     * need, because inside the name those characters are always followed by a name character.
     */
    private int simpleNameEnd(int p) {
        int i = p;
        if (i >= n || !Punctuation.isNameChar(s[i])) {
            return p;
        }
        // a name character inside the last name found continues it to the same end: every ':' or '-'
        // of a long name starts a search again, which would make a scan of a long line quadratic
        if (p >= lastNameFrom && p < lastNameEnd) {
            return lastNameEnd;
        }
        while (i < n && Punctuation.isNameChar(s[i])) {
            i++;
        }
        while (i + 1 < n && isNameSeparator(s[i]) && Punctuation.isNameChar(s[i + 1])) {
            i += 2;
            while (i < n && Punctuation.isNameChar(s[i])) {
                i++;
            }
        }
        lastNameFrom = p;
        lastNameEnd = i;
        return i;
    }

    /** The last name {@link #simpleNameEnd} measured: [from, end). */
    private int lastNameFrom = -1;

    private int lastNameEnd = -1;

    private static boolean isNameSeparator(char c) {
        return c == '-' || c == '.' || c == '_' || c == '+' || c == ':';
    }

    /** {@code [label]_} footnote or citation reference: no link, but it is markup. */
    private Start footnoteAt(int p) {
        int i = p + 1;
        if (i < n && s[i] == '#') {
            i = Math.max(i + 1, simpleNameEnd(i + 1));
        } else if (i < n && s[i] == '*') {
            i++;
        } else {
            int e = simpleNameEnd(i);
            if (e == i) {
                return null;
            }
            i = e;
        }
        if (i + 1 < n && s[i] == ']' && s[i + 1] == '_' && endSuffix(i + 2)) {
            return new Start(Kind.FOOTNOTE, p, i + 2, p, false);
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // end-strings (searched in the text after the start-string, as a new string)

    /** [start of the end-string, end of the whole construct], or null. */
    private int[] findEnd(Kind kind, int from) {
        int[] first = endStringAt(kind, from, true);
        if (first != null) {
            return first;
        }
        int k = nextEndString(kind, from + 1);
        return k < n ? endStringAt(kind, k, false) : null;
    }

    /**
     * The end-string of {@code kind} at {@code k} as [start, end], or null; {@code atStart} when
     * {@code k} is where the search began, so that no character before it counts.
     */
    private int[] endStringAt(Kind kind, int k, boolean atStart) {
        if (k >= n) {
            return null;
        }
        char c = s[k];
        boolean before = atStart || (!Punctuation.isSpace(s[k - 1]) && (kind == Kind.LITERAL || s[k - 1] != '\0'));
        switch (kind) {
            case EMPHASIS, INLINE_TARGET -> {
                char mark = kind == Kind.EMPHASIS ? '*' : '`';
                if (c == mark && before && endSuffix(k + 1)) {
                    return new int[] {k, k + 1};
                }
            }
            case STRONG -> {
                if (c == '*' && k + 1 < n && s[k + 1] == '*' && before && endSuffix(k + 2)) {
                    return new int[] {k, k + 2};
                }
            }
            case LITERAL -> {
                if (c == '`' && k + 1 < n && s[k + 1] == '`' && before && endSuffix(k + 2)) {
                    return new int[] {k, k + 2};
                }
            }
            case SUBSTITUTION -> {
                if (c == '|' && before) {
                    int u = 0;
                    while (u < 2 && k + 1 + u < n && s[k + 1 + u] == '_') {
                        u++;
                    }
                    for (; u >= 0; u--) { // `\|_{0,2}` is greedy, then backs off
                        if (endSuffix(k + 1 + u)) {
                            return new int[] {k, k + 1 + u};
                        }
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return null;
    }

    /**
     * The first end-string of {@code kind} at or after {@code from} that does not start the search
     * ({@code n} if none), remembered per kind: start-strings without an end-string would otherwise
     * each search to the end of the text, quadratic on a long line. Searches move forward, so each
     * part of the text is searched once per kind.
     */
    private int nextEndString(Kind kind, int from) {
        int o = kind.ordinal();
        if (endSearchedFrom[o] <= from && endFoundAt[o] >= from) {
            return endFoundAt[o];
        }
        int k = from;
        while (k < n && endStringAt(kind, k, false) == null) {
            k++;
        }
        endSearchedFrom[o] = from;
        endFoundAt[o] = k;
        return k;
    }

    private final int[] endSearchedFrom = filled(Kind.values().length, Integer.MAX_VALUE);
    private final int[] endFoundAt = filled(Kind.values().length, -1);

    private static int[] filled(int size, int value) {
        int[] a = new int[size];
        java.util.Arrays.fill(a, value);
        return a;
    }

    private boolean noSpaceOrNulBefore(int k, int from) {
        return k == from || (!Punctuation.isSpace(s[k - 1]) && s[k - 1] != '\0');
    }

    /**
     * Inliner.interpreted_or_phrase_ref. Returns [start, end) of the construct (with a third
     * element when it is a problematic node), or null when the start-string is quoted (plain text).
     * A missing end-string makes a problematic node covering only the start-string.
     */
    private int[] backquote(Start m, int strStart) {
        boolean prefixRole = m.roleStart < m.start;
        if (!prefixRole && quotedStart(m.start, m.end, strStart)) {
            return null;
        }
        int from = m.end;
        int k = closingBackquote(from, from);
        if (k < 0) {
            k = closingBackquote(from, from + 1);
        }
        if (k < 0) {
            k = nextClosingBackquote(from + 2);
        }
        if (k < n) {
            int[] suffix = backquoteSuffix(k + 1);
            if (k == from) { // end-string right after the start-string: no text, problematic
                return new int[] {m.start, m.end, PROBLEMATIC};
            }
            int textEnd = suffix[0];
            boolean suffixRole = suffix[1] == 1;
            int refend = suffix[2];
            if (suffixRole && prefixRole) {
                return new int[] {m.roleStart, textEnd, PROBLEMATIC}; // two roles
            }
            if (refend > 0) {
                if (prefixRole || suffixRole) {
                    return new int[] {m.roleStart, textEnd, PROBLEMATIC}; // a role and a reference
                }
                phraseReference(from, k, refend == 2, m.start);
                return new int[] {m.roleStart, textEnd};
            }
            return new int[] {m.roleStart, textEnd}; // interpreted text: roles render no external link here
        }
        return new int[] {m.start, m.end, PROBLEMATIC};
    }

    /** {@code k} when the backquote there closes interpreted text or a phrase reference begun at {@code from}, else -1. */
    private int closingBackquote(int from, int k) {
        if (k >= n || s[k] != '`') {
            return -1;
        }
        if (k > from) {
            char b = s[k - 1];
            boolean escapedBefore = k - 2 >= from && s[k - 2] == '\0';
            if ((Punctuation.isSpace(b) || b == '\0') && !escapedBefore) {
                return -1;
            }
        }
        return backquoteSuffix(k + 1) == null ? -1 : k;
    }

    /**
     * The first closing backquote at or after {@code k}, at least two characters after its
     * start-string so that the start does not matter ({@code n} if none); remembered as {@link
     * #nextEndString} is.
     */
    private int nextClosingBackquote(int k) {
        if (closeSearchedFrom <= k && closeFoundAt >= k) {
            return closeFoundAt;
        }
        int i = k;
        while (i < n && closingBackquote(i - 2, i) < 0) {
            i++;
        }
        closeSearchedFrom = k;
        closeFoundAt = i;
        return i;
    }

    private int closeSearchedFrom = Integer.MAX_VALUE;
    private int closeFoundAt = -1;

    /** Third element of {@link #backquote}'s result: docutils made a problematic node. */
    private static final int PROBLEMATIC = 1;

    /**
     * After a closing backquote at {@code k - 1}: the optional {@code :role:} then {@code _} or
     * {@code __}, then the end-string suffix, tried in the regex's greedy order. Returns [end of the
     * construct, 1 if a role was used, number of underscores], or null.
     */
    private int[] backquoteSuffix(int k) {
        int roleEnd = -1;
        if (k < n && s[k] == ':') {
            int e = simpleNameEnd(k + 1);
            if (e > k + 1 && e < n && s[e] == ':') {
                roleEnd = e + 1;
            }
        }
        int[] starts = roleEnd > 0 ? new int[] {roleEnd, k} : new int[] {k};
        for (int st : starts) {
            int u = 0;
            while (u < 2 && st + u < n && s[st + u] == '_') {
                u++;
            }
            for (; u >= 0; u--) {
                if (endSuffix(st + u)) {
                    return new int[] {st + u, st == roleEnd ? 1 : 0, u};
                }
            }
        }
        return null;
    }

    /** Inliner.phrase_ref on the text between the backquotes, [from, to). */
    private void phraseReference(int from, int to, boolean anonymous, int offset) {
        int lt = embeddedStart(from, to);
        if (lt >= 0) {
            int textEnd = lt;
            while (textEnd > from && (s[textEnd - 1] == ' ' || s[textEnd - 1] == '\n')) {
                textEnd--;
            }
            int aliasFrom = lt + 1;
            int aliasTo = to - 1;
            boolean underscoreEscaped = aliasTo - aliasFrom >= 2 && s[aliasTo - 2] == '\0' && s[aliasTo - 1] == '_';
            boolean endsWithUnderscore = s[aliasTo - 1] == '_';
            if (endsWithUnderscore && !underscoreEscaped && !uriMatchesAt(aliasFrom, aliasTo)) {
                String alias = normalizeName(unescape(aliasFrom, aliasTo - 1));
                if (anonymous) {
                    sink.reference(alias, offset);
                } else {
                    String text = unescape(from, textEnd);
                    sink.target(normalizeName(text), "", alias, offset);
                    sink.reference(alias, offset);
                }
                return;
            }
            String uri = embeddedUri(aliasFrom, aliasTo);
            if (textEnd == from) {
                textEnd = -1;
            }
            if (anonymous) {
                sink.link(uri, Link.Kind.EMBEDDED_ANONYMOUS, offset);
            } else {
                String name = textEnd < 0 ? normalizeName(uri) : normalizeName(unescape(from, textEnd));
                sink.target(name, uri, null, offset);
                sink.link(uri, Link.Kind.EMBEDDED, offset);
            }
            return;
        }
        if (anonymous) {
            sink.anonymousReference(offset);
        } else {
            sink.reference(normalizeName(unescape(from, to)), offset);
        }
    }

    /**
     * docutils' embedded_link pattern on [from, to): {@code (?:[ \n]+|^)<(?!\s)(([^<>]|\x00[<>])+)(?<![\s\x00])>$}.
     * Returns the index of the '<', or -1.
     */
    private int embeddedStart(int from, int to) {
        if (to - from < 3 || s[to - 1] != '>') {
            return -1;
        }
        char last = s[to - 2];
        if (Punctuation.isSpace(last) || last == '\0') {
            return -1;
        }
        for (int k = to - 2; k >= from; k--) {
            char c = s[k];
            boolean escaped = k > from && s[k - 1] == '\0';
            if (c == '>' && !escaped) {
                return -1;
            }
            if (c == '<' && !escaped) {
                if (k + 1 >= to - 1 || Punctuation.isSpace(s[k + 1])) {
                    return -1;
                }
                if (k == from || s[k - 1] == ' ' || s[k - 1] == '\n') {
                    return k;
                }
                return -1;
            }
        }
        return -1;
    }

    /** The embedded URI: unescaped whitespace removed, escaped spaces kept as one space. */
    private String embeddedUri(int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = s[k];
            if (c == '\0') {
                if (k + 1 < to && (s[k + 1] == ' ' || s[k + 1] == '\n')) {
                    sb.append(' ');
                    k++;
                }
                continue;
            }
            if (!Punctuation.isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // standalone URIs (Inliner.implicit_inline with the uri pattern)

    /** Standalone URIs in the plain text [a, b), which docutils searches as a string of its own. */
    private void implicit(int a, int b) {
        if (!contains(a, b, ':') && !contains(a, b, '@')) {
            return; // a URI needs its scheme's ':', an e-mail address its '@': skip trying every word
        }
        while (a < b) {
            int[] m = findUri(a, b);
            if (m == null) {
                return;
            }
            if (m[2] > 0 && !UriSchemes.isKnown(new String(s, m[0], m[2] - m[0]))) {
                return; // docutils gives up on the whole run (MarkupMismatch)
            }
            implicit(a, m[0]);
            if (m[2] > 0) {
                String uri = unescape(m[0], m[1]);
                if (isHttp(uri)) {
                    sink.link(uri, Link.Kind.STANDALONE, m[0]);
                }
            }
            a = m[1];
        }
    }

    private boolean contains(int a, int b, char c) {
        for (int i = a; i < b; i++) {
            if (s[i] == c) {
                return true;
            }
        }
        return false;
    }

    static boolean isHttp(String uri) {
        return uri.regionMatches(true, 0, "http://", 0, 7) || uri.regionMatches(true, 0, "https://", 0, 8);
    }

    /** Leftmost URI or e-mail address in [a, b): [start, end, end of scheme or -1 for e-mail], or null. */
    private int[] findUri(int a, int b) {
        // a URI starting at p has its scheme's ':' after p, an e-mail address its '@': none starts
        // at or after the last of them, so the words there are not tried
        int lastMark = b - 1;
        while (lastMark >= a && s[lastMark] != ':' && s[lastMark] != '@') {
            lastMark--;
        }
        for (int p = a; p < lastMark; p++) {
            if (p != a && !Punctuation.beforeStart(s[p - 1])) {
                continue;
            }
            int[] m = uriAt(p, b);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private boolean uriMatchesAt(int p, int b) {
        return uriAt(p, b) != null;
    }

    private int[] uriAt(int p, int b) {
        char c = s[p];
        if (isAsciiLetter(c)) {
            int i = p + 1;
            while (i < b && (isAsciiLetterOrDigit(s[i]) || s[i] == '.' || s[i] == '+' || s[i] == '-')) {
                i++;
            }
            if (i < b && s[i] == ':') {
                int end = uriTail(i + 1, b);
                if (end >= 0) {
                    return new int[] {p, end, i};
                }
            }
        }
        int end = emailAt(p, b);
        return end >= 0 ? new int[] {p, end, -1} : null;
    }

    /**
     * After "scheme:": {@code ((//?)?uric*uri_end)(\?uric*uri_end)?(\#uric*uri_end)?} then the
     * end-string suffix, with the regex's greedy-then-back-off order. A query or fragment can only
     * follow a part that runs to its end, because '?' and '#' are not URI characters here.
     */
    private int uriTail(int q, int b) {
        int run = runOfUric(q, b);
        for (int e = run; e > q; e--) {
            if (!uriEnd(e, run, b)) {
                continue;
            }
            if (e == run) {
                int r = optionalPart(e, b, '?');
                if (r >= 0) {
                    return r;
                }
                r = optionalPart(e, b, '#');
                if (r >= 0) {
                    return r;
                }
            }
            if (endSuffixIn(e, b)) {
                return e;
            }
        }
        return -1;
    }

    /** {@code \?uric*uri_end} (then, for a query, an optional fragment) and the suffix; -1 if none. */
    private int optionalPart(int at, int b, char mark) {
        if (at >= b || s[at] != mark) {
            return -1;
        }
        int q = at + 1;
        int run = runOfUric(q, b);
        for (int e = run; e > q; e--) {
            if (!uriEnd(e, run, b)) {
                continue;
            }
            if (e == run && mark == '?') {
                int r = optionalPart(e, b, '#');
                if (r >= 0) {
                    return r;
                }
            }
            if (endSuffixIn(e, b)) {
                return e;
            }
        }
        return -1;
    }

    /** Whether the URI part may end just before {@code e}: the last character is urilast, or any uric before '>'. */
    private boolean uriEnd(int e, int run, int b) {
        char c = s[e - 1];
        if (isUriLast(c)) {
            return true;
        }
        return e == run && e < b && s[e] == '>';
    }

    private int runOfUric(int q, int b) {
        int i = q;
        while (i < b && isUric(s[i])) {
            i++;
        }
        return i;
    }

    private boolean endSuffixIn(int k, int b) {
        return k >= b || Punctuation.afterEnd(s[k]);
    }

    /**
     * docutils' email pattern: {@code emailc+(\.emailc+)*(?<!\x00)@emailc+(\.emailc*)*uri_end} and
     * the suffix. Returns the end, or -1.
     */
    private int emailAt(int p, int b) {
        int i = p;
        if (i >= b || !isEmailc(s[i])) {
            return -1;
        }
        while (i < b && isEmailc(s[i])) {
            i++;
        }
        while (i + 1 < b && s[i] == '.' && isEmailc(s[i + 1])) {
            i++;
            while (i < b && isEmailc(s[i])) {
                i++;
            }
        }
        if (i >= b || s[i] != '@' || s[i - 1] == '\0') {
            return -1;
        }
        int h = i + 1;
        if (h >= b || !isEmailc(s[h])) {
            return -1;
        }
        int hostRun = h;
        while (hostRun < b && (isEmailc(s[hostRun]) || s[hostRun] == '.')) {
            hostRun++;
        }
        // host = s[h, j) with j > h, then one uri_end character at j
        for (int j = hostRun; j > h; j--) {
            if (j >= b) {
                continue;
            }
            char c = s[j];
            boolean end = isUriLast(c) || (isUric(c) && j + 1 < b && s[j + 1] == '>');
            if (end && endSuffixIn(j + 1, b)) {
                return j + 1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    /** {@code [-_.!~*'()[\];/:@&=+$,%a-zA-Z0-9\x00]} */
    private static boolean isUric(char c) {
        return isAsciiLetterOrDigit(c) || "-_.!~*'()[];/:@&=+$,%\0".indexOf(c) >= 0;
    }

    /** docutils urilast: letters, digits and {@code _ ~ * / = +}. */
    private static boolean isUriLast(char c) {
        return isAsciiLetterOrDigit(c) || "_~*/=+".indexOf(c) >= 0;
    }

    /** {@code [-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]} */
    private static boolean isEmailc(char c) {
        return isAsciiLetterOrDigit(c) || "-_!~*'{|}/#?^`&=+$%\0".indexOf(c) >= 0;
    }

    // ---------------------------------------------------------------------------------------------

    /** docutils' unescape: escaped whitespace disappears, the escaping NULs go. */
    private String unescape(int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = s[k];
            if (c == '\0') {
                if (k + 1 < to && (s[k + 1] == ' ' || s[k + 1] == '\n')) {
                    k++;
                }
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** docutils' normalize_name: whitespace collapsed to single spaces, lower case. */
    static String normalizeName(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Punctuation.isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
