package org.lexgap.security.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Appends to the audit log, inside the caller's transaction. */
final class Audit {

    private Audit() {
    }

    static void record(Connection c, String actor, String action, String subject, String detail)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setString(4, subject);
            insert.setString(5, detail);
            insert.executeUpdate();
        }
    }
}
