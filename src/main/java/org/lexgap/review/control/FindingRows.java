package org.lexgap.review.control;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;
import org.lexgap.review.entity.FindingKey;
import org.lexgap.review.entity.StoredFinding;
import org.lexgap.store.StoredJson;

/** How a finding maps to and from a row of the findings table. */
final class FindingRows {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private FindingRows() {
    }

    /** Level, status, evidence, rationale, sources, author, co-authors, approver from parameter {@code first} on. */
    static void setContent(PreparedStatement s, int first, StoredFinding f) throws SQLException {
        s.setString(first, f.level().code());
        s.setString(first + 1, f.status().code());
        s.setString(first + 2, StoredJson.write(f.evidence()));
        s.setString(first + 3, f.rationale());
        s.setString(first + 4, StoredJson.write(f.sources()));
        s.setString(first + 5, f.author());
        s.setString(first + 6, StoredJson.write(f.coAuthors()));
        s.setString(first + 7, f.approver());
    }

    static StoredFinding read(ResultSet rs) throws SQLException {
        return new StoredFinding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Level.parse(rs.getString(5)), status(rs.getString(6)), StoredJson.read(rs.getString(7), STRINGS),
                rs.getString(8), StoredJson.read(rs.getString(9), STRINGS), rs.getString(10),
                StoredJson.read(rs.getString(11), STRINGS), rs.getString(12),
                rs.getLong(13), rs.getObject(14, OffsetDateTime.class).toInstant(), rs.getString(15));
    }

    static Status status(String code) {
        for (Status s : Status.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalStateException("unknown status in the database: " + code);
    }

    static void bind(PreparedStatement s, FindingKey key) throws SQLException {
        s.setString(1, key.country());
        s.setString(2, key.checklist());
        s.setString(3, key.criterion());
    }
}
