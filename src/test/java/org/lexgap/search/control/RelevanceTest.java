package org.lexgap.search.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexgap.search.entity.SearchHit;
import org.lexgap.search.entity.SearchRequest;

/** Relevance over the shipped corpus must not regress. */
class RelevanceTest {

    /**
     * Reached on the shipped corpus: nDCG@10 0.932, recall@10 0.925 (44 judged queries, rankings condensed to
     * the judged pool); fail below 0.90.
     */
    static final double MIN_NDCG = 0.90;

    @Test
    void judgedQueriesKeepTheirNdcg() {
        List<RelevanceRunner.Judged> judged = RelevanceRunner.load();
        assertTrue(judged.size() >= 40);
        Map<String, RelevanceRunner.Score> scores = RelevanceRunner.evaluate(SearchFixtures.shipped(), judged, false);
        assertTrue(scores.get("overall").ndcg() >= MIN_NDCG, scores.toString());
    }

    @Test
    void extraterritorialJurisdictionOverNationalsFindsBothTreatiesInTheTopFiveAndAStatute() {
        List<String> top = SearchFixtures.shipped().search(SearchRequest.of("extraterritorial jurisdiction over nationals"))
                .hits().stream().map(SearchHit::id).toList();
        assertTrue(top.subList(0, 5).containsAll(List.of("cets-216/art-10", "cets-197/art-31")), top.toString());
        assertTrue(top.stream().anyMatch(id -> id.startsWith("es-") || id.startsWith("de-")), top.toString());
    }
}
