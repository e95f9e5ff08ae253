package org.lexgap.ingest.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.lexgap.store.Database;

/**
 * The change log of imported documents (table {@code document_changes}, schema 4): one row per create, replace or
 * delete, numbered 1, 2, 3 ... in commit order. A writer takes its number by updating the one row of
 * {@code change_counter} and holds that lock until it commits, so a number is never seen before a smaller one:
 * a node that has applied every change up to n only ever needs the changes after n.
 */
public final class DocumentChanges {

    /** One change: which document, what happened, and its version after the change (null after a delete). */
    public record Change(long seq, String documentId, String action, Integer version, Instant at) {
    }

    private final Database db;

    public DocumentChanges(Database db) {
        this.db = db;
    }

    /** The number of the newest committed change; 0 when there is none. */
    public long latest() {
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT last_seq FROM change_counter WHERE id = 1");
                 ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Committed changes after {@code seq}, oldest first, at most {@code limit}. */
    public List<Change> after(long seq, int limit) {
        return db.transaction(c -> {
            List<Change> changes = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT seq, document_id, action, version, changed_at "
                    + "FROM document_changes WHERE seq > ? ORDER BY seq")) {
                s.setLong(1, seq);
                s.setMaxRows(limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int version = rs.getInt(4);
                        changes.add(new Change(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.wasNull() ? null : version, rs.getObject(5, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return changes;
        });
    }

    /**
     * Appends a change inside the caller's transaction; call it as the transaction's last write (it locks the
     * counter row until the commit). Returns the change's number.
     */
    static long append(Connection c, String documentId, String action, Integer version, Instant at)
            throws SQLException {
        try (PreparedStatement bump = c.prepareStatement(
                "UPDATE change_counter SET last_seq = last_seq + 1 WHERE id = 1")) {
            bump.executeUpdate();
        }
        long seq;
        try (PreparedStatement s = c.prepareStatement("SELECT last_seq FROM change_counter WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO document_changes "
                + "(seq, document_id, action, version, changed_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setString(2, documentId);
            insert.setString(3, action);
            if (version == null) {
                insert.setNull(4, java.sql.Types.INTEGER);
            } else {
                insert.setInt(4, version);
            }
            insert.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return seq;
    }
}
