package io.github.docslint.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * URLs as browsers take them. Docs hold URLs that {@link URI} refuses but every browser follows:
 * {@code {user_id}} in a fragment, a space or {@code |} in a query. Such characters are
 * percent-encoded (as a browser does before sending) rather than reported as broken links.
 */
public final class Urls {
    private static final String HEX = "0123456789ABCDEF";

    private Urls() {}

    /**
     * @throws URISyntaxException only for what no browser would follow either (an unclosed IPv6 bracket)
     */
    public static URI parse(String url) throws URISyntaxException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            uri = new URI(encodeIllegal(url));
        }
        return uri;
    }

    /**
     * Percent-encodes the ASCII characters that may not appear in a URI, a stray {@code %}, and square
     * brackets after the host (where only an IPv6 address may use them).
     */
    static String encodeIllegal(String url) {
        int scheme = url.indexOf("://");
        int pathStart = url.length();
        for (int i = scheme < 0 ? 0 : scheme + 3; i < url.length(); i++) {
            if ("/?#".indexOf(url.charAt(i)) >= 0) {
                pathStart = i;
                break;
            }
        }
        StringBuilder out = new StringBuilder(url.length() + 16);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean escape = c == '%'
                    ? !isEscape(url, i)
                    : c <= ' '
                            || c == 127
                            || "\"<>\\^`{|}".indexOf(c) >= 0
                            || (i >= pathStart && (c == '[' || c == ']'));
            if (!escape) {
                out.append(c);
                continue;
            }
            for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
            }
        }
        return out.toString();
    }

    private static boolean isEscape(String s, int i) {
        return i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
