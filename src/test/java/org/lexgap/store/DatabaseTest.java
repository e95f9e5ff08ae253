package org.lexgap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Opening a database creates the schema once; reopening keeps data; a bad URL is a clear error. */
class DatabaseTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void migratesOnceAndKeepsDataAcrossReopening(String kind) {
        StoreSettings settings = TestDatabases.fresh(kind, temp);
        try (Database db = Database.open(settings)) {
            assertEquals(Migrations.latest(), db.transaction(Migrations::current));
            db.transaction(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (at, actor, action, subject) "
                        + "VALUES (CURRENT_TIMESTAMP, 'test', 'probe', 'kept')")) {
                    return s.executeUpdate();
                }
            });
        }
        try (Database db = Database.open(settings)) {
            assertEquals(Migrations.latest(), db.transaction(Migrations::current));
            String subject = db.transaction(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT subject FROM audit_log");
                     ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals("kept", subject);
        }
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void rollsBackWorkThatFails(String kind) {
        try (Database db = Database.open(TestDatabases.fresh(kind, temp))) {
            assertThrows(IllegalStateException.class, () -> db.transaction(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (at, actor, action, subject) "
                        + "VALUES (CURRENT_TIMESTAMP, 'test', 'probe', 'lost')")) {
                    s.executeUpdate();
                }
                throw new IllegalStateException("fails after the insert");
            }));
            long rows = db.transaction(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_log");
                     ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(0, rows);
        }
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void commitsWorkThatRefusesAndRollsBackWorkThatFails(String kind) {
        try (Database db = Database.open(TestDatabases.fresh(kind, temp))) {
            assertThrows(UnsupportedOperationException.class, () -> db.transaction(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (at, actor, action, subject) "
                        + "VALUES (CURRENT_TIMESTAMP, 'test', 'probe', 'refused')")) {
                    s.executeUpdate();
                }
                throw new UnsupportedOperationException("a refusal");
            }, UnsupportedOperationException.class));
            assertThrows(IllegalStateException.class, () -> db.transaction(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (at, actor, action, subject) "
                        + "VALUES (CURRENT_TIMESTAMP, 'test', 'probe', 'failed')")) {
                    s.executeUpdate();
                }
                throw new IllegalStateException("a failure");
            }, UnsupportedOperationException.class));
            String kept = db.transaction(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT subject FROM audit_log");
                     ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) + (rs.next() ? " and more" : "") : "nothing";
                }
            });
            assertEquals("refused", kept);
        }
    }

    @Test
    void refusesAnUnsupportedUrlNamingIt() {
        StoreException e = assertThrows(StoreException.class,
                () -> Database.open(new StoreSettings("jdbc:mysql://localhost/x", null, null)));
        assertTrue(e.getMessage().contains("jdbc:mysql://localhost/x"), e.getMessage());
    }

    @Test
    void splitsScriptsIntoStatementsSkippingComments() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE TABLE b (\n    y INT\n)"),
                Migrations.statements("-- a comment\nCREATE TABLE a (x INT);\nCREATE TABLE b (\n    y INT\n);\n"));
    }

    @Test
    void makesAnH2FileUrlDurableUnlessItSaysOtherwise() {
        assertEquals("jdbc:h2:file:/d/lexgap;WRITE_DELAY=0", Database.durable("jdbc:h2:file:/d/lexgap"));
        assertEquals("jdbc:h2:file:/d/x;write_delay=100", Database.durable("jdbc:h2:file:/d/x;write_delay=100"));
        assertEquals("jdbc:h2:mem:x", Database.durable("jdbc:h2:mem:x"));
        assertEquals("jdbc:postgresql://h/db", Database.durable("jdbc:postgresql://h/db"));
    }

    @Test
    void hidesThePasswordOfAUrl() {
        assertEquals("jdbc:postgresql://h/db?user=u&password=***",
                new StoreSettings("jdbc:postgresql://h/db?user=u&password=secret", null, null).safeUrl());
    }
}
