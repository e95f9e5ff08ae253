package org.lexgap.search.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.lexgap.search.entity.MatchedConcept;

/**
 * A Lucene query made from a human one, with what is needed to explain hits.
 *
 * @param query the scored query (what ranks)
 * @param matches the same match set without the clauses that only score (proximity, priors, boosts), for counting
 *     totals and facets without scoring
 * @param conceptTopics per matched concept, the topic ids (the concept and its narrower ones) that attribute it
 * @param conceptTerms per matched concept, the index terms ({@code field:term}) of its expansion
 */
public record BuiltQuery(
        Query query,
        Query matches,
        List<MatchedConcept> concepts,
        Map<String, Set<String>> conceptTopics,
        Map<String, Set<String>> conceptTerms) {

    static String key(String field, String term) {
        return field + ':' + term;
    }
}
