package org.lexgap.ingest.control;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusFixtures;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.ingest.entity.DocumentMetadata;
import org.lexgap.ingest.entity.ImportedDocument;

/** An importer over the fixture corpus (instrument treaty-a) and metadata for a fictional State. */
final class Importers {

    static final Corpus CORPUS = CorpusLoader.load(CorpusFixtures.VALID);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

    private Importers() {
    }

    static DocumentImporter importer(ImportLimits limits) {
        return new DocumentImporter(limits, CORPUS, CLOCK);
    }

    static DocumentMetadata xa() {
        return DocumentForm.metadata("NZ", "Penal Code of the Republic of Xanadu", "XA-PC", "en", "official",
                "2024-01-01", "https://example.org/xa-pc");
    }

    static ImportedDocument load(String fileName, byte[] content) {
        return importer(ImportLimits.DEFAULT).importFile(fileName, null, content, xa());
    }
}
