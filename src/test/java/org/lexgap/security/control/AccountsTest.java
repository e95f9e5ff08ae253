package org.lexgap.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lexgap.security.entity.IssuedToken;
import org.lexgap.security.entity.Role;
import org.lexgap.security.entity.User;
import org.lexgap.store.Database;
import org.lexgap.store.StoreSettings;
import org.lexgap.store.TestDatabases;

/** Users with PBKDF2 hashes and expiring tokens, in H2 and PostgreSQL. */
class AccountsTest {

    @TempDir
    Path temp;

    Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void storesOnlyAHashAndSignsInWithTheRightPasswordOnly(String kind) {
        db = Database.open(TestDatabases.fresh(kind, temp));
        UserStore users = new UserStore(db);
        users.create("alice", "correct horse battery".toCharArray(), Role.REVIEWER, "admin");

        assertEquals(Role.REVIEWER, users.authenticate("alice", "correct horse battery".toCharArray())
                .orElseThrow().role());
        assertTrue(users.authenticate("alice", "wrong horse battery".toCharArray()).isEmpty());
        assertTrue(users.authenticate("nobody", "correct horse battery".toCharArray()).isEmpty());
        String stored = db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT password_hash FROM users");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), stored);
        assertFalse(stored.contains("horse"));
        AccountException taken = assertThrows(AccountException.class,
                () -> users.create("alice", "another long password".toCharArray(), Role.READER, "admin"));
        assertEquals(AccountException.Kind.CONFLICT, taken.kind());
        assertEquals(1, users.count());
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void tokensResolveToTheirUserUntilTheyExpire(String kind) {
        db = Database.open(TestDatabases.fresh(kind, temp));
        User bob = new UserStore(db).create("bob", "a long enough secret".toCharArray(), Role.ADMIN, "cli");
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
        TokenStore tokens = new TokenStore(db, clock, Duration.ofHours(1));

        IssuedToken issued = tokens.issue(bob);
        assertEquals("bob", tokens.resolve(issued.token()).orElseThrow().username());
        assertTrue(tokens.resolve(issued.token() + "x").isEmpty());
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertTrue(tokens.resolve(issued.token()).isEmpty(), "expired");
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void aRevokedTokenIsRefusedByEveryNodeSharingTheDatabase(String kind) {
        StoreSettings settings = TestDatabases.fresh(kind, temp);
        db = Database.open(settings);
        User bob = new UserStore(db).create("bob", "a long enough secret".toCharArray(), Role.ADMIN, "cli");
        TokenStore one = new TokenStore(db, Clock.systemUTC(), Duration.ofHours(1));
        try (Database other = Database.open(settings)) {
            TokenStore two = new TokenStore(other, Clock.systemUTC(), Duration.ofHours(1));
            IssuedToken issued = one.issue(bob);
            IssuedToken kept = one.issue(bob);
            assertEquals("bob", two.resolve(issued.token()).orElseThrow().username(), "issued on one, seen on two");
            assertTrue(two.revoke(issued.token()));
            assertTrue(one.resolve(issued.token()).isEmpty(), "revoked on two, refused on one");
            assertFalse(one.revoke(issued.token()), "already revoked");
            assertTrue(one.resolve(kept.token()).isPresent(), "another token of the same user stays valid");
        }
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void refusesWeakOrMalformedAccounts(String kind) {
        db = Database.open(TestDatabases.fresh(kind, temp));
        UserStore users = new UserStore(db);
        for (String name : new String[] {"Al", "UPPER", "with space", "x".repeat(65), "-dash"}) {
            assertThrows(AccountException.class, () -> users.create(name, "long enough password".toCharArray(),
                    Role.READER, "t"), name);
        }
        assertThrows(AccountException.class, () -> users.create("carol", "short".toCharArray(), Role.READER, "t"));
        assertThrows(AccountException.class, () -> users.create("carol", "long enough password".toCharArray(),
                null, "t"));
        assertEquals(0, users.count());
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
