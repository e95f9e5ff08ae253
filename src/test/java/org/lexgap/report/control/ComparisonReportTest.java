package org.lexgap.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.assessment.entity.Assessment;
import org.lexgap.report.entity.Comparison;
import org.lexgap.report.entity.ReportFormat;

/** The comparative report of the fixture countries. */
class ComparisonReportTest {

    @TempDir
    static Path temp;

    static ReportFixtures fixtures;
    static Comparison comparison;

    @BeforeAll
    static void load() {
        fixtures = new ReportFixtures(temp);
        List<Assessment> all = fixtures.corpus.countries().stream()
                .map(c -> fixtures.engine.assess(c, fixtures.checklist, Map.of())).toList();
        comparison = fixtures.reports.comparison(all, fixtures.checklist);
    }

    @Test
    void thePdfIsValidPdfUa1AndShowsTheMatrix() throws Exception {
        byte[] pdf = ReportRenderer.render(comparison, ReportFormat.PDF);
        if (System.getProperty("lexgap.report.dump") != null) {
            java.nio.file.Files.write(Path.of(System.getProperty("lexgap.report.dump"), "comparison.pdf"), pdf);
        }

        assertEquals(List.of(), PdfUa.failures(pdf));
        String text = CountryReportTest.text(pdf);
        assertTrue(text.contains("Area averages") && text.contains("Most common gaps"));
        for (String code : List.of("XA", "XB", "XC", "XD", "XE", "XF")) {
            assertTrue(text.contains(code), code);
        }
        assertTrue(text.contains("JUR-EXTRATERRITORIAL"));
    }

    @Test
    void theCsvHasOneRowPerCountryAndCriterion() throws Exception {
        List<Map<String, String>> rows = CountryReportDataTest.csv(ReportRenderer.render(comparison, ReportFormat.CSV));

        long criteria = fixtures.checklist.criteria().count();
        assertEquals(fixtures.corpus.countries().size() * criteria, rows.size());
        Map<String, String> xc = rows.stream().filter(r -> r.get("country").equals("XC")
                && r.get("criterion").equals("LIAB-MEDICAL")).findFirst().orElseThrow();
        assertEquals("0", xc.get("level"));
    }

    @Test
    void theCommonestGapsComeFirst() {
        List<ComparisonView.GapCount> gaps = ComparisonView.commonGaps(comparison);

        for (int i = 1; i < gaps.size(); i++) {
            assertTrue(gaps.get(i - 1).notMet() + gaps.get(i - 1).partly()
                    >= gaps.get(i).notMet() + gaps.get(i).partly(), gaps.toString());
        }
        // XB meets the four core criteria only partly and XC does not meet two of them
        ComparisonView.GapCount medical = gaps.stream().filter(g -> g.id().equals("LIAB-MEDICAL")).findFirst()
                .orElseThrow();
        assertTrue(medical.notMet() >= 1 && medical.partly() >= 1, medical.toString());
    }

    @Test
    void theHtmlColoursEachCellByLevelAndCarriesNoScript() {
        String html = new String(ReportRenderer.render(comparison, ReportFormat.HTML), StandardCharsets.UTF_8);

        assertTrue(html.contains("<td class=\"l2\">2</td>"));
        assertTrue(html.contains("<td class=\"l0\">0</td>"));
        assertTrue(html.contains("<td class=\"lu\">?</td>"));
        assertTrue(!html.contains("<script"));
    }
}
