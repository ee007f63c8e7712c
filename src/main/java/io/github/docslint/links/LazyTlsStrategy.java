package io.github.docslint.links;

import java.io.IOException;
import java.net.Socket;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Builds the TLS strategy on the first https:// connection. Building it reads the trust store and
 * initialises JSSE (about 150 ms of CPU in a fresh JVM), which a run of http:// links, or a warm run
 * whose https:// links all come from the cache, never needs.
 */
final class LazyTlsStrategy implements TlsSocketStrategy {
    private final Supplier<? extends TlsSocketStrategy> factory;
    private volatile TlsSocketStrategy delegate;

    LazyTlsStrategy(Supplier<? extends TlsSocketStrategy> factory) {
        this.factory = factory;
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return delegate().upgrade(socket, target, port, attachment, context);
    }

    TlsSocketStrategy delegate() {
        TlsSocketStrategy d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    d = factory.get();
                    delegate = d;
                }
            }
        }
        return d;
    }
}
