package org.lexgap.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per key (a user name, a client address): after {@code maxFailures} within the window, further
 * attempts are refused until the oldest failure leaves the window. In memory, per server process.
 */
public final class SignInLimiter {

    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInLimiter(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** When any key is over its limit: how long until the next attempt is allowed. */
    public Optional<Duration> blocked(String... keys) {
        Instant now = clock.instant();
        Duration longest = null;
        for (String key : keys) {
            Deque<Instant> times = failures.get(key);
            if (times == null) {
                continue;
            }
            synchronized (times) {
                prune(times, now);
                if (times.size() >= maxFailures) {
                    Duration wait = Duration.between(now, times.peekFirst().plus(window));
                    longest = longest == null || wait.compareTo(longest) > 0 ? wait : longest;
                }
            }
        }
        return Optional.ofNullable(longest);
    }

    public void failed(String... keys) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        for (String key : keys) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                prune(times, now);
                times.addLast(now);
            }
        }
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }
}
