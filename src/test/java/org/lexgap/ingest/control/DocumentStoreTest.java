package org.lexgap.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.assessment.control.AssessmentEngine;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;
import org.lexgap.ingest.entity.ImportedDocument;

/** Documents kept as files survive a new store (a restart), keep history, and join the corpus. */
class DocumentStoreTest {

    @TempDir
    Path data;

    private static ImportedDocument document(String heading) {
        byte[] pdf = TestPdfs.pages(List.of(new TestPdfs.Page(null, List.of("Article 1 - " + heading,
                "Whoever sells an organ in Xanadu is punished with imprisonment."), null)));
        return Importers.load("xa-pc.pdf", pdf);
    }

    @Test
    void keepsDocumentsAcrossRestartsWithHistory() throws Exception {
        DocumentStore store = new DocumentStore(data);
        store.create(document("Organ sale"));
        assertEquals(ImportError.DUPLICATE_DOCUMENT,
                assertThrows(ImportException.class, () -> store.create(document("Again"))).error());
        store.replace(document("Sale of organs"));

        DocumentStore restarted = new DocumentStore(data);
        ImportedDocument current = restarted.find("nz-xa-pc").orElseThrow();
        assertEquals(2, current.version());
        assertEquals("Sale of organs", current.provisions().get(0).heading());
        assertEquals("Organ sale", restarted.history("nz-xa-pc").get(0).provisions().get(0).heading());
        try (var files = Files.list(data.resolve("documents"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }

        restarted.delete("nz-xa-pc");
        assertTrue(restarted.list().isEmpty());
        assertEquals(ImportError.UNKNOWN_DOCUMENT,
                assertThrows(ImportException.class, () -> restarted.find("../../etc/passwd")).error());
    }

    @Test
    void importedProvisionsJoinTheCorpusAndAStateWithoutProfileIsAssessed() {
        ImportedDocument doc = document("Organ sale");
        List<Provision> provisions = IndexableProvisions.of(doc, Importers.CORPUS);

        Corpus corpus = Importers.CORPUS.withImported(provisions);

        Provision p = corpus.provision("nz-xa-pc/art-1").orElseThrow();
        assertEquals("XA-PC, Article 1", p.citation());
        assertTrue(p.officialText().contains("sells an organ"));
        assertTrue(corpus.country("NZ").isPresent(), "a minimal profile for a State known only from imports");
        var checklist = corpus.checklists().iterator().next();
        var assessment = new AssessmentEngine(corpus).assess(corpus.country("NZ").get(), checklist,
                java.util.Map.of());
        assertEquals("NZ", assessment.country());
        assertTrue(searchable(corpus, "sells an organ").contains("nz-xa-pc/art-1"),
                "findable at once (an in-memory check until the search index is wired)");
    }

    @Test
    void anInstrumentsOfficialTextReplacesTheTextOfItsProvision() {
        byte[] html = ("<html><body><p>Article 1 - Purpose</p><p>Invented official wording of treaty A.</p>"
                + "</body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ImportedDocument doc = Importers.importer(ImportLimits.DEFAULT).importFile("a.html", null, html,
                DocumentForm.metadata("treaty-a", "Treaty A", null, "fr", "official", null, null));

        Corpus corpus = Importers.CORPUS.withImported(IndexableProvisions.of(doc, Importers.CORPUS));

        Provision p = corpus.provision("treaty-a/art-1").orElseThrow();
        assertEquals("Invented official wording of treaty A.", p.officialText());
        assertEquals("fr", p.language());
        assertEquals(Importers.CORPUS.provision("treaty-a/art-1").orElseThrow().summary(), p.summary());
        assertEquals(Importers.CORPUS.provisions().size(), corpus.provisions().size());
    }

    private static List<String> searchable(Corpus corpus, String words) {
        return corpus.provisions().stream().filter(p -> p.officialText() != null && p.officialText().contains(words))
                .map(Provision::id).toList();
    }
}
