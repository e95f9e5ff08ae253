package org.lexgap.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.assessment.entity.Finding;
import org.lexgap.assessment.entity.Level;
import org.lexgap.assessment.entity.Status;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusFixtures;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.json.Mappers;
import org.lexgap.review.entity.FindingsFile;
import org.lexgap.review.entity.StoredFinding;

/** findings.yaml beside the statutes: not a statute, loaded as the baseline, and what the export writes. */
class PublishedFindingsTest {

    @TempDir
    Path temp;

    Corpus corpusWithPublishedFindings() throws Exception {
        Path root = CorpusFixtures.copyOfValid(temp.resolve("corpus"));
        Files.copy(CorpusFixtures.FIXTURES.resolve("published/findings.yaml"),
                root.resolve("national-laws/ZZ/findings.yaml"));
        return CorpusLoader.load(root);
    }

    @Test
    void loadsTheValidFindingsAndReportsTheOthers() throws Exception {
        Corpus corpus = corpusWithPublishedFindings();

        PublishedFindings published = PublishedFindings.load(temp.resolve("corpus"), corpus);

        Map<String, Finding> zz = published.of("ZZ", "mini");
        assertEquals(List.of("JUR-EXTRATERRITORIAL"), List.copyOf(zz.keySet()));
        Finding f = zz.get("JUR-EXTRATERRITORIAL");
        assertEquals(Level.PARTLY, f.level());
        assertEquals(Status.APPROVED, f.status());
        assertEquals(Finding.PUBLISHED, f.source());
        assertEquals(Instant.parse("2026-05-30T09:00:00Z"), f.updated());
        assertEquals(2, published.problems().size(), published.problems().toString());
        assertTrue(published.problems().get(0).contains("NO-SUCH-CRITERION"));
        assertTrue(published.problems().get(1).contains("four eyes"));
        assertTrue(published.of("ZZ", "thbor").isEmpty());
    }

    @Test
    void theCorpusLoaderDoesNotTakeFindingsForAStatute() throws Exception {
        Corpus corpus = corpusWithPublishedFindings();

        assertEquals(1, corpus.country("ZZ").orElseThrow().statutes().size());
    }

    @Test
    void exportsOnlyApprovedFindingsInAFormatTheLoaderReads() throws Exception {
        Instant t = Instant.parse("2026-07-01T08:00:00Z");
        List<StoredFinding> stored = List.of(
                new StoredFinding("ZZ", "mini", "JUR-EXTRATERRITORIAL", "1.0", Level.FULLY, Status.APPROVED,
                        List.of("zz-penal/s-7"), "Express rule for nationals abroad.", List.of("https://example.org"),
                        "alice", List.of(), "bob", 4, t, "bob"),
                new StoredFinding("ZZ", "mini", "RAT-CETS-216", "1.0", Level.NOT_MET, Status.REVIEWED, List.of(),
                        "Not yet approved, so not published.", List.of(), "alice", List.of(), null, 2, t,
                        "alice"));

        String yaml = FindingsExport.yaml(FindingsExport.of("ZZ", "mini", "1.0", stored));
        FindingsFile file = Mappers.yaml().readValue(yaml, FindingsFile.class);
        assertEquals(1, file.findings().size());
        assertEquals("bob", file.findings().get(0).approver());

        Path root = CorpusFixtures.copyOfValid(temp.resolve("exported"));
        Files.writeString(root.resolve("national-laws/ZZ/findings.yaml"), yaml);
        PublishedFindings reloaded = PublishedFindings.load(root, CorpusLoader.load(root));
        assertEquals(List.of(), reloaded.problems());
        assertEquals(Level.FULLY, reloaded.of("ZZ", "mini").get("JUR-EXTRATERRITORIAL").level());
    }
}
