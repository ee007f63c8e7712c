package io.github.docslint.links;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which hosts and addresses must not be requested: private, loopback, link-local, shared
 * (CGNAT), unspecified and cloud-metadata addresses, and {@code localhost}. Literal addresses are
 * read the way resolvers read them, odd IPv4 forms included ({@code 2130706433}, {@code 0x7f.1}),
 * so a URL cannot hide a loopback address from the check.
 */
final class AddressGuard {
    private AddressGuard() {}

    /** The host of a URL, lower-cased, without brackets; also for authorities {@link URI} rejects. */
    static String hostOf(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            String authority = uri.getRawAuthority();
            if (authority == null) {
                return "";
            }
            host = authority.substring(authority.lastIndexOf('@') + 1);
            if (!host.startsWith("[")) {
                int colon = host.lastIndexOf(':');
                host = colon < 0 ? host : host.substring(0, colon);
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.toLowerCase(Locale.ROOT);
    }

    /** Why a host must not be requested as written, before any DNS look-up; empty if it may. */
    static Optional<String> blockedHost(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return Optional.of("localhost");
        }
        return literal(host).filter(AddressGuard::isPrivate).map(a -> "private address " + a.getHostAddress());
    }

    /** The address a host names literally (IPv6, or IPv4 in any inet_aton form), if it is one. */
    static Optional<InetAddress> literal(String host) {
        if (host.indexOf(':') >= 0) {
            return ipv6(host);
        }
        byte[] v4 = ipv4(host);
        if (v4 == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> ipv6(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            // only hex digits, colons, dots and a zone: never hand a name to getByName (no DNS here)
            if (Character.digit(c, 16) < 0 && c != ':' && c != '.' && c != '%') {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** inet_aton: one to four parts, each decimal, octal (leading 0) or hex (0x); the last fills the rest. */
    static byte[] ipv4(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (h.isEmpty()) {
            return null;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            long v = number(parts[i]);
            if (v < 0) {
                return null;
            }
            values[i] = v;
        }
        long address = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (values[i] > 255) {
                return null;
            }
            address |= values[i] << (8 * (3 - i));
        }
        long last = values[parts.length - 1];
        int restBits = 8 * (4 - (parts.length - 1));
        if (last >= (1L << restBits)) {
            return null;
        }
        address |= last;
        return new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
    }

    /** One inet_aton part, or -1 when it is not a number (then the host is a name). */
    private static long number(String part) {
        int radix = 10;
        String digits = part;
        if (part.length() > 1 && (part.startsWith("0x") || part.startsWith("0X"))) {
            radix = 16;
            digits = part.substring(2);
            if (digits.isEmpty()) {
                return 0;
            }
        } else if (part.length() > 1 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty() || digits.length() > 12) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), radix);
            if (d < 0) {
                return -1;
            }
            v = v * radix + d;
        }
        return v;
    }

    /** Private, loopback, link-local (metadata), shared, unspecified, multicast, unique-local. */
    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // this network, 0.0.0.0
                    || first == 127
                    || (first == 100 && second >= 64 && second < 128) // shared address space (CGNAT)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) { // fc00::/7 unique local
                return true;
            }
            if (embedsIpv4(b)) {
                byte[] v4 = {b[12], b[13], b[14], b[15]};
                try {
                    return isPrivate(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** IPv4-compatible (::a.b.c.d), IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) forms. */
    private static boolean embedsIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] == 0 || b[10] == (byte) 0xff) && b[10] == b[11];
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        return mapped || nat64;
    }
}
