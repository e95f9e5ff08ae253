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
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.ingest.entity.ImportedProvision;
import org.lexgap.store.StoreException;
import org.lexgap.store.StoredJson;

/** How an imported document's version maps to and from the rows of document_versions and its provisions. */
final class DocumentRows {

    private DocumentRows() {
    }

    static void insertVersion(Connection c, ImportedDocument d) throws SQLException {
        ImportedDocument header = new ImportedDocument(d.id(), d.version(), d.jurisdiction(), d.title(), d.citation(),
                d.language(), d.status(), d.validFrom(), d.source(), d.fileName(), d.format(), d.pages(),
                d.structureFound(), d.importedAt(), List.of());
        Instant importedAt = d.importedAt() == null ? Instant.EPOCH : d.importedAt();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO document_versions "
                + "(document_id, version, imported_at, document_json) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, d.id());
            insert.setInt(2, d.version());
            insert.setObject(3, OffsetDateTime.ofInstant(importedAt, ZoneOffset.UTC));
            insert.setString(4, StoredJson.write(header));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO document_provisions "
                + "(document_id, version, provision_no, provision_id, provision_json) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (ImportedProvision p : d.provisions()) {
                insert.setString(1, d.id());
                insert.setInt(2, d.version());
                insert.setInt(3, n++);
                insert.setString(4, p.id());
                insert.setString(5, StoredJson.write(p));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static ImportedDocument version(Connection c, String id, int version) throws SQLException {
        ImportedDocument header;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT document_json FROM document_versions WHERE document_id = ? AND version = ?")) {
            s.setString(1, id);
            s.setInt(2, version);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("document " + id + " names version " + version + ", which is missing",
                            null);
                }
                header = StoredJson.read(rs.getString(1), ImportedDocument.class);
            }
        }
        List<ImportedProvision> provisions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT provision_json FROM document_provisions "
                + "WHERE document_id = ? AND version = ? ORDER BY provision_no")) {
            s.setString(1, id);
            s.setInt(2, version);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    provisions.add(StoredJson.read(rs.getString(1), ImportedProvision.class));
                }
            }
        }
        return new ImportedDocument(header.id(), header.version(), header.jurisdiction(), header.title(),
                header.citation(), header.language(), header.status(), header.validFrom(), header.source(),
                header.fileName(), header.format(), header.pages(), header.structureFound(), header.importedAt(),
                List.copyOf(provisions));
    }
}
