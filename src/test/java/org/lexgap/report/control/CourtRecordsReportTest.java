package org.lexgap.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.assessment.entity.CriterionResult;
import org.lexgap.json.Mappers;
import org.lexgap.report.entity.CountryReport;
import org.lexgap.report.entity.ReportFormat;
import org.lexgap.report.entity.UnverifiedFact;

/** Every report format has the "Decisions" and "What monitoring bodies found" sections, and per criterion. */
class CourtRecordsReportTest {

    @TempDir
    static Path temp;

    static ReportFixtures fixtures;
    static CountryReport report;

    @BeforeAll
    static void load() {
        fixtures = new ReportFixtures(temp);
        report = fixtures.report("XF");
    }

    @Test
    void theAssessmentListsDecisionsAndObservationsBesideTheLevelWithoutChangingIt() {
        CriterionResult medical = criterion("LIAB-MEDICAL");
        assertEquals(List.of("xf-city-court-2022-clinic"), medical.decisions().stream().map(d -> d.id()).toList());
        assertEquals(List.of("xf-cedaw-2021-n"), medical.observations().stream().map(o -> o.id()).toList());
        CriterionResult plain = fixtures.engine.assess(fixtures.corpus.country("XF").orElseThrow(), fixtures.checklist,
                Map.of()).criteria().stream().filter(c -> c.id().equals("LIAB-MEDICAL")).findFirst().orElseThrow();
        assertEquals(plain.level(), medical.level());
        assertEquals(plain.reason(), medical.reason());
        assertEquals(List.of(), criterion("JUR-EXTRATERRITORIAL").decisions());
    }

    @Test
    void theHtmlHasBothSectionsWithTheirFactsAsText() {
        String html = new String(ReportRenderer.render(report, ReportFormat.HTML), StandardCharsets.UTF_8);

        assertTrue(html.contains("<h2>Decisions</h2>"), "Decisions section");
        assertTrue(html.contains("<h2>What monitoring bodies found</h2>"), "observations section");
        assertTrue(html.contains("State v. Clinic &lt;b&gt;owner&lt;/b&gt;"), "markup in a name is text");
        assertTrue(html.contains("City Court of Fictionville, 2022-05-17, 7/2022: convictions and acquittals"), html);
        assertTrue(html.contains("Appeal Court of Fictionville, 2023-01-10: Upheld the conviction of the surgeon."));
        assertTrue(html.contains("UK XF art. 127"), "the provision applied is cited");
        assertTrue(html.contains("GRETA, Council of Europe Group of Experts on Action against Trafficking: "
                + "GRETA(2023)99, report on the Fictional Republic"), html);
        assertTrue(html.contains("2023-03-01, para. 88 · VICT-NON-PUNISHMENT: finds the law lacks it"), html);
        assertTrue(html.contains("&lt;i&gt;medical staff&lt;/i&gt;"));
        assertFalse(html.contains("<i>medical"));
        assertTrue(html.contains("Decision: State v. Clinic &lt;b&gt;owner&lt;/b&gt; (City Court of Fictionville, "
                + "2022-05-17): convictions and acquittals [unverified]"), "mentioned under its criterion");
    }

    @Test
    void thePdfHasBothSectionsAsBookmarks() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ReportRenderer.render(report, ReportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("What monitoring bodies found"), "section heading");
            assertTrue(text.contains("Surgeon six years and barred from practice"), "sentences");
            List<String> bookmarks = new java.util.ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(b -> bookmarks.add(b.getTitle()));
            assertTrue(bookmarks.containsAll(List.of("Decisions", "What monitoring bodies found")), bookmarks.toString());
        }
    }

    @Test
    void theCsvNamesThemOnTheirCriteria() throws Exception {
        List<Map<String, String>> rows = CountryReportDataTest.csv(ReportRenderer.render(report, ReportFormat.CSV));
        Map<String, String> medical = rows.stream().filter(r -> r.get("criterion").equals("LIAB-MEDICAL"))
                .findFirst().orElseThrow();
        assertTrue(medical.get("decisions").startsWith("State v. Clinic <b>owner</b> (City Court of Fictionville"),
                medical.get("decisions"));
        assertEquals("CEDAW, Concluding observations on the Fictional Republic (2021-11-05), para. 31: finds it only "
                + "partly provided [unverified]", medical.get("observations"));
    }

    @Test
    void theJsonCarriesThemWholeAndTheAnnexTheUnverifiedOnes() throws Exception {
        JsonNode json = Mappers.json().readTree(ReportRenderer.render(report, ReportFormat.JSON));

        assertEquals("xf-city-court-2022-clinic", json.get("decisions").get(0).get("id").asText());
        assertEquals(2, json.get("observations").size());
        List<UnverifiedFact> annex = report.unverifiedFacts();
        assertTrue(annex.stream().anyMatch(f -> f.kind().equals(UnverifiedFact.DECISION)
                && f.id().equals("xf-city-court-2022-clinic")), annex.toString());
        assertTrue(annex.stream().anyMatch(f -> f.kind().equals(UnverifiedFact.OBSERVATION)
                && f.id().equals("xf-cedaw-2021-n")));
        assertFalse(annex.stream().anyMatch(f -> f.id().equals("xf-greta-2023-88")), "a verified one is not listed");
    }

    private static CriterionResult criterion(String id) {
        return report.assessment().criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
