package org.lexgap.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.assessment.entity.Finding;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusFixtures;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.review.entity.FindingInput;
import org.lexgap.review.entity.StoredFinding;

/** Every field of a finding is checked against the fixture corpus; and newer stored findings beat published ones. */
class FindingValidatorTest {

    @TempDir
    static Path temp;

    static Corpus corpus;
    static Criterion jurisdiction;

    @BeforeAll
    static void load() {
        corpus = CorpusLoader.load(CorpusFixtures.copyOfValid(temp));
        jurisdiction = corpus.checklist("mini").orElseThrow().areas().get(0).criteria().get(0);
    }

    @Test
    void acceptsALevelOfTheScaleWithTheCountrysAndInstrumentProvisions() {
        ValidFinding valid = new FindingValidator(corpus).validate("ZZ", jurisdiction, new FindingInput("1",
                List.of("zz-penal/s-7", "treaty-a/art-2", "zz-penal/s-7"), "  General rule on nationals abroad. ",
                List.of("https://example.org/zz"), "reviewed"));

        assertEquals(Level.PARTLY, valid.level());
        assertEquals(Status.REVIEWED, valid.status());
        assertEquals(List.of("zz-penal/s-7", "treaty-a/art-2"), valid.evidence());
        assertEquals("General rule on nationals abroad.", valid.rationale());
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        ReviewException e = assertThrows(ReviewException.class, () -> new FindingValidator(corpus).validate("ZZ",
                jurisdiction, new FindingInput("3", List.of("zz-penal/s-999", "de-stgb/s-5"), "short",
                        List.of(""), "approved")));

        assertEquals(ReviewException.Kind.INVALID, e.kind());
        for (String part : new String[] {"level: one of 2, 1, 0", "status:", "zz-penal/s-999", "de-stgb/s-5",
            "rationale: 10 to 4000", "sources:"}) {
            assertTrue(e.getMessage().contains(part), part + " in " + e.getMessage());
        }
    }

    @Test
    void refusesInvisibleCharactersAndSourcesThatAreNotWebAddresses() {
        FindingValidator validator = new FindingValidator(corpus);
        for (String bad : new String[] {"\u0000", "\u0007", "\u001B", "\uFFFE", "\uD800"}) {
            ReviewException e = assertThrows(ReviewException.class, () -> validator.validate("ZZ", jurisdiction,
                    new FindingInput("2", List.of(), "a bell " + bad + " in the rationale", List.of(), null)));
            assertTrue(e.getMessage().contains("rationale: the invisible character U+"), e.getMessage());
            assertTrue(e.getMessage().contains("at position 8"), e.getMessage());
        }
        for (String source : new String[] {"javascript:alert(1)", "data:text/html,x", "ftp://example.org/x"}) {
            ReviewException e = assertThrows(ReviewException.class, () -> validator.validate("ZZ", jurisdiction,
                    new FindingInput("2", List.of(), "a long enough rationale", List.of(source), null)));
            assertTrue(e.getMessage().contains("sources: each an http:// or https:// address"), e.getMessage());
        }
        assertEquals("line one\nline two\tend", validator.validate("ZZ", jurisdiction, new FindingInput("2",
                List.of(), "line one\r\nline two\tend", List.of("https://example.org/x"), null)).rationale());
    }

    @Test
    void refusesAnUnknownLevelAndAMissingEvidenceList() {
        FindingValidator validator = new FindingValidator(corpus);
        assertThrows(ReviewException.class, () -> validator.validate("ZZ", jurisdiction,
                new FindingInput("unknown", List.of(), "a long enough rationale", List.of(), null)));
        assertThrows(ReviewException.class, () -> validator.validate("ZZ", jurisdiction,
                new FindingInput("2", null, "a long enough rationale", List.of(), null)));
        assertThrows(ReviewException.class, () -> validator.validate("ZZ", jurisdiction,
                new FindingInput("2", List.of(), "x".repeat(4001), List.of(), null)));
        assertEquals(Level.NOT_APPLICABLE, validator.validate("ZZ", jurisdiction,
                new FindingInput("not-applicable", List.of(), "no such offence exists", null, null)).level());
    }

    @Test
    void aStoredFindingReplacesThePublishedOneOnlyWhenNewer() {
        Instant published = Instant.parse("2026-06-01T00:00:00Z");
        Map<String, Finding> baseline = Map.of(
                "A", finding("A", published), "B", finding("B", published));
        List<StoredFinding> stored = List.of(stored("A", published.plusSeconds(1)),
                stored("B", published.minusSeconds(1)), stored("C", published));

        Map<String, Finding> merged = ReviewService.merge(baseline, stored);

        assertEquals(Finding.STORE, merged.get("A").source());
        assertEquals(Finding.PUBLISHED, merged.get("B").source());
        assertEquals(Finding.STORE, merged.get("C").source());
    }

    private static Finding finding(String criterion, Instant updated) {
        return new Finding("ZZ", criterion, Level.FULLY, Status.APPROVED, List.of(), "published rationale",
                List.of(), "a", "b", "1.0", updated, Finding.PUBLISHED);
    }

    private static StoredFinding stored(String criterion, Instant updated) {
        return new StoredFinding("ZZ", "mini", criterion, "1.0", Level.NOT_MET, Status.DRAFT, List.of(),
                "stored rationale", List.of(), "c", List.of(), null, 1, updated, "c");
    }
}
