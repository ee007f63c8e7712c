package io.github.docslint.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(30));
    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void retryAfterInSecondsIsObeyed() {
        assertThat(policy.retryAfter("7", now)).contains(Duration.ofSeconds(7));
        assertThat(policy.retryAfter(" 0 ", now)).contains(Duration.ZERO);
    }

    @Test
    void retryAfterAsHttpDateIsTheTimeUntilThen() {
        String date =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(12).atZone(ZoneOffset.UTC));
        assertThat(policy.retryAfter(date, now)).contains(Duration.ofSeconds(12));
        String past =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(now.minusSeconds(5).atZone(ZoneOffset.UTC));
        assertThat(policy.retryAfter(past, now)).contains(Duration.ZERO);
    }

    @Test
    void retryAfterLongerThanTheCapIsCapped() {
        assertThat(policy.retryAfter("86400", now)).contains(Duration.ofSeconds(30));
        assertThat(policy.retryAfter("99999999999999999999", now)).isEmpty();
    }

    @Test
    void invalidRetryAfterFallsBackToBackoff() {
        assertThat(policy.retryAfter(null, now)).isEmpty();
        assertThat(policy.retryAfter("soon", now)).isEmpty();
        assertThat(policy.retryAfter("-3", now)).isEmpty();
        assertThat(policy.retryAfter("", now)).isEmpty();
    }

    @Test
    void backoffGrowsExponentiallyWithJitter() {
        for (int retry = 0; retry < 4; retry++) {
            long base = 100L << retry;
            assertThat(policy.backoff(retry)).isBetween(Duration.ofMillis(base / 2), Duration.ofMillis(base * 3 / 2));
        }
        assertThat(policy.backoff(60)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }
}
