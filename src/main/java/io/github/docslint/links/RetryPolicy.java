package io.github.docslint.links;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** How long to wait before retrying: the server's {@code Retry-After}, capped, or exponential backoff. */
final class RetryPolicy {
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final Duration backoffBase;
    private final Duration maxRetryAfter;

    RetryPolicy(Duration backoffBase, Duration maxRetryAfter) {
        this.backoffBase = backoffBase;
        this.maxRetryAfter = maxRetryAfter;
    }

    /**
     * The wait a {@code Retry-After} value asks for (delay-seconds or an HTTP-date), capped at the
     * configured maximum; empty when absent or invalid, so the caller backs off instead.
     */
    Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        Duration wait;
        if (!v.isEmpty() && v.length() <= 10 && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            wait = Duration.ofSeconds(Long.parseLong(v));
        } else {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                wait = at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.of(wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait);
    }

    /** base * 2^retry, times a jitter in [0.5, 1.5) so hosts retried together do not stay in step. */
    Duration backoff(int retry) {
        long base = backoffBase.toNanos() << Math.min(retry, 20);
        double jitter = 0.5 + ThreadLocalRandom.current().nextDouble();
        long nanos = (long) Math.min(base * jitter, (double) MAX_BACKOFF.toNanos());
        return Duration.ofNanos(Math.max(nanos, 0));
    }
}
