package org.lexgap.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.assessment.control.AssessmentEngine;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;
import org.lexgap.ingest.entity.ImportedDocument;
import org.lexgap.json.Mappers;
import org.lexgap.store.Database;
import org.lexgap.store.StoreSettings;
import org.lexgap.store.TestDatabases;

/**
 * Documents in the database (H2 and PostgreSQL) survive a restart, keep their history and log every change in order;
 * documents an earlier version kept as files are moved in once; imported provisions join the corpus.
 */
class DocumentStoreTest {

    @TempDir
    Path data;

    private static ImportedDocument document(String heading) {
        byte[] pdf = TestPdfs.pages(List.of(new TestPdfs.Page(null, List.of("Article 1 - " + heading,
                "Whoever sells an organ in Xanadu is punished with imprisonment."), null)));
        return Importers.load("xa-pc.pdf", pdf);
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void keepsDocumentsAcrossRestartsWithHistory(String kind) {
        StoreSettings settings = TestDatabases.fresh(kind, data);
        try (Database db = Database.open(settings)) {
            DocumentStore store = new DocumentStore(db);
            store.create(document("Organ sale"));
            assertEquals(ImportError.DUPLICATE_DOCUMENT,
                    assertThrows(ImportException.class, () -> store.create(document("Again"))).error());
            store.replace(document("Sale of organs"));
        }
        try (Database db = Database.open(settings)) {
            DocumentStore restarted = new DocumentStore(db);
            ImportedDocument current = restarted.find("nz-xa-pc").orElseThrow();
            assertEquals(2, current.version());
            assertEquals("Sale of organs", current.provisions().get(0).heading());
            assertEquals(document("Sale of organs").provisions(), current.provisions());
            assertEquals("Organ sale", restarted.history("nz-xa-pc").get(0).provisions().get(0).heading());
            assertEquals(current.textLength(), restarted.textLength("NZ", null));
            assertEquals(0, restarted.textLength("NZ", "nz-xa-pc"));

            restarted.delete("nz-xa-pc");
            assertTrue(restarted.list().isEmpty());
            assertEquals(ImportError.UNKNOWN_DOCUMENT,
                    assertThrows(ImportException.class, () -> restarted.find("../../etc/passwd")).error());
            assertEquals(ImportError.UNKNOWN_DOCUMENT,
                    assertThrows(ImportException.class, () -> restarted.delete("nz-xa-pc")).error());

            List<DocumentChanges.Change> log = restarted.changes().after(0, 100);
            assertEquals(List.of("create", "replace", "delete"), log.stream().map(DocumentChanges.Change::action).toList());
            assertEquals(List.of(1L, 2L, 3L), log.stream().map(DocumentChanges.Change::seq).toList(),
                    "numbered without gaps, a refused create took no number");
            assertEquals(3, restarted.changes().latest());
            assertEquals(1, restarted.changes().after(2, 100).size());
        }
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void movesDocumentsKeptAsFilesIntoTheDatabaseOnce(String kind) throws Exception {
        Path folder = data.resolve("documents");
        ImportedDocument v1 = document("Organ sale");
        ImportedDocument v2 = document("Sale of organs").withVersion(2);
        Files.createDirectories(folder.resolve("history").resolve(v1.id()));
        Mappers.json().writeValue(folder.resolve("history").resolve(v1.id()).resolve("v1.json").toFile(), v1);
        Mappers.json().writeValue(folder.resolve(v1.id() + ".json").toFile(), v2);
        DocumentFiles files = new DocumentFiles(data);
        assertEquals(List.of(1, 2), files.allVersions().stream().map(ImportedDocument::version).toList());

        try (Database db = Database.open(TestDatabases.fresh(kind, data))) {
            DocumentStore store = new DocumentStore(db);
            assertEquals(2, store.moveIn(files.allVersions()));
            assertEquals(0, store.moveIn(files.allVersions()), "a second run adds nothing");
            Path aside = files.setAside();
            assertFalse(files.present());
            assertTrue(Files.isRegularFile(aside.resolve(v1.id() + ".json")), "the files are kept");

            ImportedDocument current = store.find(v1.id()).orElseThrow();
            assertEquals(2, current.version());
            assertEquals(v2, current);
            assertEquals(List.of(v1), store.history(v1.id()));
            assertEquals(2, store.changes().latest(), "every node learns of the moved documents");
            assertEquals(3, store.replace(document("Third")).version());
        }
    }

    @ParameterizedTest
    @MethodSource("org.lexgap.store.TestDatabases#kinds")
    void aNodeReadingTheChangeLogWhileOthersWriteSeesEveryChangeInOrderWithoutGaps(String kind) throws Exception {
        StoreSettings settings = TestDatabases.fresh(kind, data);
        ImportedDocument template = document("Organ sale");
        try (Database writerDb = Database.open(settings); Database readerDb = Database.open(settings)) {
            DocumentStore writers = new DocumentStore(writerDb);
            DocumentChanges reader = new DocumentStore(readerDb).changes();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int n = 0; n < 10; n++) {
                        writers.create(withId(template, "nz-w" + writer + "-" + n));
                    }
                    return null;
                }));
            }
            long applied = 0;
            List<Long> seen = new java.util.ArrayList<>();
            while (applied < 40) {
                for (DocumentChanges.Change change : reader.after(applied, 1000)) {
                    assertEquals(applied + 1, change.seq(), "the next change after " + applied);
                    applied = change.seq();
                    seen.add(applied);
                }
            }
            for (var f : done) {
                f.get();
            }
            pool.shutdown();
            assertEquals(40, seen.size());
            assertEquals(40, new DocumentStore(readerDb).list().size());
        }
    }

    private static ImportedDocument withId(ImportedDocument d, String id) {
        return new ImportedDocument(id, 1, d.jurisdiction(), d.title(), d.citation(), d.language(), d.status(),
                d.validFrom(), d.source(), d.fileName(), d.format(), d.pages(), d.structureFound(), d.importedAt(),
                d.provisions());
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
