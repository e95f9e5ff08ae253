package org.lexgap.search.entity;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total every provision matching the query and filters
 * @param facets per facet (jurisdiction, instrument, kind, language, criterion), value to count, over all matches
 * @param concepts the thesaurus concepts the query was expanded through
 */
public record SearchResult(
        long total,
        List<SearchHit> hits,
        Map<String, Map<String, Long>> facets,
        List<MatchedConcept> concepts) {
}
