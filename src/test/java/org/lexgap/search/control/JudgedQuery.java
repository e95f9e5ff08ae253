package org.lexgap.search.control;

import java.util.Map;
import java.util.Set;

/**
 * One judged query.
 *
 * @param type       en, de, fr, es, ru, it (topic queries in that language), citation, concept or question
 * @param language   the language the query is written in
 * @param grades     provision id to graded relevance: 2 answers the need directly, 1 is related and useful
 * @param pool       the provisions judged for this query (graded or not relevant); a ranking is condensed to them.
 *                   Null where the set has one pool for all its queries.
 */
public record JudgedQuery(String query, String type, String language, Map<String, Integer> grades,
                          Set<String> pool) {

    public JudgedQuery {
        grades = Map.copyOf(grades);
        pool = pool == null ? null : Set.copyOf(pool);
    }

    public boolean judged(String id) {
        return pool == null || pool.contains(id);
    }
}
