package org.lexgap.ingest.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.store.Database;
import org.lexgap.store.StoreException;

/**
 * Where imported documents are kept: in the database (schema 4), shared by every node. Each version of a document
 * (the current one and the replaced ones, its history) is a row of {@code document_versions} with its provisions
 * in {@code document_provisions}; {@code documents} names the current version. Every write is one transaction
 * that also appends to the change log ({@link DocumentChanges}), so an acknowledged import is committed and every
 * node learns of it.
 */
public final class DocumentStore {

    private static final String ID = "[a-z0-9][a-z0-9-]{0,120}";

    private final Database db;
    private final Clock clock;

    public DocumentStore(Database db) {
        this(db, Clock.systemUTC());
    }

    public DocumentStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public DocumentChanges changes() {
        return new DocumentChanges(db);
    }

    /** Every current document, by id. */
    public List<ImportedDocument> list() {
        return db.transaction(c -> {
            List<ImportedDocument> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, current_version FROM documents ORDER BY id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    all.add(DocumentRows.version(c, rs.getString(1), rs.getInt(2)));
                }
            }
            return all;
        });
    }

    public Optional<ImportedDocument> find(String id) {
        checked(id);
        return db.transaction(c -> {
            Optional<Integer> current = currentVersion(c, id, false);
            return current.isEmpty() ? Optional.empty() : Optional.of(DocumentRows.version(c, id, current.get()));
        });
    }

    /** Older versions, oldest first. */
    public List<ImportedDocument> history(String id) {
        checked(id);
        return db.transaction(c -> {
            Optional<Integer> current = currentVersion(c, id, false);
            List<ImportedDocument> older = new ArrayList<>();
            if (current.isEmpty()) {
                return older;
            }
            for (int v : versions(c, id)) {
                if (v < current.get()) {
                    older.add(DocumentRows.version(c, id, v));
                }
            }
            return older;
        });
    }

    /** Characters of imported text the current documents of a jurisdiction hold, leaving out one document. */
    public long textLength(String jurisdiction, String excludedId) {
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(text_length), 0) FROM documents "
                    + "WHERE jurisdiction = ? AND id <> ?")) {
                s.setString(1, jurisdiction);
                s.setString(2, excludedId == null ? "" : excludedId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    public ImportedDocument create(ImportedDocument document) {
        checked(document.id());
        return db.transaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO documents "
                    + "(id, current_version, jurisdiction, text_length, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, document.id());
                insert.setInt(2, document.version());
                insert.setString(3, document.jurisdiction());
                insert.setLong(4, document.textLength());
                insert.setObject(5, now());
                insert.executeUpdate();
            } catch (SQLException e) {
                if (StoreException.isUniqueViolation(e)) {
                    throw new ImportException(ImportError.DUPLICATE_DOCUMENT, "A document with id '" + document.id()
                            + "' exists; replace it with PUT /api/documents/" + document.id() + " or delete it first.");
                }
                throw e;
            }
            DocumentRows.insertVersion(c, document);
            DocumentChanges.append(c, document.id(), "create", document.version(), clock.instant());
            return document;
        }, ImportException.class);
    }

    /** Keeps the current version as history and stores the new one with the next version number. */
    public ImportedDocument replace(ImportedDocument document) {
        checked(document.id());
        return db.transaction(c -> {
            int old = currentVersion(c, document.id(), true).orElseThrow(() -> unknown(document.id()));
            ImportedDocument next = document.withVersion(old + 1);
            try (PreparedStatement update = c.prepareStatement("UPDATE documents SET current_version = ?, "
                    + "jurisdiction = ?, text_length = ?, updated_at = ? WHERE id = ?")) {
                update.setInt(1, next.version());
                update.setString(2, next.jurisdiction());
                update.setLong(3, next.textLength());
                update.setObject(4, now());
                update.setString(5, next.id());
                update.executeUpdate();
            }
            DocumentRows.insertVersion(c, next);
            DocumentChanges.append(c, next.id(), "replace", next.version(), clock.instant());
            return next;
        }, ImportException.class);
    }

    /** Removes a document and its history. */
    public void delete(String id) {
        checked(id);
        db.transaction(c -> {
            currentVersion(c, id, true).orElseThrow(() -> unknown(id));
            for (String table : new String[] {"document_provisions", "document_versions"}) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                    delete.setString(1, id);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM documents WHERE id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
            DocumentChanges.append(c, id, "delete", null, clock.instant());
            return null;
        }, ImportException.class);
    }

    /**
     * Moves documents kept as files by an earlier version into the database, each version that is not there yet
     * (so a second run after an interruption adds only the rest); the newest version of each becomes its current
     * one unless the database already has a newer one. Returns the number of versions added.
     */
    public int moveIn(List<ImportedDocument> versions) {
        int added = 0;
        for (ImportedDocument d : versions) {
            checked(d.id());
            added += db.transaction(c -> {
                if (versions(c, d.id()).contains(d.version())) {
                    return 0;
                }
                DocumentRows.insertVersion(c, d);
                Optional<Integer> current = currentVersion(c, d.id(), true);
                if (current.isEmpty()) {
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO documents (id, current_version, "
                            + "jurisdiction, text_length, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                        insert.setString(1, d.id());
                        insert.setInt(2, d.version());
                        insert.setString(3, d.jurisdiction());
                        insert.setLong(4, d.textLength());
                        insert.setObject(5, now());
                        insert.executeUpdate();
                    }
                } else if (current.get() < d.version()) {
                    try (PreparedStatement update = c.prepareStatement("UPDATE documents SET current_version = ?, "
                            + "jurisdiction = ?, text_length = ?, updated_at = ? WHERE id = ?")) {
                        update.setInt(1, d.version());
                        update.setString(2, d.jurisdiction());
                        update.setLong(3, d.textLength());
                        update.setObject(4, now());
                        update.setString(5, d.id());
                        update.executeUpdate();
                    }
                }
                DocumentChanges.append(c, d.id(), "move-in", d.version(), clock.instant());
                return 1;
            });
        }
        return added;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Optional<Integer> currentVersion(Connection c, String id, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT current_version FROM documents WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        }
    }

    private static List<Integer> versions(Connection c, String id) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT version FROM document_versions WHERE document_id = ? ORDER BY version")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.add(rs.getInt(1));
                }
            }
        }
        return versions;
    }

    private static String checked(String id) {
        if (id == null || !id.matches(ID)) {
            throw unknown(String.valueOf(id));
        }
        return id;
    }

    private static ImportException unknown(String id) {
        return new ImportException(ImportError.UNKNOWN_DOCUMENT, "No imported document with id '"
                + id.replaceAll("\\p{Cntrl}", "?") + "'.");
    }
}
