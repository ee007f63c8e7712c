package io.github.docslint.rst;

import java.util.BitSet;

/**
 * docutils' inline-markup recognition classes (docutils.utils.punctuation_chars, generated from
 * Unicode 5.2): which characters may stand before a start-string and after an end-string, and which
 * opener/closer pairs make a start-string "quoted" (not markup).
 */
final class Punctuation {
    // Opener i pairs with closer i; '\\' keeps both strings aligned as in docutils (it never occurs
    // in scanned text: escapes are replaced by NUL first).
    static final String OPENERS = "\"'(<\\[{\u0f3a\u0f3c\u169b\u2045\u207d\u208d\u2329\u2768\u276a\u276c\u276e\u2770"
            + "\u2772\u2774\u27c5\u27e6\u27e8\u27ea\u27ec\u27ee\u2983\u2985\u2987\u2989\u298b\u298d\u298f\u2991"
            + "\u2993\u2995\u2997\u29d8\u29da\u29fc\u2e22\u2e24\u2e26\u2e28\u3008\u300a\u300c\u300e\u3010\u3014"
            + "\u3016\u3018\u301a\u301d\u301d\ufd3e\ufe17\ufe35\ufe37\ufe39\ufe3b\ufe3d\ufe3f\ufe41\ufe43\ufe47"
            + "\ufe59\ufe5b\ufe5d\uff08\uff3b\uff5b\uff5f\uff62\u00ab\u2018\u201c\u2039\u2e02\u2e04\u2e09\u2e0c"
            + "\u2e1c\u2e20\u201a\u201e\u00bb\u2019\u201d\u203a\u2e03\u2e05\u2e0a\u2e0d\u2e1d\u2e21\u201b\u201f";
    static final String CLOSERS = "\"')>\\]}\u0f3b\u0f3d\u169c\u2046\u207e\u208e\u232a\u2769\u276b\u276d\u276f\u2771"
            + "\u2773\u2775\u27c6\u27e7\u27e9\u27eb\u27ed\u27ef\u2984\u2986\u2988\u298a\u298c\u298e\u2990\u2992"
            + "\u2994\u2996\u2998\u29d9\u29db\u29fd\u2e23\u2e25\u2e27\u2e29\u3009\u300b\u300d\u300f\u3011\u3015"
            + "\u3017\u3019\u301b\u301e\u301f\ufd3f\ufe18\ufe36\ufe38\ufe3a\ufe3c\ufe3e\ufe40\ufe42\ufe44\ufe48"
            + "\ufe5a\ufe5c\ufe5e\uff09\uff3d\uff5d\uff60\uff63\u00bb\u2019\u201d\u203a\u2e03\u2e05\u2e0a\u2e0d"
            + "\u2e1d\u2e21\u201b\u201f\u00ab\u2018\u201c\u2039\u2e02\u2e04\u2e09\u2e0c\u2e1c\u2e20\u201a\u201e";
    // Ranges written a-b; the ASCII '-' itself is added separately.
    private static final String DELIMITER_RANGES = "/:\u058a\u00a1\u00b7\u00bf\u037e\u0387\u055a-\u055f\u0589"
            + "\u05be\u05c0\u05c3\u05c6\u05f3\u05f4\u0609\u060a\u060c\u060d\u061b\u061e\u061f\u066a-\u066d\u06d4"
            + "\u0700-\u070d\u07f7-\u07f9\u0830-\u083e\u0964\u0965\u0970\u0df4\u0e4f\u0e5a\u0e5b\u0f04-\u0f12"
            + "\u0f85\u0fd0-\u0fd4\u104a-\u104f\u10fb\u1361-\u1368\u1400\u166d\u166e\u16eb-\u16ed\u1735\u1736"
            + "\u17d4-\u17d6\u17d8-\u17da\u1800-\u180a\u1944\u1945\u19de\u19df\u1a1e\u1a1f\u1aa0-\u1aa6"
            + "\u1aa8-\u1aad\u1b5a-\u1b60\u1c3b-\u1c3f\u1c7e\u1c7f\u1cd3\u2010-\u2017\u2020-\u2027\u2030-\u2038"
            + "\u203b-\u203e\u2041-\u2043\u2047-\u2051\u2053\u2055-\u205e\u2cf9-\u2cfc\u2cfe\u2cff\u2e00\u2e01"
            + "\u2e06-\u2e08\u2e0b\u2e0e-\u2e1b\u2e1e\u2e1f\u2e2a-\u2e2e\u2e30\u2e31\u3001-\u3003\u301c\u3030"
            + "\u303d\u30a0\u30fb\ua4fe\ua4ff\ua60d-\ua60f\ua673\ua67e\ua6f2-\ua6f7\ua874-\ua877\ua8ce\ua8cf"
            + "\ua8f8-\ua8fa\ua92e\ua92f\ua95f\ua9c1-\ua9cd\ua9de\ua9df\uaa5c-\uaa5f\uaade\uaadf\uabeb"
            + "\ufe10-\ufe16\ufe19\ufe30-\ufe32\ufe45\ufe46\ufe49-\ufe4c\ufe50-\ufe52\ufe54-\ufe58\ufe5f-\ufe61"
            + "\ufe63\ufe68\ufe6a\ufe6b\uff01-\uff03\uff05-\uff07\uff0a\uff0c-\uff0f\uff1a\uff1b\uff1f\uff20"
            + "\uff3c\uff61\uff64\uff65";

    /** May stand right before a start-string (besides whitespace and the start of the text). */
    private static final BitSet BEFORE_START = new BitSet(0x10000);
    /** May stand right after an end-string (besides whitespace, NUL and the end of the text). */
    private static final BitSet AFTER_END = new BitSet(0x10000);

    static {
        BitSet openers = chars(OPENERS);
        BitSet closers = chars(CLOSERS);
        openers.clear('\\');
        closers.clear('\\');
        BitSet delimiters = new BitSet(0x10000);
        delimiters.set('-');
        for (int i = 0; i < DELIMITER_RANGES.length(); i++) {
            char c = DELIMITER_RANGES.charAt(i);
            if (i + 2 < DELIMITER_RANGES.length() && DELIMITER_RANGES.charAt(i + 1) == '-') {
                delimiters.set(c, DELIMITER_RANGES.charAt(i + 2) + 1);
                i += 2;
            } else {
                delimiters.set(c);
            }
        }
        BEFORE_START.or(openers);
        BEFORE_START.or(delimiters);
        AFTER_END.or(closers);
        AFTER_END.or(delimiters);
        AFTER_END.or(chars("\\.,;!?"));
    }

    private Punctuation() {}

    private static BitSet chars(String s) {
        BitSet b = new BitSet(0x10000);
        s.chars().forEach(b::set);
        return b;
    }

    /** Python's {@code \s}: str.isspace(). */
    static boolean isSpace(char c) {
        if (c < 0x80) { // asked of nearly every character: ASCII without the Unicode tables
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean beforeStart(char c) {
        return isSpace(c) || BEFORE_START.get(c);
    }

    static boolean afterEnd(char c) {
        return isSpace(c) || c == '\0' || AFTER_END.get(c);
    }

    /** docutils' match_chars: {@code c1} opens and {@code c2} closes (a quoted start-string). */
    static boolean matchingPair(char c1, char c2) {
        int i = OPENERS.indexOf(c1);
        if (i < 0) {
            return false;
        }
        if (CLOSERS.charAt(i) == c2) {
            return true;
        }
        return switch (c1) {
            case '\u00bb' -> c2 == '\u00bb';
            case '\u2018' -> c2 == '\u201a';
            case '\u2019' -> c2 == '\u2019';
            case '\u201a' -> c2 == '\u2018' || c2 == '\u2019';
            case '\u201c' -> c2 == '\u201e';
            case '\u201e' -> c2 == '\u201c' || c2 == '\u201d';
            case '\u201d' -> c2 == '\u201d';
            case '\u203a' -> c2 == '\u203a';
            default -> false;
        };
    }

    /** Python's {@code \w} without the underscore, as in docutils' simplename {@code (?:(?!_)\w)}. */
    static boolean isNameChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int type = Character.getType(c);
        return c != '_'
                && (Character.isLetterOrDigit(c) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER);
    }
}
