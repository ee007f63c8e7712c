package io.github.docslint.site;

import io.github.docslint.rst.Include;
import io.github.docslint.rst.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The part of a file that an include takes, as docutils cuts it: {@code :start-line:} and
 * {@code :end-line:} slice the lines (Python slice semantics), then the text after the first
 * {@code :start-after:} marker and before the next {@code :end-before:} marker. {@code from} is
 * inclusive and {@code to} exclusive; both are 1-based source positions.
 */
record IncludeSlice(Position from, Position to) {
    static final IncludeSlice WHOLE = new IncludeSlice(new Position(1, 1), new Position(Integer.MAX_VALUE, 1));

    static boolean isSliced(Include inc) {
        return inc.options().containsKey("start-line")
                || inc.options().containsKey("end-line")
                || inc.options().containsKey("start-after")
                || inc.options().containsKey("end-before");
    }

    boolean contains(Position p) {
        return p.compareTo(from) >= 0 && p.compareTo(to) < 0;
    }

    /** The slice of {@code text}; empty when a marker is not found (docutils then includes nothing). */
    static Optional<IncludeSlice> of(String text, Include inc) {
        List<Integer> lineStarts = lineStarts(text);
        int n = lineStarts.size();
        int firstLine = clamp(intOption(inc, "start-line").orElse(0), n);
        int endLine = inc.options().containsKey("end-line")
                ? clamp(intOption(inc, "end-line").orElse(n), n)
                : n;
        int start = lineStarts.get(firstLine);
        int end = endLine >= n ? text.length() : lineStarts.get(endLine);
        if (end < start) {
            end = start;
        }
        Optional<String> after = inc.option("start-after");
        if (after.isPresent() && !after.get().isEmpty()) {
            int i = text.substring(start, end).indexOf(after.get());
            if (i < 0) {
                return Optional.empty();
            }
            start += i + after.get().length();
        }
        Optional<String> before = inc.option("end-before");
        if (before.isPresent() && !before.get().isEmpty()) {
            int j = text.substring(start, end).indexOf(before.get());
            if (j < 0) {
                return Optional.empty();
            }
            end = start + j;
        }
        Position to = end >= text.length() && endLine >= n ? WHOLE.to() : position(lineStarts, end);
        return Optional.of(new IncludeSlice(position(lineStarts, start), to));
    }

    /** Python's int() of the option, if it is a number. */
    private static OptionalInt intOption(Include inc, String name) {
        try {
            return inc.option(name)
                    .map(v -> OptionalInt.of(Integer.parseInt(v.strip())))
                    .orElse(OptionalInt.empty());
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** A Python slice index (negative counts from the end) as a line index in [0, n]. */
    private static int clamp(int index, int n) {
        int i = index < 0 ? n + index : index;
        return Math.max(0, Math.min(n, i));
    }

    /** Offsets where lines start, split where the scanner splits them (Python's splitlines). */
    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if (!(c == '\n'
                    || c == '\r'
                    || c == '\u001c'
                    || c == '\u001d'
                    || c == '\u001e'
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029')) {
                continue;
            }
            if (i + 1 < text.length()) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static Position position(List<Integer> lineStarts, int offset) {
        int lo = 0;
        int hi = lineStarts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts.get(mid) <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return new Position(lo + 1, offset - lineStarts.get(lo) + 1);
    }
}
