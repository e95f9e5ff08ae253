package org.lexgap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Migrations of data written by older versions: schema 1 to the current one. */
class MigrationsTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void nodesStartingTogetherOnAnEmptyDatabaseAllOpenIt(String kind) throws Exception {
        StoreSettings settings = TestDatabases.fresh(kind, temp);
        int nodes = TestDatabases.H2.equals(kind) ? 1 : 4; // an H2 file has one process; PostgreSQL many nodes
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(nodes);
        List<java.util.concurrent.Future<Integer>> opened = new java.util.ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            opened.add(pool.submit(() -> {
                try (Database db = Database.open(settings)) {
                    return db.transaction(Migrations::current);
                }
            }));
        }
        for (var node : opened) {
            assertEquals(Migrations.latest(), node.get());
        }
        pool.shutdown();
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void aFindingOfSchemaOneGetsItsOriginalAuthorBackAndItsCoAuthors(String kind) throws Exception {
        StoreSettings settings = TestDatabases.fresh(kind, temp);
        try (Connection c = DriverManager.getConnection(settings.url())) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                        + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
                for (String sql : Migrations.statements(resource("db/V1.sql"))) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO schema_version VALUES (1, CURRENT_TIMESTAMP)");
                // schema 1 made whoever saved last the author: alice created, bob and carol changed it
                s.execute("INSERT INTO findings VALUES ('XA', 'thbor', 'C-1', '1.0', '2', 'reviewed', '[]', "
                        + "'text', '[]', 'carol', NULL, 4, CURRENT_TIMESTAMP, 'carol')");
                s.execute("INSERT INTO findings VALUES ('XA', 'thbor', 'C-2', '1.0', '2', 'draft', '[]', "
                        + "'text', '[]', 'dave', NULL, 1, CURRENT_TIMESTAMP, 'dave')");
                history(s, "C-1", 1, "create", "alice");
                history(s, "C-1", 2, "update", "bob");
                history(s, "C-1", 3, "update", "alice");
                history(s, "C-1", 4, "update", "carol");
                history(s, "C-2", 1, "create", "dave");
            }
        }
        try (Database db = Database.open(settings)) {
            assertEquals(List.of("C-1 alice [\"bob\",\"carol\"]", "C-2 dave []"), db.transaction(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT criterion, author, co_authors FROM findings "
                        + "ORDER BY criterion"); ResultSet rs = s.executeQuery()) {
                    List<String> rows = new java.util.ArrayList<>();
                    while (rs.next()) {
                        rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                    }
                    return rows;
                }
            }));
        }
    }

    private static void history(Statement s, String criterion, int version, String action, String who)
            throws SQLException {
        s.execute("INSERT INTO finding_history (country, checklist, criterion, row_version, action, changed_by, "
                + "changed_at, after_json) VALUES ('XA', 'thbor', '" + criterion + "', " + version + ", '" + action
                + "', '" + who + "', CURRENT_TIMESTAMP, '{}')");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MigrationsTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
