package io.github.docslint.fix;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A file's bytes and their text, with the lines split where docutils splits them (Python's
 * splitlines), numbered from 1 after any BOM. Edits are insertions of text; {@link #with} splices their
 * encoded bytes into the original ones, so everything outside them stays byte for byte.
 */
final class SourceBytes {
    /** Text inserted at a character offset of {@link #text}. */
    record Insertion(int offset, String text) {}

    final byte[] bytes;
    final Charset charset;
    final String text;
    /** The file's line break (its first one; LF when it has none). */
    final String eol;

    private final List<Integer> starts = new ArrayList<>();

    SourceBytes(byte[] bytes, Charset charset) throws CharacterCodingException {
        this.bytes = bytes.clone();
        this.charset = charset;
        this.text = decode(bytes, charset);
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        String firstBreak = null;
        if (i < n) {
            starts.add(i);
        }
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!isBreak(c)) {
                continue;
            }
            int end = i;
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            if (firstBreak == null && (c == '\r' || c == '\n')) {
                firstBreak = text.substring(end, i + 1);
            }
            if (i + 1 < n) {
                starts.add(i + 1);
            }
        }
        this.eol = firstBreak == null ? "\n" : firstBreak;
    }

    static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }

    private static boolean isBreak(char c) {
        return c == '\n'
                || c == '\r'
                || (c >= '\u001c' && c <= '\u001e')
                || c == '\u0085'
                || c == '\u2028'
                || c == '\u2029';
    }

    int lineCount() {
        return starts.size();
    }

    /** Offset where 1-based {@code line} starts; the end of the text for the line after the last. */
    int start(int line) {
        return line <= starts.size() ? starts.get(line - 1) : text.length();
    }

    /** Offset where the content of {@code line} ends, before its line break. */
    int end(int line) {
        int e = line < starts.size() ? starts.get(line) : text.length();
        while (e > start(line) && isBreak(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** The line as written, without its line break. */
    String line(int line) {
        return text.substring(start(line), end(line));
    }

    boolean isBlank(int line) {
        return line(line).isBlank();
    }

    /** How many columns the leading whitespace of {@code s} up to {@code chars} characters takes, tabs at 8. */
    static int columns(String s, int chars) {
        int col = 0;
        for (int i = 0; i < Math.min(chars, s.length()); i++) {
            col = s.charAt(i) == '\t' ? col + 8 - (col % 8) : col + 1;
        }
        return col;
    }

    /** The columns of a line's indentation. */
    static int indent(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return columns(s, i);
    }

    /** The text with the insertions made (at equal offsets in list order). */
    String textWith(List<Insertion> insertions) {
        StringBuilder sb = new StringBuilder(text);
        for (Insertion ins : descending(insertions)) {
            sb.insert(ins.offset(), ins.text());
        }
        return sb.toString();
    }

    /**
     * The bytes with the insertions made, each spliced in as encoded bytes so that every other byte
     * stays as it was.
     *
     * @throws CharacterCodingException when the charset cannot write them that way (a stateful
     *     encoding, or a character it cannot encode)
     */
    byte[] with(List<Insertion> insertions) throws CharacterCodingException {
        byte[] out = bytes;
        String current = text;
        for (Insertion ins : descending(insertions)) {
            String before = current.substring(0, ins.offset());
            byte[] head = encode(before);
            byte[] headAndNew = encode(before + ins.text());
            if (head.length > out.length
                    || !Arrays.equals(head, 0, head.length, out, 0, head.length)
                    || !Arrays.equals(head, 0, head.length, headAndNew, 0, head.length)) {
                throw new CharacterCodingException();
            }
            byte[] next = new byte[out.length + headAndNew.length - head.length];
            System.arraycopy(headAndNew, 0, next, 0, headAndNew.length);
            System.arraycopy(out, head.length, next, headAndNew.length, out.length - head.length);
            out = next;
            current = before + ins.text() + current.substring(ins.offset());
        }
        if (!decode(out, charset).equals(current)) {
            throw new CharacterCodingException();
        }
        return out;
    }

    private static List<Insertion> descending(List<Insertion> insertions) {
        List<Insertion> sorted = new ArrayList<>(insertions);
        // later offsets first, so that earlier ones stay valid; at one offset, the first listed ends first
        java.util.Collections.reverse(sorted);
        sorted.sort(Comparator.comparingInt(Insertion::offset).reversed());
        return sorted;
    }

    private byte[] encode(String s) throws CharacterCodingException {
        ByteBuffer b = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(s));
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
