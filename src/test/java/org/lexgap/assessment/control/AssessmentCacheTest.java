package org.lexgap.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.assessment.entity.Finding;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusFixtures;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Checklist;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.corpus.entity.TextStatus;

/** An assessment is made once per inputs: an import recomputes the State it touched, a finding its own State. */
class AssessmentCacheTest {

    @TempDir
    static Path temp;

    static Corpus corpus;
    static Checklist checklist;
    static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    @BeforeAll
    static void load() {
        CorpusFixtures.copyTree(CorpusFixtures.SHIPPED.resolve("instruments"), temp.resolve("instruments"));
        CorpusFixtures.copyTree(CorpusFixtures.SHIPPED.resolve("checklists"), temp.resolve("checklists"));
        CorpusFixtures.copyTree(CorpusFixtures.FIXTURES.resolve("assessment/national-laws"),
                temp.resolve("national-laws"));
        corpus = CorpusLoader.load(temp);
        checklist = corpus.checklist("thbor").orElseThrow();
    }

    final AssessmentCache cache = new AssessmentCache();
    final AtomicInteger made = new AtomicInteger();

    Assessment assess(Corpus c, String code, Map<String, Finding> findings, LocalDate day) {
        CountryProfile country = c.country(code).orElseThrow();
        return cache.get(new AssessmentCache.Key(code, checklist.id(), checklist.version()),
                new AssessmentCache.Inputs(c, country, findings, day), () -> {
                    made.incrementAndGet();
                    return new AssessmentEngine(c).assess(country, checklist, findings);
                });
    }

    @Test
    void theSameInputsGiveTheSameAssessmentAndNewFindingsOrANewDayANewOne() {
        Assessment first = assess(corpus, "XA", Map.of(), TODAY);
        assertSame(first, assess(corpus, "XA", Map.of(), TODAY));
        assertEquals(1, made.get());

        Finding finding = new Finding("XA", "JUR-EXTRATERRITORIAL", Level.NOT_MET, Status.REVIEWED, List.of(),
                "a reviewer disagrees", List.of(), "alice", null, checklist.version(),
                Instant.parse("2026-11-30T00:00:00Z"), Finding.STORE);
        Assessment reviewed = assess(corpus, "XA", Map.of(finding.criterion(), finding), TODAY);
        assertEquals(2, made.get());
        assertEquals(Level.NOT_MET, reviewed.criteria().stream().filter(r -> r.id().equals(finding.criterion()))
                .findFirst().orElseThrow().level());
        assess(corpus, "XA", Map.of(finding.criterion(), finding), TODAY.plusDays(1));
        assertEquals(3, made.get());
    }

    @Test
    void anImportRecomputesOnlyTheStateItTouched() {
        Assessment xa = assess(corpus, "XA", Map.of(), TODAY);
        Assessment xb = assess(corpus, "XB", Map.of(), TODAY);
        Provision imported = new Provision("xb-new/art-1", "xb-new", "New act", "XB", "1", "Organ trade",
                "Organ trade", "New act, art. 1", "", List.of(), List.of(), List.of(), List.of(), false,
                "https://example.org/xb", "Whoever sells a human organ shall be punished.", "en",
                TextStatus.OFFICIAL, null, null, true);
        Corpus after = corpus.withImported(List.of(imported));

        assertSame(xa, assess(after, "XA", Map.of(), TODAY), "XA's provisions did not change");
        Assessment xbAfter = assess(after, "XB", Map.of(), TODAY);
        assertEquals(3, made.get(), "only XB is made again");
        assertEquals(xb.country(), xbAfter.country());
        assertSame(xbAfter, assess(after, "XB", Map.of(), TODAY));
    }

    @Test
    void manyAskingAtOnceMakeItOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Assessment>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return assess(corpus, "XC", Map.of(), TODAY);
            }));
        }
        start.countDown();
        Assessment first = answers.get(0).get();
        for (Future<Assessment> answer : answers) {
            assertSame(first, answer.get());
        }
        pool.shutdown();
        assertEquals(1, made.get());
    }
}
