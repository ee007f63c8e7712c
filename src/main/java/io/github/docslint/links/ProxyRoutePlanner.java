package io.github.docslint.links;

import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

/** Routes http:// and https:// through their configured proxies, except hosts in nonProxyHosts. */
final class ProxyRoutePlanner extends DefaultRoutePlanner {
    private final Proxies proxies;

    ProxyRoutePlanner(Proxies proxies) {
        super(DefaultSchemePortResolver.INSTANCE);
        this.proxies = proxies;
    }

    @Override
    protected HttpHost determineProxy(HttpHost target, HttpContext context) {
        var proxy = "https".equalsIgnoreCase(target.getSchemeName()) ? proxies.https() : proxies.http();
        if (proxy.isEmpty() || bypasses(proxy.get(), target.getHostName())) {
            return null;
        }
        return new HttpHost("http", proxy.get().host(), proxy.get().port());
    }

    static boolean bypasses(Proxies.Proxy proxy, String host) {
        return proxy.nonProxyHosts().stream().anyMatch(glob -> HostGlob.matches(glob, host));
    }
}
