package org.lexgap.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed sign-ins: the limit per key, the wait, and the window that frees it again. */
class SignInLimiterTest {

    final AccountsTest.MutableClock clock = new AccountsTest.MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    final SignInLimiter limiter = new SignInLimiter(clock, 3, Duration.ofMinutes(15));

    @Test
    void blocksAKeyAfterTheLimitUntilTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertFalse(limiter.blocked("user:alice").isPresent(), "attempt " + i);
            limiter.failed("user:alice");
            clock.now = clock.now.plusSeconds(60);
        }
        assertEquals(Duration.ofMinutes(12), limiter.blocked("user:alice").orElseThrow());
        assertFalse(limiter.blocked("user:bob").isPresent(), "other keys are not affected");

        clock.now = clock.now.plus(Duration.ofMinutes(12));
        assertFalse(limiter.blocked("user:alice").isPresent());
    }

    @Test
    void aSuccessClearsTheFailuresOfItsKey() {
        limiter.failed("user:alice");
        limiter.failed("user:alice");
        limiter.succeeded("user:alice");
        limiter.failed("user:alice");
        limiter.failed("user:alice");
        assertFalse(limiter.blocked("user:alice").isPresent());
        limiter.failed("user:alice");
        assertTrue(limiter.blocked("user:alice").isPresent());
    }
}
