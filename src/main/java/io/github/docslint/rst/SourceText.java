package io.github.docslint.rst;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        if (charset.equals(StandardCharsets.UTF_8)) {
            SourceText fast = splitUtf8(bytes);
            if (fast != null) {
                return fast;
            }
        }
        return decodeWhole(bytes, charset);
    }

    /** The general path: the whole file through a strict decoder, then split; also gives decoding errors. */
    static SourceText decodeWhole(byte[] bytes, Charset charset) throws MalformedSourceException {
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

    /**
     * {@link #decodeWhole} for UTF-8 without a whole-file char array: lines are cut on the bytes and
     * an ASCII line (most of them) becomes a String by a plain copy. Returns null, leaving the file to
     * the general path, on what it does not handle: a U+0085, U+2028 or U+2029 line break, or a line
     * that decodes to U+FFFD (invalid bytes, whose error the general path reports, or a real U+FFFD).
     * Cutting at ASCII bytes is safe: no byte of a multi-byte UTF-8 sequence is below 0x80.
     */
    private static SourceText splitUtf8(byte[] text) {
        int n = text.length;
        boolean bom = n >= 3 && text[0] == (byte) 0xEF && text[1] == (byte) 0xBB && text[2] == (byte) 0xBF;
        int start = bom ? 3 : 0;
        List<String> lines = new ArrayList<>();
        Map<Integer, String> tabLines = new HashMap<>();
        int lineStart = start;
        boolean ascii = true;
        boolean control = false; // a tab, \v or \f: the line takes the String path
        for (int i = start; i <= n; i++) {
            byte c = i < n ? text[i] : (byte) '\n';
            if (c >= ' ') {
                continue; // printable ASCII, nearly every byte: neither a line break nor a tab, \v or \f
            }
            if (c < 0) {
                ascii = false;
                if ((c == (byte) 0xC2 || c == (byte) 0xE2) && isNonAsciiBreak(text, i)) {
                    return null;
                }
                continue;
            }
            if (c == '\t' || c == '\u000b' || c == '\f') {
                control = true;
                continue;
            }
            if (!isLineBreak((char) c)) {
                continue;
            }
            if (!addUtf8Line(text, lineStart, i, ascii, control, lines, tabLines)) {
                return null;
            }
            if (i == n) {
                break;
            }
            if (c == '\r' && i + 1 < n && text[i + 1] == '\n') {
                i++;
            }
            lineStart = i + 1;
            ascii = true;
            control = false;
            if (lineStart == n) {
                break; // a final line break does not start another line
            }
        }
        return new SourceText(List.copyOf(lines), tabLines);
    }

    /** U+0085 (C2 85), U+2028 (E2 80 A8) or U+2029 (E2 80 A9) starts at {@code i}. */
    private static boolean isNonAsciiBreak(byte[] text, int i) {
        if (text[i] == (byte) 0xC2) {
            return i + 1 < text.length && text[i + 1] == (byte) 0x85;
        }
        return i + 2 < text.length
                && text[i + 1] == (byte) 0x80
                && (text[i + 2] == (byte) 0xA8 || text[i + 2] == (byte) 0xA9);
    }

    /** False when the line does not decode cleanly (see {@link #splitUtf8}). */
    private static boolean addUtf8Line(
            byte[] text,
            int from,
            int to,
            boolean ascii,
            boolean control,
            List<String> lines,
            Map<Integer, String> tabLines) {
        if (ascii && !control) {
            int end = to;
            while (end > from && Punctuation.isSpace((char) text[end - 1])) {
                end--;
            }
            lines.add(new String(text, from, end - from, StandardCharsets.ISO_8859_1)); // ASCII: a plain copy
            return true;
        }
        String raw = new String(text, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        if (!ascii && raw.indexOf('\uFFFD') >= 0) {
            return false;
        }
        if (control) {
            addLine(raw, lines, tabLines);
        } else {
            lines.add(stripTrailing(raw));
        }
        return true;
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
