package org.lexgap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the store tests run against: embedded H2 (a file in a temporary folder) and PostgreSQL (a fresh
 * schema in the server named by LEXGAP_TEST_PG_URL; the variant is skipped with a message when it is unset).
 */
public final class TestDatabases {

    public static final String H2 = "h2";
    public static final String POSTGRESQL = "postgresql";
    public static final String PG_URL = "LEXGAP_TEST_PG_URL";

    private TestDatabases() {
    }

    /** For {@code @MethodSource("org.lexgap.store.TestDatabases#kinds")}. */
    public static Stream<String> kinds() {
        return Stream.of(H2, POSTGRESQL);
    }

    public static Optional<String> postgresUrl() {
        return Optional.ofNullable(System.getProperty(PG_URL)).or(() -> Optional.ofNullable(System.getenv(PG_URL)))
                .filter(u -> !u.isBlank());
    }

    /** Settings of an empty database of the kind: a new H2 file under {@code folder}, or a new PostgreSQL schema. */
    public static StoreSettings fresh(String kind, Path folder) {
        if (H2.equals(kind)) {
            return new StoreSettings(StoreSettings.h2File(folder), null, null);
        }
        String base = postgresUrl().orElse(null);
        Assumptions.assumeTrue(base != null, "PostgreSQL variant skipped: set " + PG_URL
                + "=jdbc:postgresql://localhost:5432/<db>?user=<u>&password=<p> to run it (.ci/run does)");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema in " + base.replaceAll("password=[^&]*",
                    "password=***") + ": " + e.getMessage(), e);
        }
        return new StoreSettings(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null);
    }
}
