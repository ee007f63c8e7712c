package io.github.docslint.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.1",
                "2130706433",
                "0x7f.1",
                "0x7f000001",
                "017700000001",
                "0177.0.0.1",
                "0.0.0.0",
                "0",
                "10.0.0.1",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "::1",
                "::",
                "::ffff:127.0.0.1",
                "::ffff:10.1.2.3",
                "fc00::1",
                "fd12:3456::1",
                "fe80::1",
                "64:ff9b::a00:1",
                "localhost",
                "localhost.",
                "LOCALHOST",
                "app.localhost",
                "127.0.0.1."
            })
    void privateLoopbackLinkLocalAndMetadataHostsAreBlocked(String host) {
        assertThat(AddressGuard.blockedHost(host.toLowerCase(java.util.Locale.ROOT)))
                .as(host)
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "93.184.216.34",
                "8.8.8.8",
                "172.32.0.1",
                "100.128.0.1",
                "2606:4700::1111",
                "example.org",
                "127.example.org",
                "0x7f.example",
                "1.2.3.4.5",
                "999.1.1.1",
                "localhost.example.org"
            })
    void publicAddressesAndNamesAreNotBlockedBeforeResolution(String host) {
        assertThat(AddressGuard.blockedHost(host)).as(host).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.20.30.40", "169.254.1.1", "192.168.0.10", "::1", "fd00::5"})
    void resolvedPrivateAddressesArePrivate(String address) throws Exception {
        assertThat(AddressGuard.isPrivate(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://0x7f.1/|0x7f.1",
                "http://user@127.1:8080/x|127.1",
                "http://[::1]:80/|::1",
                "https://Example.ORG/|example.org",
                "http://a_b.example/|a_b.example"
            })
    void hostIsReadEvenFromAuthoritiesUriRejects(String row) throws Exception {
        String[] parts = row.split("\\|");
        assertThat(AddressGuard.hostOf(new URI(parts[0]))).isEqualTo(parts[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2130706433|127.0.0.1", "0x7f.1|127.0.0.1", "10.1|10.0.0.1", "192.168.257|192.168.1.1"})
    void oddIpv4FormsAreReadAsInetAtonReadsThem(String row) throws Exception {
        String[] parts = row.split("\\|");
        assertThat(InetAddress.getByAddress(AddressGuard.ipv4(parts[0])).getHostAddress())
                .isEqualTo(parts[1]);
    }
}
