package io.github.docslint.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostGlobTest {
    @Test
    void globsMatchWholeHostNamesIgnoringCase() {
        assertThat(HostGlob.matches("*.example.com", "www.Example.com")).isTrue();
        assertThat(HostGlob.matches("*.example.com", "example.com")).isFalse();
        assertThat(HostGlob.matches("10.*", "10.1.2.3")).isTrue();
        assertThat(HostGlob.matches("localhost", "localhost")).isTrue();
        assertThat(HostGlob.matches("localhost", "localhost.example")).isFalse();
        assertThat(HostGlob.matches("*", "anything")).isTrue();
        assertThat(HostGlob.matches("a*b*c", "aXXbYYc")).isTrue();
        assertThat(HostGlob.matches("a*b*c", "aXXbYY")).isFalse();
    }

    @Test
    void manyStarsAgainstALongNameStayFast() {
        String glob = "*a".repeat(30) + "b";
        String host = "a".repeat(5000);
        long start = System.nanoTime();
        assertThat(HostGlob.matches(glob, host)).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }
}
