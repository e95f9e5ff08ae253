package org.lexgap.report.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.assessment.entity.CriterionResult;
import org.lexgap.report.entity.CountryReport;
import org.lexgap.report.entity.ReportFormat;

/** Country reports of the fixture countries, as PDF and HTML, read back and validated. */
class CountryReportTest {

    @TempDir
    static Path temp;

    static ReportFixtures fixtures;

    @BeforeAll
    static void load() {
        fixtures = new ReportFixtures(temp);
    }

    @Test
    void thePdfIsValidPdfUa1() throws Exception {
        for (String code : List.of("XA", "XF", "XG")) {
            byte[] pdf = ReportRenderer.render(fixtures.report(code), ReportFormat.PDF);
            if (System.getProperty("lexgap.report.dump") != null) {
                Files.write(Path.of(System.getProperty("lexgap.report.dump"), code + ".pdf"), pdf);
            }
            assertEquals(List.of(), PdfUa.failures(pdf), code);
        }
    }

    @Test
    void thePdfTextHoldsTheCriteriaLevelsAndCitations() throws Exception {
        CountryReport report = fixtures.report("XA");
        String text = text(ReportRenderer.render(report, ReportFormat.PDF));

        for (CriterionResult c : report.assessment().criteria()) {
            assertTrue(text.contains(c.id()), c.id());
        }
        assertTrue(text.contains("2 · fully met"), "level label");
        assertTrue(text.contains("unknown"), "unknown level");
        assertTrue(text.contains("CC s. 10"), "citation of the evidence");
        assertTrue(text.contains("offences committed abroad by nationals"), "passage of the evidence");
        assertTrue(text.contains("Annex: unverified facts"));
        assertTrue(text.contains("xa-cc/s-30"), "the unverified provision is listed in the annex");
    }

    @Test
    void theLawConsideredListsEachStatuteWithItsDatesAndAmendments() throws Exception {
        String text = CountryReportTest.text(ReportRenderer.render(fixtures.report("XG"), ReportFormat.PDF))
                .replaceAll("\\s+", " ");

        assertTrue(text.contains("National law considered"), text);
        assertTrue(text.contains("valid from 1990-01-01 until 2015-01-01 (no longer in force; replaced by xg-cc-2015; "
                + "not used as evidence)"), text);
        List<String> bookmarks = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(
                ReportRenderer.render(fixtures.report("XG"), ReportFormat.PDF))) {
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(b -> bookmarks.add(b.getTitle()));
        }
        assertTrue(bookmarks.contains("National law considered"), bookmarks.toString());
        assertTrue(text.contains("Amended by Act No. 9 of 2020 (in force 2020-07-01): Raised the penalties for illicit "
                + "organ removal. [unverified]"), text);
    }

    @Test
    void cyrillicGreekAndTurkishSurviveTheRoundTrip() throws Exception {
        String text = text(ReportRenderer.render(fixtures.report("XF"), ReportFormat.PDF));

        assertTrue(text.contains("Вымышленная Республика"), "Cyrillic");
        assertTrue(text.contains("Φανταστική Δημοκρατία"), "Greek");
        assertTrue(text.contains("Hayali Cumhuriyet ğüşıöç"), "Turkish");
    }

    @Test
    void markupFromTheCorpusComesOutAsText() {
        String html = new String(ReportRenderer.render(fixtures.report("XF"), ReportFormat.HTML),
                java.nio.charset.StandardCharsets.UTF_8);

        assertFalse(html.contains("<script"), "no script element");
        assertTrue(html.contains("&lt;script&gt;alert("), "the provision's markup is shown as text");
        assertFalse(html.contains("<b>&amp; nowhere"), "reservation markup escaped");
        assertTrue(html.contains("<svg"), "the HTML carries the chart as inline SVG");
        assertTrue(html.contains("lang=\"ru\""), "the native name is marked with its language");
    }

    @Test
    void theSameDataAndClockGiveTheSameBytes() {
        CountryReport report = fixtures.report("XF");

        assertArrayEquals(ReportRenderer.render(report, ReportFormat.PDF),
                ReportRenderer.render(fixtures.report("XF"), ReportFormat.PDF));
        assertArrayEquals(ReportRenderer.render(report, ReportFormat.HTML),
                ReportRenderer.render(fixtures.report("XF"), ReportFormat.HTML));
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
