package org.lexgap.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
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

/** Findings in H2 and PostgreSQL: no lost update, every change in the history, four eyes. */
class FindingStoreTest {

    static final FindingKey KEY = new FindingKey("XA", "thbor", "JUR-EXTRATERRITORIAL");

    @TempDir
    Path temp;

    Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    FindingStore open(String kind) {
        db = Database.open(TestDatabases.fresh(kind, temp));
        return new FindingStore(db);
    }

    static ValidFinding content(Level level, Status status, String rationale) {
        return new ValidFinding(level, status, List.of("xa-cc/art-5"), rationale, List.of("https://example.org/xa"));
    }

    static Precondition ifMatch(long version) {
        return new Precondition(OptionalLong.of(version), false, false);
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void twoReviewersEditingTheSameVersionLoseNothingTheSecondGets412(String kind) throws Exception {
        FindingStore store = open(kind);
        StoredFinding first = store.save(KEY, "1.0", content(Level.PARTLY, Status.DRAFT, "general rule only"),
                Precondition.NONE, "alice");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> results = new ArrayList<>();
        for (String who : List.of("bob", "carol")) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    return store.save(KEY, "1.0", content(Level.FULLY, Status.DRAFT, who + " found an express rule"),
                            ifMatch(first.version()), who);
                } catch (ReviewException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        List<StoredFinding> saved = outcomes.stream().filter(StoredFinding.class::isInstance)
                .map(StoredFinding.class::cast).toList();
        List<ReviewException> refused = outcomes.stream().filter(ReviewException.class::isInstance)
                .map(ReviewException.class::cast).toList();
        assertEquals(1, saved.size(), outcomes.toString());
        assertEquals(1, refused.size(), outcomes.toString());
        assertEquals(ReviewException.Kind.STALE, refused.get(0).kind());
        StoredFinding current = store.find(KEY).orElseThrow();
        assertEquals(saved.get(0), current);
        assertEquals(2, current.version());
        List<HistoryEntry> history = store.history(KEY);
        assertEquals(List.of(1L, 2L), history.stream().map(HistoryEntry::version).toList());
        assertEquals(current.updatedBy(), history.get(1).changedBy());
        assertEquals("alice", current.author(), "the original author stays");
        assertEquals(List.of(current.updatedBy()), current.coAuthors());
        assertEquals("general rule only", history.get(1).before().get("rationale").asText());
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void aStaleWriteIsRefusedWithTheCurrentVersionAndChangesNothing(String kind) {
        FindingStore store = open(kind);
        store.save(KEY, "1.0", content(Level.PARTLY, Status.DRAFT, "first"), Precondition.NONE, "alice");
        store.save(KEY, "1.0", content(Level.FULLY, Status.DRAFT, "second"), ifMatch(1), "bob");

        ReviewException stale = assertThrows(ReviewException.class, () -> store.save(KEY, "1.0",
                content(Level.NOT_MET, Status.DRAFT, "based on the first"), ifMatch(1), "alice"));
        assertEquals(ReviewException.Kind.STALE, stale.kind());
        assertEquals(2, stale.current().version());
        assertEquals("second", store.find(KEY).orElseThrow().rationale());

        ReviewException missing = assertThrows(ReviewException.class, () -> store.save(KEY, "1.0",
                content(Level.NOT_MET, Status.DRAFT, "blind"), Precondition.NONE, "alice"));
        assertEquals(ReviewException.Kind.PRECONDITION_REQUIRED, missing.kind());
        ReviewException star = assertThrows(ReviewException.class, () -> store.save(KEY, "1.0",
                content(Level.NOT_MET, Status.DRAFT, "blind"), new Precondition(OptionalLong.empty(), true, false),
                "alice"));
        assertEquals(ReviewException.Kind.PRECONDITION_REQUIRED, star.kind());
        ReviewException createOnly = assertThrows(ReviewException.class, () -> store.save(KEY, "1.0",
                content(Level.NOT_MET, Status.DRAFT, "blind"), Precondition.parse(null, "*"), "alice"));
        assertEquals(ReviewException.Kind.STALE, createOnly.kind());
        assertEquals(2, store.history(KEY).size());
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void aNewFindingIsNotCreatedAgainstAVersionThatDoesNotExist(String kind) {
        FindingStore store = open(kind);
        ReviewException e = assertThrows(ReviewException.class, () -> store.save(KEY, "1.0",
                content(Level.FULLY, Status.DRAFT, "x"), ifMatch(3), "alice"));
        assertEquals(ReviewException.Kind.STALE, e.kind());
        assertTrue(store.find(KEY).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void reSavingAColleaguesTextMakesACoAuthorAndNeitherMayApprove(String kind) {
        FindingStore store = open(kind);
        store.save(KEY, "1.0", content(Level.FULLY, Status.REVIEWED, "alice's wording"), Precondition.NONE, "alice");
        StoredFinding resaved = store.save(KEY, "1.0", content(Level.FULLY, Status.REVIEWED, "alice's wording"),
                ifMatch(1), "bob");
        assertEquals("alice", resaved.author());
        assertEquals(List.of("bob"), resaved.coAuthors());

        for (String writer : List.of("alice", "bob")) {
            ReviewException e = assertThrows(ReviewException.class, () -> store.approve(KEY, ifMatch(2), writer));
            assertEquals(ReviewException.Kind.FOUR_EYES, e.kind(), writer);
        }
        StoredFinding again = store.save(KEY, "1.0", content(Level.FULLY, Status.REVIEWED, "alice's wording, kept"),
                ifMatch(2), "alice");
        assertEquals(List.of("bob"), again.coAuthors(), "a writer is listed once");
        StoredFinding approved = store.approve(KEY, ifMatch(3), "carol");
        assertEquals("carol", approved.approver());
        assertEquals(List.of("alice", "bob"), approved.writers());
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void approvalNeedsAReviewedFindingAndAnotherPersonAndTheHistoryHoldsEveryStep(String kind) {
        FindingStore store = open(kind);
        store.save(KEY, "1.0", content(Level.FULLY, Status.DRAFT, "draft"), Precondition.NONE, "alice");
        ReviewException notReviewed = assertThrows(ReviewException.class, () -> store.approve(KEY, ifMatch(1), "bob"));
        assertEquals(ReviewException.Kind.CONFLICT, notReviewed.kind());

        store.save(KEY, "1.0", content(Level.FULLY, Status.REVIEWED, "ready"), ifMatch(1), "alice");
        ReviewException ownWork = assertThrows(ReviewException.class, () -> store.approve(KEY, ifMatch(2), "alice"));
        assertEquals(ReviewException.Kind.FOUR_EYES, ownWork.kind());
        assertThrows(ReviewException.class, () -> store.approve(KEY, ifMatch(1), "bob"));

        StoredFinding approved = store.approve(KEY, ifMatch(2), "bob");
        assertEquals(Status.APPROVED, approved.status());
        assertEquals("alice", approved.author());
        assertEquals("bob", approved.approver());

        StoredFinding changed = store.save(KEY, "1.0", content(Level.PARTLY, Status.DRAFT, "reconsidered"),
                ifMatch(3), "bob");
        assertEquals(Status.DRAFT, changed.status());
        assertNull(changed.approver(), "a change withdraws the approval");

        List<HistoryEntry> history = store.history(KEY);
        assertEquals(List.of("create", "update", "approve", "update"),
                history.stream().map(HistoryEntry::action).toList());
        assertEquals(List.of("alice", "alice", "bob", "bob"), history.stream().map(HistoryEntry::changedBy).toList());
        assertNull(history.get(0).before());
        for (int i = 1; i < history.size(); i++) {
            assertEquals(history.get(i - 1).after(), history.get(i).before(), "entry " + i + " starts where the "
                    + "previous ended");
        }
        assertEquals("approved", history.get(2).after().get("status").asText());
    }
}
