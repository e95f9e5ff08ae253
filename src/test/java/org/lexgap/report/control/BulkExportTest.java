package org.lexgap.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.lexgap.assessment.control.AssessmentEngine;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusFixtures;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.corpus.control.CountryProfile;
import org.lexgap.corpus.entity.Checklist;

/** The bulk export of every country shipped in national-laws/. */
class BulkExportTest {

    @Test
    void exportsAPdfForEveryShippedCountry() throws Exception {
        Corpus corpus = CorpusLoader.load(CorpusFixtures.SHIPPED);
        Checklist checklist = corpus.checklist("thbor").orElseThrow();
        AssessmentEngine engine = new AssessmentEngine(corpus);
        Reports reports = new Reports(corpus, Clock.fixed(ReportFixtures.NOW, ZoneOffset.UTC));
        List<String> codes = corpus.countries().stream().map(CountryProfile::code).toList();
        List<Integer> progress = new ArrayList<>();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();

        BulkExport.write(codes, code -> {
            CountryProfile profile = corpus.country(code).orElseThrow();
            return reports.country(engine.assess(profile, checklist, Map.of()), profile, checklist);
        }, zip, (position, total, country, bytes, millis) -> progress.add(position));

        assertTrue(codes.size() >= 28, "every country folder of national-laws/");
        assertEquals(codes.size(), progress.size());
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                try (PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                    assertTrue(pdf.getNumberOfPages() > 5, entry.getName());
                    assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged: " + entry.getName());
                }
            }
        }
        assertEquals(codes.stream().map(c -> "lexgap-" + c + "-thbor-1.0.pdf").toList(), names);
    }
}
