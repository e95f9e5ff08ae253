package org.lexgap.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lexgap.security.entity.Role;
import org.lexgap.store.Database;
import org.lexgap.store.TestDatabases;

/** The sign-in limit in H2 and PostgreSQL: counted before the check, per pair, address and account, no lock-out. */
class SignInThrottleTest {

    static final SignInThrottle.Limits LIMITS = new SignInThrottle.Limits(5, 20, 50, Duration.ofMinutes(15),
            Duration.ofSeconds(1));
    static final String PASSWORD = "the-right-password";

    @TempDir
    Path temp;

    Database db;
    final AccountsTest.MutableClock clock = new AccountsTest.MutableClock(Instant.parse("2026-01-01T10:00:00Z"));

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    SignInThrottle open(String kind) {
        db = Database.open(TestDatabases.fresh(kind, temp));
        new UserStore(db).create("admin", PASSWORD.toCharArray(), Role.ADMIN, "test");
        return new SignInThrottle(db, clock, LIMITS);
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void fiftyParallelAttemptsCheckAtMostFivePasswordsAndTheRightOneComesTooLate(String kind) throws Exception {
        SignInThrottle throttle = open(kind);
        UserStore users = new UserStore(db);
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger signedIn = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String password = i == 49 ? PASSWORD : "wrong-password-" + i;
            attempts.add(pool.submit(() -> {
                start.await();
                if (throttle.attempt("admin", "203.0.113.7").allowed()) {
                    checked.incrementAndGet();
                    if (users.authenticate("admin", password.toCharArray()).isPresent()) {
                        signedIn.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : attempts) {
            f.get();
        }
        pool.shutdown();
        assertTrue(checked.get() <= LIMITS.perPair(), "passwords checked: " + checked.get());
        assertEquals(LIMITS.perPair(), checked.get(), "the first five are checked");
        SignInThrottle.Decision next = throttle.attempt("admin", "203.0.113.7");
        assertFalse(next.allowed());
        assertTrue(next.retryAfter().compareTo(Duration.ofSeconds(1)) <= 0, next.toString());
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void theWaitDoublesAndAWindowLaterThePairStartsAfresh(String kind) {
        SignInThrottle throttle = open(kind);
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.attempt("alice", "198.51.100.1").allowed(), "attempt " + i);
        }
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            SignInThrottle.Decision refused = throttle.attempt("alice", "198.51.100.1");
            assertFalse(refused.allowed());
            waits.add(refused.retryAfter().toMillis());
            clock.now = clock.now.plus(refused.retryAfter());
            assertTrue(throttle.attempt("alice", "198.51.100.1").allowed(), "after waiting " + refused);
        }
        assertEquals(List.of(1000L, 2000L, 4000L, 8000L), waits);
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.attempt("alice", "198.51.100.1").allowed(), "new window, attempt " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void nobodyElsewhereCanLockTheAdminOut(String kind) {
        SignInThrottle throttle = open(kind);
        throttle.attempt("admin", "192.0.2.1");
        throttle.succeeded("admin", "192.0.2.1");
        // an attacker with many addresses uses up the account's limit and his own addresses' limits
        for (int address = 0; address < 30; address++) {
            for (int i = 0; i < 6; i++) {
                throttle.attempt("admin", "203.0.113." + address);
            }
        }
        assertFalse(throttle.attempt("admin", "198.51.100.99").allowed(), "a new address meets the account limit");
        assertTrue(throttle.attempt("admin", "192.0.2.1").allowed(), "the admin's own address is not held back");
        throttle.succeeded("admin", "192.0.2.1");
        assertTrue(throttle.attempt("admin", "192.0.2.1").allowed());
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void oneAddressTryingManyAccountsIsStopped(String kind) {
        SignInThrottle throttle = open(kind);
        int allowed = 0;
        for (int account = 0; account < 40; account++) {
            if (throttle.attempt("user" + account, "203.0.113.50").allowed()) {
                allowed++;
            }
        }
        assertEquals(LIMITS.perAddress(), allowed);
        assertTrue(throttle.attempt("bob", "198.51.100.2").allowed(), "other addresses go on");
        clock.now = clock.now.plus(Duration.ofMinutes(40));
        int pruned = throttle.prune();
        assertTrue(pruned >= 80, "rows of the 40 accounts and pairs are pruned: " + pruned);
    }
}
