package io.github.docslint.links;

import java.util.Locale;

/**
 * A nonProxyHosts glob ({@code *.example.com}, {@code 10.*}), matched case-insensitively without
 * regexes: the linear two-pointer wildcard match cannot backtrack exponentially.
 */
final class HostGlob {
    private HostGlob() {}

    static boolean matches(String glob, String host) {
        String p = glob.trim().toLowerCase(Locale.ROOT);
        String s = host.toLowerCase(Locale.ROOT);
        int pi = 0;
        int si = 0;
        int star = -1;
        int mark = 0;
        while (si < s.length()) {
            if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (pi < p.length() && p.charAt(pi) == s.charAt(si)) {
                pi++;
                si++;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
