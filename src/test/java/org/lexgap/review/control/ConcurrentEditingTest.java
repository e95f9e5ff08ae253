package org.lexgap.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;
import org.lexgap.review.entity.FindingKey;
import org.lexgap.review.entity.HistoryEntry;
import org.lexgap.review.entity.StoredFinding;
import org.lexgap.store.Database;
import org.lexgap.store.TestDatabases;

/**
 * Eight reviewers reading a finding and changing it with If-Match at once, on H2 and PostgreSQL: every
 * acknowledged change is in the history, the stored finding is the last acknowledged one, and a refusal always
 * names a version other than the one sent. The run lasts 3 s; {@code -Dlexgap.test.edit-seconds=30} for longer.
 */
class ConcurrentEditingTest {

    static final FindingKey KEY = new FindingKey("XA", "thbor", "JUR-EXTRATERRITORIAL");
    static final int CLIENTS = 8;

    @TempDir
    Path temp;

    Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    static ValidFinding text(String rationale) {
        return new ValidFinding(Level.FULLY, Status.DRAFT, List.of(), rationale, List.of());
    }

    static Precondition ifMatch(long version) {
        return new Precondition(OptionalLong.of(version), false, false);
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void eightReviewersLoseNoAcknowledgedChange(String kind) throws Exception {
        db = Database.open(TestDatabases.fresh(kind, temp));
        FindingStore store = new FindingStore(db);
        store.save(KEY, "1.0", text("first version"), Precondition.NONE, "r0");
        Duration run = Duration.ofSeconds(Long.getLong("lexgap.test.edit-seconds", 3));
        long until = System.nanoTime() + run.toNanos();
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        List<String> wrongRefusals = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String reviewer = "r" + i;
            clients.add(pool.submit(() -> {
                for (int n = 0; System.nanoTime() < until; n++) {
                    long read = store.find(KEY).orElseThrow().version();
                    String rationale = reviewer + " change " + n;
                    try {
                        acknowledged.put(store.save(KEY, "1.0", text(rationale), ifMatch(read), reviewer).version(),
                                rationale);
                    } catch (ReviewException e) {
                        if (e.current() == null || e.current().version() == read) {
                            synchronized (wrongRefusals) {
                                wrongRefusals.add(e.kind() + " for version " + read + ": " + e.getMessage());
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();

        assertTrue(wrongRefusals.isEmpty(), "a write with the current version was refused: " + wrongRefusals);
        StoredFinding stored = store.find(KEY).orElseThrow();
        long lastAcknowledged = acknowledged.keySet().stream().mapToLong(Long::longValue).max().orElse(1);
        assertEquals(lastAcknowledged, stored.version(), "the stored finding is the last acknowledged one");
        assertEquals(acknowledged.get(lastAcknowledged), stored.rationale());
        List<HistoryEntry> history = store.history(KEY);
        assertEquals(stored.version(), history.get(history.size() - 1).version());
        for (HistoryEntry entry : history) {
            String acked = acknowledged.get(entry.version());
            if (acked != null) {
                assertEquals(acked, entry.after().get("rationale").asText(), "version " + entry.version());
            }
        }
        assertEquals(acknowledged.size() + 1, history.size(), "one history entry per acknowledged change");
        StoredFinding next = store.save(KEY, "1.0", text("after the run"), ifMatch(stored.version()), "r9");
        assertEquals(stored.version() + 1, next.version());
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void aRowLeftBehindItsHistoryIsRestoredAndCanBeChangedAgain(String kind) {
        db = Database.open(TestDatabases.fresh(kind, temp));
        FindingStore store = new FindingStore(db);
        store.save(KEY, "1.0", text("first version"), Precondition.NONE, "r0");
        StoredFinding second = store.save(KEY, "1.0", text("second version, acknowledged"), ifMatch(1), "r1");
        // what the H2 rollback defect left behind: the row back at version 1, the history at version 2
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE findings SET row_version = 1, "
                    + "rationale = 'first version'")) {
                return s.executeUpdate();
            }
        });
        RuntimeException collides = assertThrows(RuntimeException.class,
                () -> store.save(KEY, "1.0", text("third"), ifMatch(1), "r2"));
        assertFalse(collides instanceof ReviewException r && r.kind() == ReviewException.Kind.STALE,
                "a change that meets its own history is not reported as somebody else's creation");

        assertEquals(List.of(KEY), store.restoreFromHistory());
        assertEquals(second, store.find(KEY).orElseThrow());
        assertEquals(List.of(), store.restoreFromHistory());
        assertNotEquals(second.version(), store.save(KEY, "1.0", text("third version"), ifMatch(2), "r2").version());
    }
}
