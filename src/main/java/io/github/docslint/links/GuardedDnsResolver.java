package io.github.docslint.links;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's DNS: resolves with the given {@link Resolver} and, unless private addresses are
 * allowed, refuses names that resolve to a blocked address. The client connects only to the
 * addresses returned here, so what was checked is what is connected to (no second look-up to
 * rebind). Proxy hosts are exempt: through a proxy the target is resolved by the proxy.
 */
final class GuardedDnsResolver implements DnsResolver {
    private final Resolver resolver;
    private final boolean allowPrivate;
    private final Set<String> exempt;
    private final Predicate<InetAddress> isPrivate;

    GuardedDnsResolver(
            Resolver resolver, boolean allowPrivate, Set<String> exemptHosts, Predicate<InetAddress> isPrivate) {
        this.resolver = resolver;
        this.isPrivate = isPrivate;
        this.allowPrivate = allowPrivate;
        this.exempt = exemptHosts;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        InetAddress[] addresses;
        var literal = AddressGuard.literal(name);
        addresses = literal.isPresent() ? new InetAddress[] {literal.get()} : resolver.resolve(name);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        if (!allowPrivate && !exempt.contains(name)) {
            for (InetAddress address : addresses) {
                if (isPrivate.test(address)) {
                    throw new BlockedAddressException("resolves to private address " + address.getHostAddress());
                }
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
