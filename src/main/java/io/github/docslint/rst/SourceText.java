package io.github.docslint.rst;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of one source file as docutils sees them: decoded strictly, BOM removed, split where
 * Python's {@code str.splitlines()} splits, tabs expanded to 8-column stops and trailing
 * whitespace removed. Columns given to the scanner are positions in these expanded lines; {@link
 * #sourceColumn} maps them back to characters of the file as written, which is what editors count.
 */
public final class SourceText {
    private static final int TAB_WIDTH = 8;

    private final List<String> lines;
    /** Original text of the lines that held a tab, by line index; other lines map 1:1. */
    private final Map<Integer, String> tabLines;

    private SourceText(List<String> lines, Map<Integer, String> tabLines) {
        this.lines = lines;
        this.tabLines = tabLines;
    }

    /** Decodes bytes strictly; a byte sequence that is not valid in {@code charset} is reported with its position. */
    public static SourceText decode(byte[] bytes, Charset charset) throws MalformedSourceException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int)
                Math.min(Integer.MAX_VALUE - 16, bytes.length * (long) Math.ceil(decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw malformed(bytes, in.position(), out.flip().toString(), charset);
        }
        return split(out.array(), out.position()); // no String of the whole file
    }

    /** Convenience for tests and generated text. */
    public static SourceText of(String text) {
        return split(text.toCharArray(), text.length());
    }

    private static SourceText split(char[] text, int n) {
        int start = n > 0 && text[0] == '\uFEFF' ? 1 : 0;
        List<String> lines = new ArrayList<>();
        Map<Integer, String> tabLines = new HashMap<>();
        int lineStart = start;
        for (int i = start; i <= n; i++) {
            char c = i < n ? text[i] : '\n';
            if (!isLineBreak(c)) {
                continue;
            }
            addLine(text, lineStart, i, lines, tabLines);
            if (i == n) {
                break;
            }
            if (c == '\r' && i + 1 < n && text[i + 1] == '\n') {
                i++;
            }
            lineStart = i + 1;
            if (lineStart == n) {
                break; // a final line break does not start another line
            }
        }
        return new SourceText(List.copyOf(lines), tabLines);
    }

    // Python's str.splitlines() boundaries (docutils splits with it); \v and \f become spaces first.
    private static boolean isLineBreak(char c) {
        if (c > '\r' && c < '\u001c' || c > '\u001e' && c < '\u0085') {
            return false; // most characters, decided in two comparisons
        }
        return c == '\n'
                || c == '\r'
                || c == '\u001c'
                || c == '\u001d'
                || c == '\u001e'
                || c == '\u0085'
                || c == '\u2028'
                || c == '\u2029';
    }

    private static void addLine(char[] text, int from, int to, List<String> lines, Map<Integer, String> tabLines) {
        int end = to;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == '\t' || c == '\u000b' || c == '\f') {
                addLine(new String(text, from, to - from), lines, tabLines);
                return;
            }
        }
        while (end > from && Punctuation.isSpace(text[end - 1])) {
            end--;
        }
        lines.add(new String(text, from, end - from)); // the common line: one copy, already stripped
    }

    private static void addLine(String raw, List<String> lines, Map<Integer, String> tabLines) {
        String line = raw;
        if (line.indexOf('\u000b') >= 0 || line.indexOf('\f') >= 0) {
            line = line.replace('\u000b', ' ').replace('\f', ' ');
        }
        if (line.indexOf('\t') >= 0) {
            tabLines.put(lines.size(), line);
            line = expandTabs(line);
        }
        lines.add(stripTrailing(line));
    }

    static String expandTabs(String line) {
        StringBuilder sb = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                int spaces = TAB_WIDTH - (sb.length() % TAB_WIDTH);
                sb.append(" ".repeat(spaces));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Punctuation.isSpace(s.charAt(end - 1))) { // Python's rstrip: any Unicode space
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    public List<String> lines() {
        return lines;
    }

    public int lineCount() {
        return lines.size();
    }

    /** 1-based column in the file as written for a 0-based column of the expanded line. */
    public int sourceColumn(int lineIndex, int expandedColumn) {
        String raw = tabLines.get(lineIndex);
        if (raw == null) {
            return expandedColumn + 1;
        }
        int col = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (col >= expandedColumn) {
                return i + 1;
            }
            col = raw.charAt(i) == '\t' ? col + TAB_WIDTH - (col % TAB_WIDTH) : col + 1;
            if (col > expandedColumn) {
                return i + 1; // inside a tab
            }
        }
        return raw.length() + 1 + (expandedColumn - col);
    }

    private static MalformedSourceException malformed(byte[] bytes, int offset, String decoded, Charset charset) {
        int line = 1;
        int lastBreak = -1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (isLineBreak(c) && !(c == '\r' && i + 1 < decoded.length() && decoded.charAt(i + 1) == '\n')) {
                line++;
                lastBreak = i;
            }
        }
        int column = decoded.length() - lastBreak;
        if (line == 1 && !decoded.isEmpty() && decoded.charAt(0) == '\uFEFF') {
            column--;
        }
        return new MalformedSourceException(
                line,
                column,
                String.format(
                        "byte 0x%02X at offset %d is not valid %s", bytes[offset] & 0xff, offset, charset.name()));
    }
}
