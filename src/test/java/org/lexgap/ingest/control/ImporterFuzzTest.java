package org.lexgap.ingest.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import org.lexgap.ingest.entity.ImportException;
import org.lexgap.ingest.entity.ImportedDocument;

/**
 * Any bytes, declared as PDF, HTML, plain text or Akoma Ntoso: the importer gives a document or refuses with an
 * {@link ImportException} (a 4xx), within its limits; any other exception is a defect. Seeds (a PDF, HTML, text and
 * XML, some hostile) in {@code ImporterFuzzTestInputs/}.
 */
class ImporterFuzzTest {

    private static final String[][] TYPES = {{"law.pdf", "application/pdf"}, {"law.html", "text/html"},
        {"law.txt", "text/plain"}, {"law.xml", "application/akn+xml"}};
    private static final ImportLimits LIMITS = new ImportLimits(1 << 20, 50, Duration.ofSeconds(10), 200_000,
            400_000);
    private static final DocumentImporter IMPORTER = Importers.importer(LIMITS);

    @FuzzTest(maxDuration = "60s")
    void importsOrRefuses(FuzzedDataProvider data) {
        String[] type = TYPES[data.consumeInt(0, TYPES.length - 1)];
        byte[] content = data.consumeRemainingAsBytes();
        try {
            ImportedDocument document = IMPORTER.importFile(type[0], type[1], content, Importers.xa());
            assertFalse(document.provisions().isEmpty());
            assertTrue(document.textLength() <= LIMITS.maxTextChars());
        } catch (ImportException refused) {
            assertTrue(refused.error().status() >= 400 && refused.error().status() < 500, refused.toString());
        }
    }
}
