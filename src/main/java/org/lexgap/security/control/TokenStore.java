package org.lexgap.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.lexgap.security.entity.IssuedToken;
import org.lexgap.security.entity.Role;
import org.lexgap.security.entity.User;
import org.lexgap.store.Database;

/**
 * Opaque bearer tokens (256 random bits); the database keeps only their SHA-256, the user and the expiry, so
 * tokens survive a restart and a stolen database leaks none.
 */
public final class TokenStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;
    private final Duration lifetime;

    public TokenStore(Database db, Clock clock, Duration lifetime) {
        this.db = db;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public IssuedToken issue(User user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = clock.instant().plus(lifetime);
        db.transaction(c -> {
            try (PreparedStatement purge = c.prepareStatement("DELETE FROM tokens WHERE expires_at < ?")) {
                purge.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                purge.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO tokens (token_hash, username, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, sha256(token));
                insert.setString(2, user.username());
                insert.setObject(3, OffsetDateTime.ofInstant(expires, ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
        return new IssuedToken(token, "Bearer", expires, user.username(), user.role());
    }

    /** The user a valid, unexpired token belongs to. */
    public Optional<User> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT u.username, u.user_role, u.created_at, "
                    + "u.created_by FROM tokens t JOIN users u ON u.username = t.username "
                    + "WHERE t.token_hash = ? AND t.expires_at > ?")) {
                s.setString(1, sha256(token));
                s.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<User>empty();
                    }
                    return Optional.of(new User(rs.getString(1), Role.parse(rs.getString(2)),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)));
                }
            }
        });
    }

    /**
     * Revokes a token (sign-out): its row is deleted, so every node sharing the database refuses it from now on.
     * Returns false when it was unknown or had expired.
     */
    public boolean revoke(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        return db.transaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM tokens WHERE token_hash = ?")) {
                delete.setString(1, sha256(token));
                return delete.executeUpdate() > 0;
            }
        });
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
