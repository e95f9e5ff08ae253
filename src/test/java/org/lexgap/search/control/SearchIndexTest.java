package org.lexgap.search.control;

import org.lexgap.reading.control.LanguageAnalyzers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusFixtures;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.search.entity.SearchHit;
import org.lexgap.search.entity.SearchRequest;
import org.lexgap.search.entity.SearchResult;

class SearchIndexTest {

    @TempDir
    Path temp;

    private final Corpus corpus = CorpusLoader.load(CorpusFixtures.VALID);
    private final FieldAnalyzers analyzers = new FieldAnalyzers();

    @Test
    void rebuildsOnlyWhenMissingAndUpdatesOnlyChangedDocuments() {
        try (SearchIndex index = SearchIndex.open(temp, analyzers)) {
            assertTrue(index.sync(corpus.provisions()).rebuilt());
        }
        try (SearchIndex index = SearchIndex.open(temp, analyzers)) {
            String before = index.fingerprint();
            assertEquals(new SearchIndex.Sync(false, 0, 0, 2), index.sync(corpus.provisions()));
            List<Provision> changed = new ArrayList<>(corpus.provisions());
            Provision p = changed.remove(0);
            changed.add(0, withSummary(p, "Renamed purpose zebra."));
            assertEquals(new SearchIndex.Sync(false, 1, 0, 1), index.sync(changed));
            assertFalse(before.equals(index.fingerprint()));
        }
    }

    @Test
    void updatesOneDocumentWithoutTouchingTheOthers() {
        SearchIndex index = SearchIndex.inMemory(analyzers);
        index.sync(corpus.provisions());
        ProvisionSearcher searcher = new ProvisionSearcher(index, analyzers,
                new ConceptIndex(corpus.thesaurus().concepts()));
        Provision p = corpus.provision("treaty-a/art-1").orElseThrow();

        index.update("treaty-a", List.of(withSummary(p, "A <script>alert(1)</script> zebra clause.")));

        SearchResult zebra = searcher.search(SearchRequest.of("zebra"));
        assertEquals(1, zebra.total());
        assertEquals("A &lt;script&gt;alert(1)&lt;/script&gt; <mark>zebra</mark> clause.", zebra.hits().get(0).snippet());
        assertEquals(0, searcher.search(SearchRequest.of("treaty-a art. 2")).hits().stream()
                .filter(h -> h.id().equals("treaty-a/art-2")).count());
        assertEquals(1, searcher.search(SearchRequest.of("organ removal abroad")).hits().stream()
                .filter(h -> h.id().equals("zz-penal/s-7")).count());
    }

    @Test
    void aHitOfARepealedTextSaysWhenItStoppedApplying() {
        SearchIndex index = SearchIndex.inMemory(analyzers);
        Provision p = corpus.provision("zz-penal/s-7").orElseThrow();
        index.sync(List.of(new Provision(p.id(), p.documentId(), p.documentTitle(), p.jurisdiction(), p.number(),
                p.heading(), p.originalHeading(), p.citation(), p.summary(), p.topics(), p.criteria(), p.notMet(),
                p.related(), p.verified(), p.source(), p.officialText(), p.language(), p.textStatus(), p.validFrom(),
                java.time.LocalDate.of(2024, 1, 1), p.binding()), corpus.provision("treaty-a/art-1").orElseThrow()));
        ProvisionSearcher searcher = new ProvisionSearcher(index, analyzers,
                new ConceptIndex(corpus.thesaurus().concepts()));

        List<SearchHit> hits = searcher.search(SearchRequest.of("organ OR purposes")).hits();

        assertEquals("2024-01-01", hits.stream().filter(h -> h.id().equals("zz-penal/s-7")).findFirst()
                .orElseThrow().validUntil());
        assertEquals(null, hits.stream().filter(h -> h.id().equals("treaty-a/art-1")).findFirst()
                .orElseThrow().validUntil());
    }

    @Test
    void expandsThroughTheThesaurusAndNamesTheConcept() {
        ProvisionSearcher searcher = SearchFixtures.searcher(corpus);
        SearchResult r = searcher.search(SearchRequest.of("auslandstat"));
        assertEquals("extraterritorial-jurisdiction", r.concepts().get(0).id());
        assertTrue(r.hits().stream().anyMatch(h -> h.id().equals("zz-penal/s-7")
                && h.concepts().contains("extraterritorial-jurisdiction")), r.toString());
    }

    @Test
    void expandsEachAlternativeOfAnOrThatIsAThesaurusTerm() {
        ProvisionSearcher searcher = SearchFixtures.searcher(corpus);

        SearchResult r = searcher.search(SearchRequest.of("zebra OR auslandstat"));

        assertEquals(List.of("extraterritorial-jurisdiction"), r.concepts().stream().map(c -> c.id()).toList());
        assertEquals("auslandstat", r.concepts().get(0).matched());
        assertTrue(r.hits().stream().anyMatch(h -> h.id().equals("zz-penal/s-7")
                && h.concepts().contains("extraterritorial-jurisdiction")), r.toString());
    }

    @Test
    void everyLanguageHasAnAnalyzerAndOthersFallBack() {
        for (String l : List.of("en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "bg", "el", "tr", "ro", "pl", "cs")) {
            assertTrue(LanguageAnalyzers.languages().contains(l), l);
        }
        assertEquals("StandardAnalyzer", analyzers.forLanguage("he").getClass().getSimpleName());
    }

    @Test
    void aSwedishHeadingIsStemmedLikeSwedish() {
        SearchIndex index = SearchIndex.inMemory(analyzers);
        Provision p = corpus.provision("zz-penal/s-7").orElseThrow();
        index.sync(List.of(new Provision(p.id(), p.documentId(), p.documentTitle(), p.jurisdiction(), p.number(),
                p.heading(), "Grov människohandels straff", p.citation(), p.summary(), p.topics(), p.criteria(), p.notMet(),
                p.related(), p.verified(), p.source(), p.officialText(), "sv", p.textStatus(), p.validFrom(),
                p.validUntil(), p.binding())));
        ProvisionSearcher searcher = new ProvisionSearcher(index, analyzers,
                new ConceptIndex(corpus.thesaurus().concepts()));

        assertEquals(1, searcher.search(SearchRequest.of("människohandel")).total());
        assertEquals("SwedishAnalyzer", analyzers.forLanguage("sv").getClass().getSimpleName());
    }

    private static Provision withSummary(Provision p, String summary) {
        return new Provision(p.id(), p.documentId(), p.documentTitle(), p.jurisdiction(), p.number(), p.heading(),
                p.originalHeading(), p.citation(), summary, p.topics(), p.criteria(), p.notMet(), p.related(),
                p.verified(), p.source(), p.officialText(), p.language(), p.textStatus(), p.validFrom(), p.validUntil(),
                p.binding());
    }
}
