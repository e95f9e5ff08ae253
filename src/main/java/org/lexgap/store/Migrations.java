package org.lexgap.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Versioned schema migrations: {@code db/V<n>.sql} on the class path, applied in order, each in its own
 * transaction, recorded in {@code schema_version}. A database newer than this application is refused.
 */
public final class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    static final String FOLDER = "db/";

    private Migrations() {
    }

    /** The key of the PostgreSQL advisory lock that makes nodes starting at once migrate one after the other. */
    static final long LOCK_KEY = 0x6c657867L; // "lexg"

    /**
     * Migrates to the newest schema. On PostgreSQL, nodes that start together take turns (a session advisory lock,
     * held on a connection of its own): the first migrates, the others then find the schema current.
     */
    public static int migrate(Database database) {
        if (!database.postgres()) {
            return migrateNow(database);
        }
        try (Connection lock = database.dataSource().getConnection()) {
            try (PreparedStatement s = lock.prepareStatement("SELECT pg_advisory_lock(?)")) {
                s.setLong(1, LOCK_KEY);
                s.execute();
            }
            try {
                return migrateNow(database);
            } finally {
                try (PreparedStatement s = lock.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    s.setLong(1, LOCK_KEY);
                    s.execute();
                }
                lock.commit();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot lock the schema for migration: " + e.getMessage(), e);
        }
    }

    private static int migrateNow(Database database) {
        database.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            return null;
        });
        List<String> scripts = scripts();
        int current = database.transaction(Migrations::current);
        if (current > scripts.size()) {
            throw new StoreException("the database schema is version " + current + ", newer than this application ("
                    + scripts.size() + "); use a newer lexgap", null);
        }
        for (int version = current + 1; version <= scripts.size(); version++) {
            String script = scripts.get(version - 1);
            int v = version;
            database.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(script)) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                    insert.setInt(1, v);
                    insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                    insert.executeUpdate();
                }
                return null;
            });
            LOG.info(() -> "lexgap database migrated to schema version " + v);
        }
        return scripts.size();
    }

    /** The schema version this application brings: the number of its scripts. */
    public static int latest() {
        return scripts().size();
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> scripts() {
        List<String> scripts = new ArrayList<>();
        for (int v = 1; ; v++) {
            try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(FOLDER + "V" + v + ".sql")) {
                if (in == null) {
                    return scripts;
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Statements end with a semicolon at the end of a line; lines starting with -- are comments. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
