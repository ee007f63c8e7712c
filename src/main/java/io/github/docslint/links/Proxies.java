package io.github.docslint.links;

import java.util.List;
import java.util.Optional;

/**
 * Proxies per URL scheme, as Maven's settings.xml describes them, or the JVM's own proxy settings
 * ({@code http(s).proxyHost}, {@code http.nonProxyHosts}).
 *
 * @param http the proxy for http:// URLs, if any
 * @param https the proxy for https:// URLs, if any
 * @param useSystemProperties with no proxy given, follow the JVM's proxy and trust store properties
 */
public record Proxies(Optional<Proxy> http, Optional<Proxy> https, boolean useSystemProperties) {

    public static Proxies none() {
        return new Proxies(Optional.empty(), Optional.empty(), true);
    }

    /**
     * One proxy.
     *
     * @param nonProxyHosts host globs ({@code *.example.com}) reached directly, as in settings.xml
     *     ({@code |}-separated there)
     * @param username null when the proxy needs no login
     * @param password a secret, never logged
     */
    public record Proxy(String host, int port, String username, String password, List<String> nonProxyHosts) {
        public Proxy {
            nonProxyHosts = List.copyOf(nonProxyHosts);
        }

        @Override
        public String toString() {
            return "Proxy[" + host + ":" + port + (username == null ? "" : ", user=" + username + ", password=****")
                    + ", nonProxyHosts=" + nonProxyHosts + "]";
        }
    }
}
