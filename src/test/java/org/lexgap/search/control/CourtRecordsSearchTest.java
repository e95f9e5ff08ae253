package org.lexgap.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusFixtures;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.search.entity.SearchHit;
import org.lexgap.search.entity.SearchRequest;
import org.lexgap.search.entity.SearchResult;

/** Court decisions and observations are searched beside the provisions, with their own kinds. */
class CourtRecordsSearchTest {

    private final Corpus corpus = CorpusLoader.load(CorpusFixtures.VALID);
    private final FieldAnalyzers analyzers = new FieldAnalyzers();
    private final SearchIndex index = SearchIndex.inMemory(analyzers);
    private final ProvisionSearcher searcher = new ProvisionSearcher(index, analyzers,
            new ConceptIndex(corpus.thesaurus().concepts()));

    CourtRecordsSearchTest() {
        index.sync(corpus.provisions(), IndexedRecords.of(corpus));
    }

    @Test
    void findsADecisionByItsWordsWithItsKindCitationAndASnippet() {
        SearchResult result = searcher.search(request("broker kidney", null, null, "case"));

        assertEquals(1, result.total());
        SearchHit hit = result.hits().get(0);
        assertEquals("zz-supreme-2021-organ-broker", hit.id());
        assertEquals("case", hit.kind());
        assertEquals("Prosecutor v. Broker", hit.heading());
        assertEquals("Supreme Court of Testland, 2021-03-04, 1/2021", hit.citation());
        assertEquals("ZZ", hit.jurisdiction());
        assertTrue(hit.snippet().contains("<mark>brokered</mark> <mark>kidney</mark>"), hit.snippet());
    }

    @Test
    void filtersByKindCountryAndCriterionAndCountsKindsInTheFacet() {
        SearchResult all = searcher.search(request("abroad", null, null, null));
        assertEquals(1L, all.facets().get(SearchFields.KIND).get("case"));
        assertEquals(1L, all.facets().get(SearchFields.KIND).get("observation"));

        SearchResult observations = searcher.search(request("abroad", null, "JUR-EXTRATERRITORIAL", "observation"));
        assertEquals(List.of("zz-greta-2022-41"), observations.hits().stream().map(SearchHit::id).toList());
        assertEquals("GRETA: GRETA(2022)01, report on Testland", observations.hits().get(0).heading());
        assertEquals(0, searcher.search(request("abroad", "DE", null, "case")).total());
        // the fixture's Testland (ZZ) is no country code: as a filter it is refused like anywhere else in the API
        assertThrows(QueryException.class, () -> searcher.search(request("abroad", "ZZ", null, null)));
        assertEquals(0, searcher.search(request("abroad", null, "RAT-CETS-216", "case")).total());
        assertThrows(QueryException.class, () -> searcher.search(request("abroad", null, null, "judgment")));
    }

    @Test
    void aDecisionIsFoundThroughTheConceptsOfTheProvisionsItApplied() {
        SearchResult result = searcher.search(request("extraterritorial jurisdiction", null, null, "case"));

        assertEquals(List.of("zz-supreme-2021-organ-broker"), result.hits().stream().map(SearchHit::id).toList());
    }

    @Test
    void similarProvisionsCanBeDecisionsOfOtherJurisdictions() {
        List<SearchHit> similar = searcher.similar("treaty-a/art-2", 10).orElseThrow().hits();

        assertTrue(similar.stream().anyMatch(h -> h.id().equals("zz-supreme-2021-organ-broker")
                && h.kind().equals("case")), similar.toString());
    }

    @Test
    void aChangedObservationReplacesOnlyItsStatesUnit() {
        List<IndexedRecord> records = new ArrayList<>(IndexedRecords.of(corpus));
        IndexedRecord first = records.stream().filter(r -> r.id().equals("zz-greta-2022-41")).findFirst().orElseThrow();
        records.set(records.indexOf(first), new IndexedRecord(first.id(), first.group(), first.kind(),
                first.jurisdiction(), first.criteria(), first.topics(), first.heading(), "A zebra finding.",
                first.citation(), first.source(), first.verified()));

        assertEquals(new SearchIndex.Sync(false, 1, 0, 3), index.sync(corpus.provisions(), records));
        assertEquals(1, searcher.search(SearchRequest.of("zebra")).total());
        assertEquals(new SearchIndex.Sync(false, 0, 1, 3), index.sync(corpus.provisions(),
                records.stream().filter(r -> !r.kind().equals(SearchFields.KIND_CASE)).toList()));
        assertEquals(0, searcher.search(request("broker", null, null, "case")).total());
    }

    private static SearchRequest request(String q, String country, String criterion, String kind) {
        return new SearchRequest(q, country, null, criterion, null, kind, 1, 10);
    }
}
