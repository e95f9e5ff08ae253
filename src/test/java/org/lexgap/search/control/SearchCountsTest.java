package org.lexgap.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.search.entity.SearchRequest;
import org.lexgap.search.entity.SearchResult;

/**
 * The total and the facets are counted with the unscored match query, apart from the ranked top hits: it must
 * match exactly the documents of the ranked query, for every form of query, with and without filters.
 */
class SearchCountsTest {

    private static final List<String> QUERIES = List.of("organ removal", "extraterritorial jurisdiction over nationals",
            "art. 10", "CETS 216 art. 10", "trafficking -transplant", "consent OR coercion", "transpl*",
            "\"removal of organs\"", "", "the of");

    private final Corpus corpus = SearchFixtures.shippedCorpus();
    private final FieldAnalyzers analyzers = new FieldAnalyzers();
    private final ConceptIndex concepts = new ConceptIndex(corpus.thesaurus().concepts());

    @Test
    void totalAndFacetsCoverExactlyTheMatchesOfTheRankedQuery() {
        SearchIndex index = SearchIndex.inMemory(analyzers);
        index.sync(corpus.provisions());
        ProvisionSearcher searcher = new ProvisionSearcher(index, analyzers, concepts);
        ProvisionQueryBuilder builder = new ProvisionQueryBuilder(analyzers, concepts);
        for (Map<String, String> filters : List.of(Map.<String, String>of(), Map.of(SearchFields.KIND, "national"))) {
            for (String text : QUERIES) {
                BuiltQuery built = index.search(s -> builder.build(HumanQueryParser.parse(text), index.languages(s),
                        filters));
                Set<Integer> ranked = index.search(s -> docs(s, built.query()));
                assertEquals(ranked, index.search(s -> docs(s, built.matches())), text + " " + filters);

                SearchRequest request = new SearchRequest(text, null, null, null, null, filters.get(SearchFields.KIND),
                        1, 10);
                SearchResult result = searcher.search(request);
                assertEquals(ranked.size(), result.total(), text + " " + filters);
                long byKind = result.facets().get(SearchFields.KIND).values().stream().mapToLong(Long::longValue).sum();
                assertEquals(result.total(), byKind, text + " " + filters);
                assertEquals(SearchFields.FACETS.size(), result.facets().size());
            }
        }
        assertTrue(searcher.search(SearchRequest.of("organ removal")).total() > 10, "the shipped corpus is too small");
    }

    private static Set<Integer> docs(IndexSearcher searcher, Query query) {
        try {
            int all = Math.max(1, searcher.getIndexReader().maxDoc());
            return Arrays.stream(searcher.search(query, all).scoreDocs).map(d -> d.doc).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
