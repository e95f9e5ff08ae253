package org.lexgap.security.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lexgap.security.control.ThrottleRows.Row;
import org.lexgap.store.Database;
import org.lexgap.store.StoreException;

/**
 * The sign-in limit, kept in the database (table sign_in_throttle) so that several nodes share it. Each attempt is
 * counted, atomically, before its password is checked ({@link #attempt}); a success gives the count back
 * ({@link #succeeded}). Three limits within a window:
 * <ul>
 * <li>an account from one client address: {@code perPair} attempts, then each further one waits twice as long as
 * the last ({@code backoff}, 2 × backoff, … at most the window);</li>
 * <li>a client address over all accounts: {@code perAddress} attempts;</li>
 * <li>an account over all addresses: {@code perAccount} attempts.</li>
 * </ul>
 * An address from which the account has signed in before is held back by its own pair limit only, so nobody
 * elsewhere can lock a user (an admin) out; there is no account lock.
 */
public final class SignInThrottle {

    /** The limits; {@code window} is how long attempts are counted. */
    public record Limits(int perPair, int perAddress, int perAccount, Duration window, Duration backoff) {
    }

    /** Whether the attempt may check its password; when not, how long to wait. */
    public record Decision(boolean allowed, Duration retryAfter) {
        static final Decision ALLOWED = new Decision(true, Duration.ZERO);
    }

    private static final int MAX_PART = 64;
    private static final Duration KEEP_KNOWN_ADDRESSES = Duration.ofDays(90);

    private final Database db;
    private final Clock clock;
    private final Limits limits;

    public SignInThrottle(Database db, Clock clock, Limits limits) {
        this.db = db;
        this.clock = clock;
        this.limits = limits;
    }

    /** Counts an attempt of {@code username} from {@code address}; only an allowed attempt checks its password. */
    public Decision attempt(String username, String address) {
        Keys keys = new Keys(username, address);
        ensureRows(keys.all());
        return db.transaction(c -> {
            Instant now = clock.instant();
            Map<String, Row> rows = lock(c, keys.all(), now);
            Row pair = rows.get(keys.pair());
            Row byAddress = rows.get(keys.address());
            Row byAccount = rows.get(keys.account());
            if (pair.nextAllowed() != null && now.isBefore(pair.nextAllowed())) {
                return refused(now, pair.nextAllowed());
            }
            boolean known = pair.lastSuccess() != null;
            if (!known && byAddress.failures() >= limits.perAddress()) {
                return refused(now, byAddress.windowStart().plus(limits.window()));
            }
            if (!known && byAccount.failures() >= limits.perAccount()) {
                return refused(now, byAccount.windowStart().plus(limits.window()));
            }
            int counted = pair.failures() + 1;
            Instant next = counted < limits.perPair() ? null : now.plus(backoff(counted - limits.perPair()));
            ThrottleRows.update(c, keys.pair(), new Row(counted, pair.windowStart(), next, pair.lastSuccess()));
            ThrottleRows.update(c, keys.address(), byAddress.counted());
            ThrottleRows.update(c, keys.account(), byAccount.counted());
            return Decision.ALLOWED;
        });
    }

    /** The password was right: the pair starts afresh and becomes a known address; the other counts give back one. */
    public void succeeded(String username, String address) {
        Keys keys = new Keys(username, address);
        db.transaction(c -> {
            Instant now = clock.instant();
            Map<String, Row> rows = lock(c, keys.all(), now);
            ThrottleRows.update(c, keys.pair(), new Row(0, now, null, now));
            ThrottleRows.update(c, keys.address(), rows.get(keys.address()).givenBack());
            ThrottleRows.update(c, keys.account(), rows.get(keys.account()).givenBack());
            return null;
        });
    }

    /** Removes rows whose window ended long ago and that mark no known address; returns how many. */
    public int prune() {
        Instant now = clock.instant();
        return db.transaction(c -> ThrottleRows.deleteStale(c, now.minus(limits.window().multipliedBy(2)),
                now.minus(KEEP_KNOWN_ADDRESSES)));
    }

    Duration backoff(int beyondLimit) {
        Duration wait = limits.backoff().multipliedBy(1L << Math.min(beyondLimit, 30));
        return wait.compareTo(limits.window()) > 0 ? limits.window() : wait;
    }

    private static Decision refused(Instant now, Instant until) {
        Duration wait = Duration.between(now, until);
        return new Decision(false, wait.isNegative() ? Duration.ZERO : wait);
    }

    /** Each key gets its row, one small transaction per missing row (a row created meanwhile is fine). */
    private void ensureRows(List<String> keys) {
        for (String key : keys) {
            try {
                db.transaction(c -> ThrottleRows.insertIfMissing(c, key, clock.instant()));
            } catch (StoreException e) {
                if (!(e.getCause() instanceof SQLException sql && StoreException.isUniqueViolation(sql))) {
                    throw e;
                }
            }
        }
    }

    /** Locks the rows, account then address then pair (one order, so no deadlock); expired windows restart. */
    private Map<String, Row> lock(Connection c, List<String> keys, Instant now) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        for (String key : keys) {
            Row row = ThrottleRows.selectForUpdate(c, key).orElseGet(() -> new Row(0, now, null, null));
            boolean expired = !row.windowStart().plus(limits.window()).isAfter(now);
            rows.put(key, expired ? new Row(0, now, row.nextAllowed(), row.lastSuccess()) : row);
        }
        return rows;
    }

    /** The three keys of an attempt, in the order they are locked. */
    private record Keys(String pair, String address, String account) {
        Keys(String username, String address) {
            this("pair:" + part(username) + "@" + part(address), "address:" + part(address),
                    "account:" + part(username));
        }

        List<String> all() {
            return List.of(account, address, pair);
        }

        private static String part(String value) {
            String v = value == null ? "" : value;
            return v.length() > MAX_PART ? v.substring(0, MAX_PART) : v;
        }
    }
}
