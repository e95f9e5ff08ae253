package org.lexgap.security.control;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lexgap.security.entity.Role;
import org.lexgap.security.entity.User;
import org.lexgap.store.Database;
import org.lexgap.store.StoreException;

/** User accounts in the database, with PBKDF2 password hashes; every creation is audited. */
public final class UserStore {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 256;
    /** Compared against when the user does not exist, so that a wrong name costs as much as a wrong password. */
    private static final String DUMMY_HASH = PasswordHasher.hash("not-a-password-at-all".toCharArray());

    private final Database db;

    public UserStore(Database db) {
        this.db = db;
    }

    public User create(String username, char[] password, Role role, String actor) {
        validate(username, password, role);
        String hash = PasswordHasher.hash(password);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            return db.transaction(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO users (username, password_hash, "
                        + "user_role, created_at, created_by) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setString(1, username);
                    insert.setString(2, hash);
                    insert.setString(3, role.code());
                    insert.setObject(4, now);
                    insert.setString(5, actor);
                    insert.executeUpdate();
                }
                Audit.record(c, actor, "user-created", username, "role " + role.code());
                return new User(username, role, now.toInstant(), actor);
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && StoreException.isUniqueViolation(sql)) {
                throw new AccountException(AccountException.Kind.CONFLICT, "the user name '" + username
                        + "' is taken");
            }
            throw e;
        }
    }

    static void validate(String username, char[] password, Role role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new AccountException(AccountException.Kind.INVALID, "username: 3-64 characters, lower-case "
                    + "letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (password == null || password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw new AccountException(AccountException.Kind.INVALID, "password: " + MIN_PASSWORD + " to "
                    + MAX_PASSWORD + " characters");
        }
        if (role == null) {
            throw new AccountException(AccountException.Kind.INVALID, "role: reader, reviewer or admin");
        }
    }

    /** The user when the name and password match; empty otherwise (same cost either way). */
    public Optional<User> authenticate(String username, char[] password) {
        Optional<Stored> stored = username == null ? Optional.empty() : find(username);
        boolean matches = PasswordHasher.verify(password == null ? new char[0] : password,
                stored.map(Stored::hash).orElse(DUMMY_HASH));
        return matches ? stored.map(Stored::user) : Optional.empty();
    }

    public Optional<User> user(String username) {
        return find(username).map(Stored::user);
    }

    public long count() {
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM users");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public List<User> list() {
        return db.transaction(c -> {
            List<User> users = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT username, password_hash, user_role, created_at, "
                    + "created_by FROM users ORDER BY username"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    users.add(read(rs).user());
                }
            }
            return users;
        });
    }

    private Optional<Stored> find(String username) {
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT username, password_hash, user_role, created_at, "
                    + "created_by FROM users WHERE username = ?")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<Stored>empty();
                }
            }
        });
    }

    private static Stored read(ResultSet rs) throws SQLException {
        Instant created = rs.getObject(4, OffsetDateTime.class).toInstant();
        return new Stored(new User(rs.getString(1), Role.parse(rs.getString(3)), created, rs.getString(5)),
                rs.getString(2));
    }

    private record Stored(User user, String hash) {
    }
}
