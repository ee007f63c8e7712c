package io.github.docslint.rst;

import java.util.List;

/**
 * An enumerated-list marker ({@code 1.}, {@code (a)}, {@code iv)}, {@code #.}) as docutils' Body
 * state reads it, with the markers that may start the next item: docutils only takes a marker for a
 * list item when the next line is blank, indented, or starts the next item.
 */
record Enumerator(int end, List<String> successors) {

    private static final String ROMAN_PATTERN = "M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})";

    /** The marker at the start of {@code line} (the spaces after it included), or null. */
    static Enumerator parse(String line) {
        int n = line.length();
        boolean parens = n > 0 && line.charAt(0) == '(';
        int k = parens ? 1 : 0;
        int s = k;
        if (k < n && line.charAt(k) == '#') {
            k++;
        } else {
            while (k < n && Character.isLetterOrDigit(line.charAt(k)) && line.charAt(k) < 128) {
                k++;
            }
        }
        if (k == s || k >= n) {
            return null;
        }
        char suffix = line.charAt(k);
        if (parens ? suffix != ')' : suffix != '.' && suffix != ')') {
            return null;
        }
        int end = k + 1;
        if (end < n && line.charAt(end) != ' ') {
            return null;
        }
        while (end < n && line.charAt(end) == ' ') {
            end++;
        }
        String prefix = parens ? "(" : "";
        String suffixText = String.valueOf(suffix);
        String auto = prefix + "#" + suffixText + " ";
        String text = line.substring(s, k);
        String next = successor(text);
        if (next == null) {
            return text.equals("#") ? new Enumerator(end, List.of(auto)) : null;
        }
        // after z (or a number too long to count on) docutils knows no next marker, not even '#'
        return new Enumerator(end, next.isEmpty() ? List.of() : List.of(prefix + next + suffixText + " ", auto));
    }

    /** The enumerator after {@code text} in its sequence; "" when there is none; null when invalid. */
    private static String successor(String text) {
        if (text.equals("#")) {
            return null;
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return text.length() > 9 ? "" : String.valueOf(Long.parseLong(text) + 1);
        }
        // docutils tries arabic, loweralpha, upperalpha, lowerroman, upperroman, in that order,
        // except that a lone "i" / "I" is roman
        if (text.length() == 1 && !text.equals("i") && !text.equals("I")) {
            char c = text.charAt(0);
            if (c == 'z' || c == 'Z') {
                return "";
            }
            return Character.isLetter(c) ? String.valueOf((char) (c + 1)) : null;
        }
        boolean lower = text.chars().allMatch(ch -> "ivxlcdm".indexOf(ch) >= 0);
        boolean upper = text.chars().allMatch(ch -> "IVXLCDM".indexOf(ch) >= 0);
        if (!lower && !upper) {
            return null;
        }
        String upperText = text.toUpperCase(java.util.Locale.ROOT);
        if (!upperText.matches(ROMAN_PATTERN)) {
            return null;
        }
        String next = toRoman(fromRoman(upperText) + 1);
        return lower ? next.toLowerCase(java.util.Locale.ROOT) : next;
    }

    private static int fromRoman(String s) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = value(s.charAt(i));
            total += i + 1 < s.length() && value(s.charAt(i + 1)) > v ? -v : v;
        }
        return total;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            default -> 1000;
        };
    }

    private static String toRoman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(digits[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }
}
