package org.lexgap.security.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The SQL of table sign_in_throttle (schema 3), for {@link SignInThrottle}. */
final class ThrottleRows {

    /** One row: attempts counted since {@code windowStart}, the pair's wait and last success. */
    record Row(int failures, Instant windowStart, Instant nextAllowed, Instant lastSuccess) {
        Row counted() {
            return new Row(failures + 1, windowStart, nextAllowed, lastSuccess);
        }

        Row givenBack() {
            return new Row(Math.max(0, failures - 1), windowStart, nextAllowed, lastSuccess);
        }
    }

    private ThrottleRows() {
    }

    static Integer insertIfMissing(Connection c, String key, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sign_in_throttle (throttle_key, failures, "
                + "window_start) SELECT ?, 0, ? WHERE NOT EXISTS (SELECT 1 FROM sign_in_throttle "
                + "WHERE throttle_key = ?)")) {
            s.setString(1, key);
            setTime(s, 2, now);
            s.setString(3, key);
            return s.executeUpdate();
        }
    }

    static Optional<Row> selectForUpdate(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT failures, window_start, next_allowed, last_success "
                + "FROM sign_in_throttle WHERE throttle_key = ? FOR UPDATE")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Row(rs.getInt(1), instant(rs, 2), instant(rs, 3), instant(rs, 4)))
                        : Optional.empty();
            }
        }
    }

    static void update(Connection c, String key, Row row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sign_in_throttle SET failures = ?, window_start = ?, "
                + "next_allowed = ?, last_success = ? WHERE throttle_key = ?")) {
            s.setInt(1, row.failures());
            setTime(s, 2, row.windowStart());
            setTime(s, 3, row.nextAllowed());
            setTime(s, 4, row.lastSuccess());
            s.setString(5, key);
            s.executeUpdate();
        }
    }

    static int deleteStale(Connection c, Instant windowStartBefore, Instant successBefore) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM sign_in_throttle WHERE window_start < ? "
                + "AND (last_success IS NULL OR last_success < ?)")) {
            setTime(s, 1, windowStartBefore);
            setTime(s, 2, successBefore);
            return s.executeUpdate();
        }
    }

    private static void setTime(PreparedStatement s, int index, Instant instant) throws SQLException {
        if (instant == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
