package io.github.docslint.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.junit.jupiter.api.Test;

class LazyTlsStrategyTest {
    @Test
    void theStrategyIsBuiltOnTheFirstUpgradeOnlyAndOnce() throws Exception {
        AtomicInteger built = new AtomicInteger();
        AtomicInteger upgrades = new AtomicInteger();
        TlsSocketStrategy real = (socket, target, port, attachment, context) -> {
            upgrades.incrementAndGet();
            return null;
        };
        LazyTlsStrategy lazy = new LazyTlsStrategy(() -> {
            built.incrementAndGet();
            return real;
        });
        assertThat(built).hasValue(0);
        try (Socket s = new Socket()) {
            lazy.upgrade(s, "example.test", 443, null, null);
            lazy.upgrade(s, "example.test", 443, null, null);
        }
        assertThat(built).hasValue(1);
        assertThat(upgrades).hasValue(2);
        assertThat(lazy.delegate()).isSameAs(real);
    }
}
