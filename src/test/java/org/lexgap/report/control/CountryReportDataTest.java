package org.lexgap.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.assessment.entity.CriterionResult;
import org.lexgap.json.Mappers;
import org.lexgap.report.entity.CountryReport;
import org.lexgap.report.entity.ReportFormat;
import org.lexgap.report.entity.UnverifiedFact;

/** The CSV, the JSON and the annex of unverified facts of fixture countries. */
class CountryReportDataTest {

    @TempDir
    static Path temp;

    static ReportFixtures fixtures;

    @BeforeAll
    static void load() {
        fixtures = new ReportFixtures(temp);
    }

    @Test
    void theCsvHasOneRowPerCriterionWithItsLevelAndStatus() throws Exception {
        CountryReport report = fixtures.report("XC");
        List<Map<String, String>> rows = csv(ReportRenderer.render(report, ReportFormat.CSV));

        List<CriterionResult> criteria = report.assessment().criteria();
        assertEquals(criteria.size(), rows.size());
        for (int i = 0; i < criteria.size(); i++) {
            assertEquals(criteria.get(i).id(), rows.get(i).get("criterion"));
            assertEquals(criteria.get(i).level().code(), rows.get(i).get("level"));
            assertEquals("auto", rows.get(i).get("status"));
            assertEquals("XC", rows.get(i).get("country"));
        }
        Map<String, String> jur = rows.stream().filter(r -> r.get("criterion").equals("JUR-EXTRATERRITORIAL"))
                .findFirst().orElseThrow();
        assertEquals("0", jur.get("level"));
        assertTrue(jur.get("evidence").contains("s. 1"), jur.get("evidence"));
        assertTrue(jur.get("requiredBy").contains("CETS 216"), jur.get("requiredBy"));
    }

    @Test
    void aCsvCellWithCommasQuotesAndNewlinesParsesBack() throws Exception {
        List<Map<String, String>> rows = csv(ReportRenderer.render(fixtures.report("XF"), ReportFormat.CSV));

        Map<String, String> medical = rows.stream().filter(r -> r.get("criterion").equals("LIAB-MEDICAL"))
                .findFirst().orElseThrow();
        assertTrue(medical.get("recommendedAction").contains(","), "a cell with commas survives");
    }

    @Test
    void theJsonHoldsTheAssessmentAsTheApiGivesIt() throws Exception {
        CountryReport report = fixtures.report("XA");
        JsonNode json = Mappers.json().readTree(ReportRenderer.render(report, ReportFormat.JSON));

        assertEquals(Mappers.json().valueToTree(report.assessment()), json.get("assessment"));
        assertEquals("lexgap-XA-thbor-1.0", json.get("report").asText());
        assertEquals("2026-11-29T10:00:00Z", json.get("generated").asText());
        assertEquals(report.unverifiedFacts().size(), json.get("unverifiedFacts").size());
    }

    @Test
    void theAnnexListsEveryUnverifiedFactOfTheCountryAndTheChecklist() {
        CountryReport report = fixtures.report("XA");
        List<UnverifiedFact> facts = report.unverifiedFacts();

        assertTrue(has(facts, UnverifiedFact.MEMBERSHIP, "XA"));
        assertTrue(has(facts, UnverifiedFact.TREATY_STATUS, "cets-164"));
        assertTrue(has(facts, UnverifiedFact.TREATY_STATUS, "cets-186"));
        assertTrue(has(facts, UnverifiedFact.PROVISION, "xa-cc/s-30"));
        assertTrue(has(facts, UnverifiedFact.LEGAL_BASIS, "CRIM-THB-OR"), "eu-2011-36/art-2 para. 1");
        long national = facts.stream().filter(f -> !f.kind().equals(UnverifiedFact.LEGAL_BASIS)).count();
        assertEquals(org.lexgap.corpus.control.FactCount.of(fixtures.corpus.country("XA").orElseThrow())
                .unverified(), national, "the annex lists as many national facts as FactCount counts");
        assertTrue(has(fixtures.report("XF").unverifiedFacts(), UnverifiedFact.STATUTE, "xf-ck"));
        List<UnverifiedFact> amended = fixtures.report("XG").unverifiedFacts();
        assertTrue(amended.stream().anyMatch(f -> f.kind().equals(UnverifiedFact.AMENDMENT)
                && f.description().equals("CC 2015 amended by Act No. 9 of 2020 (in force 2020-07-01): Raised the "
                        + "penalties for illicit organ removal.")), amended.toString());
        assertEquals(org.lexgap.corpus.control.FactCount.of(fixtures.corpus.country("XG").orElseThrow()).unverified(),
                amended.stream().filter(f -> !f.kind().equals(UnverifiedFact.LEGAL_BASIS)).count());
    }

    @Test
    void aReviewedFindingShowsItsStatusAndTheReviewersRationale() {
        org.lexgap.corpus.control.CountryProfile xa = fixtures.corpus.country("XA").orElseThrow();
        org.lexgap.assessment.entity.Finding finding = new org.lexgap.assessment.entity.Finding("XA", "CRIM-CONSENT",
                org.lexgap.assessment.entity.Level.PARTLY, org.lexgap.assessment.entity.Status.APPROVED,
                List.of("xa-cc/s-20"), "Consent is addressed only for adults <em>in s. 20</em>.", List.of(),
                "reviewer", "approver", "1.0", ReportFixtures.NOW);
        CountryReport report = fixtures.reports.country(fixtures.engine.assess(xa, fixtures.checklist,
                Map.of("CRIM-CONSENT", finding)), xa, fixtures.checklist);

        String html = new String(ReportRenderer.render(report, ReportFormat.HTML), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("Reviewer&#39;s rationale"), "the rationale is labelled as the reviewer's");
        assertTrue(html.contains("Consent is addressed only for adults &lt;em&gt;in s. 20&lt;/em&gt;."));
        assertTrue(html.contains("<tr><td>approved</td><td class=\"num\">1</td>"), "the cover counts it");
        assertTrue(html.contains("(the engine proposed unknown)"), "the engine's own level stays visible");
        List<Map<String, String>> rows;
        try {
            rows = csv(ReportRenderer.render(report, ReportFormat.CSV));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertEquals("approved", rows.stream().filter(r -> r.get("criterion").equals("CRIM-CONSENT")).findFirst()
                .orElseThrow().get("status"));
    }

    private static boolean has(List<UnverifiedFact> facts, String kind, String id) {
        return facts.stream().anyMatch(f -> f.kind().equals(kind) && f.id().equals(id));
    }

    static List<Map<String, String>> csv(byte[] bytes) throws Exception {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(bytes)) {
            return it.readAll();
        }
    }
}
