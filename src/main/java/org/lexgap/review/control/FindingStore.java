package org.lexgap.review.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.lexgap.assessment.entity.Status;
import org.lexgap.review.entity.FindingKey;
import org.lexgap.review.entity.HistoryEntry;
import org.lexgap.review.entity.StoredFinding;
import org.lexgap.store.Database;
import org.lexgap.store.StoreException;
import org.lexgap.store.StoredJson;

/**
 * Findings in the database with optimistic concurrency: a change names the version it was based on and fails
 * (412) when another change came first; each change and its history row are one transaction.
 */
public final class FindingStore {

    private static final String COLUMNS = "country, checklist, criterion, checklist_version, finding_level, status, "
            + "evidence, rationale, sources, author, co_authors, approver, row_version, updated_at, updated_by";

    private final Database db;

    public FindingStore(Database db) {
        this.db = db;
    }

    public Optional<StoredFinding> find(FindingKey key) {
        return db.transaction(c -> select(c, key, false));
    }

    public List<StoredFinding> list(String country, String checklist) {
        return db.transaction(c -> {
            List<StoredFinding> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM findings "
                    + "WHERE country = ? AND checklist = ? ORDER BY criterion")) {
                s.setString(1, country);
                s.setString(2, checklist);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(FindingRows.read(rs));
                    }
                }
            }
            return found;
        });
    }

    /**
     * Creates or changes a finding under the rule of {@link Precondition}: {@code actor} becomes the author of a new
     * finding, a co-author of an existing one written by someone else.
     */
    public StoredFinding save(FindingKey key, String checklistVersion, ValidFinding content, Precondition pre,
                              String actor) {
        AtomicBoolean creating = new AtomicBoolean();
        try {
            return db.transaction(c -> {
                Optional<StoredFinding> current = select(c, key, true);
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                creating.set(current.isEmpty());
                if (current.isEmpty()) {
                    if (pre.ifMatch().isPresent() || pre.ifMatchAny()) {
                        throw new ReviewException(ReviewException.Kind.STALE, "There is no finding for " + key
                                + " yet; create it without If-Match (or with If-None-Match: *).");
                    }
                    StoredFinding created = new StoredFinding(key.country(), key.checklist(), key.criterion(),
                            checklistVersion, content.level(), content.status(), content.evidence(),
                            content.rationale(), content.sources(), actor, List.of(), null, 1, now, actor);
                    insert(c, created);
                    history(c, "create", null, created);
                    return created;
                }
                StoredFinding before = checkVersion(current.get(), pre);
                StoredFinding after = new StoredFinding(key.country(), key.checklist(), key.criterion(),
                        checklistVersion, content.level(), content.status(), content.evidence(), content.rationale(),
                        content.sources(), before.author(), coAuthors(before, actor), null, before.version() + 1,
                        now, actor);
                update(c, before.version(), after);
                history(c, "update", before, after);
                return after;
            }, ReviewException.class);
        } catch (StoreException e) {
            // two creations at once: the second insert meets the first one's key (a change never gets here)
            if (creating.get() && e.getCause() instanceof SQLException sql && StoreException.isUniqueViolation(sql)) {
                throw new ReviewException(ReviewException.Kind.STALE, "Another reviewer created " + key
                        + " at the same moment; read it and send its ETag in If-Match.", find(key).orElse(null));
            }
            throw e;
        }
    }

    /** Approves a reviewed finding: only someone who wrote none of it (author or co-author) may (four eyes). */
    public StoredFinding approve(FindingKey key, Precondition pre, String actor) {
        return db.transaction(c -> {
            StoredFinding before = select(c, key, true).orElseThrow(() -> new ReviewException(
                    ReviewException.Kind.NOT_FOUND, "No finding for " + key + " to approve."));
            checkVersion(before, pre);
            if (before.status() != Status.REVIEWED) {
                throw new ReviewException(ReviewException.Kind.CONFLICT, "Only a finding with status 'reviewed' can "
                        + "be approved; this one is '" + before.status().code() + "'.", before);
            }
            if (before.writers().contains(actor)) {
                throw new ReviewException(ReviewException.Kind.FOUR_EYES, "Four eyes: '" + actor + "' wrote this "
                        + "finding (its writers: " + String.join(", ", before.writers()) + ") and may not approve "
                        + "it; another reviewer must.", before);
            }
            StoredFinding after = new StoredFinding(before.country(), before.checklist(), before.criterion(),
                    before.checklistVersion(), before.level(), Status.APPROVED, before.evidence(),
                    before.rationale(), before.sources(), before.author(), before.coAuthors(), actor,
                    before.version() + 1,
                    Instant.now().truncatedTo(ChronoUnit.MICROS), actor);
            update(c, before.version(), after);
            history(c, "approve", before, after);
            return after;
        }, ReviewException.class);
    }

    /**
     * Sets each finding whose history holds a newer version than its row back to that newest version: the
     * history records what was acknowledged. Rows fell behind when H2 rolled back a refused write that held the
     * row's lock (see {@link Database#transaction(Database.Work, Class)}); from then on every change collided
     * with the history. Returns the findings restored.
     */
    public List<FindingKey> restoreFromHistory() {
        return db.transaction(c -> {
            List<FindingKey> restored = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT f.row_version, h.after_json FROM findings f "
                    + "JOIN finding_history h ON h.country = f.country AND h.checklist = f.checklist "
                    + "AND h.criterion = f.criterion WHERE h.row_version > f.row_version AND h.row_version = "
                    + "(SELECT MAX(x.row_version) FROM finding_history x WHERE x.country = f.country "
                    + "AND x.checklist = f.checklist AND x.criterion = f.criterion)");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    StoredFinding newest = StoredJson.read(rs.getString(2), StoredFinding.class);
                    update(c, rs.getLong(1), newest);
                    restored.add(new FindingKey(newest.country(), newest.checklist(), newest.criterion()));
                }
            }
            return restored;
        });
    }

    /** Every recorded change of a finding, oldest first. */
    public List<HistoryEntry> history(FindingKey key) {
        return db.transaction(c -> {
            List<HistoryEntry> entries = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT row_version, action, changed_by, changed_at, "
                    + "before_json, after_json FROM finding_history WHERE country = ? AND checklist = ? "
                    + "AND criterion = ? ORDER BY row_version")) {
                FindingRows.bind(s, key);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant(), StoredJson.tree(rs.getString(5)),
                                StoredJson.tree(rs.getString(6))));
                    }
                }
            }
            return entries;
        });
    }

    private static StoredFinding checkVersion(StoredFinding current, Precondition pre) {
        if (pre.ifNoneMatchAny()) {
            throw new ReviewException(ReviewException.Kind.STALE, "The finding exists already (version "
                    + current.version() + "); change it with If-Match: \"" + current.version() + "\".", current);
        }
        if (pre.ifMatch().isEmpty()) {
            throw new ReviewException(ReviewException.Kind.PRECONDITION_REQUIRED, "Changing a finding needs "
                    + "If-Match with its ETag (GET it first); If-Match: * is not accepted.", current);
        }
        if (pre.ifMatch().getAsLong() != current.version()) {
            throw new ReviewException(ReviewException.Kind.STALE, "The finding was changed meanwhile: you sent "
                    + "version " + pre.ifMatch().getAsLong() + ", the current one is " + current.version()
                    + ". Read it again, merge, and send If-Match: \"" + current.version() + "\".", current);
        }
        return current;
    }

    private static Optional<StoredFinding> select(Connection c, FindingKey key, boolean forUpdate)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM findings WHERE country = ? "
                + "AND checklist = ? AND criterion = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            FindingRows.bind(s, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(FindingRows.read(rs)) : Optional.empty();
            }
        }
    }

    private static void insert(Connection c, StoredFinding f) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO findings (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, f.country());
            s.setString(2, f.checklist());
            s.setString(3, f.criterion());
            s.setString(4, f.checklistVersion());
            FindingRows.setContent(s, 5, f);
            s.setLong(13, f.version());
            s.setObject(14, OffsetDateTime.ofInstant(f.updated(), ZoneOffset.UTC));
            s.setString(15, f.updatedBy());
            s.executeUpdate();
        }
    }

    private static void update(Connection c, long expectedVersion, StoredFinding f) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE findings SET checklist_version = ?, finding_level = ?, "
                + "status = ?, evidence = ?, rationale = ?, sources = ?, author = ?, co_authors = ?, approver = ?, "
                + "row_version = ?, updated_at = ?, updated_by = ? WHERE country = ? AND checklist = ? "
                + "AND criterion = ? AND row_version = ?")) {
            s.setString(1, f.checklistVersion());
            FindingRows.setContent(s, 2, f);
            s.setLong(10, f.version());
            s.setObject(11, OffsetDateTime.ofInstant(f.updated(), ZoneOffset.UTC));
            s.setString(12, f.updatedBy());
            s.setString(13, f.country());
            s.setString(14, f.checklist());
            s.setString(15, f.criterion());
            s.setLong(16, expectedVersion);
            if (s.executeUpdate() != 1) {
                throw new ReviewException(ReviewException.Kind.STALE, "The finding was changed meanwhile; read it "
                        + "again and retry with its new ETag.");
            }
        }
    }

    private static void history(Connection c, String action, StoredFinding before, StoredFinding after)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO finding_history (country, checklist, criterion, "
                + "row_version, action, changed_by, changed_at, before_json, after_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, after.country());
            s.setString(2, after.checklist());
            s.setString(3, after.criterion());
            s.setLong(4, after.version());
            s.setString(5, action);
            s.setString(6, after.updatedBy());
            s.setObject(7, OffsetDateTime.ofInstant(after.updated(), ZoneOffset.UTC));
            s.setString(8, before == null ? null : StoredJson.write(before));
            s.setString(9, StoredJson.write(after));
            s.executeUpdate();
        }
    }

    /** The co-authors after {@code actor} changed the content: {@code actor} joins them unless already a writer. */
    static List<String> coAuthors(StoredFinding before, String actor) {
        if (before.writers().contains(actor)) {
            return before.coAuthors();
        }
        List<String> coAuthors = new ArrayList<>(before.coAuthors());
        coAuthors.add(actor);
        return List.copyOf(coAuthors);
    }
}
