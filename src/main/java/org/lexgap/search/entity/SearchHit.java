package org.lexgap.search.entity;

import java.util.List;

/**
 * One provision, court decision or observation found.
 *
 * @param kind binding, soft-law or national for a provision; case for a court decision; observation
 * @param snippet HTML: the matching passage, escaped, with {@code <mark>} around the matched words
 * @param concepts the ids of the query's thesaurus concepts that this provision matched
 * @param validUntil for a repealed or replaced text, the day it stopped applying (ISO date); null while in force
 */
public record SearchHit(
        String id,
        String kind,
        String source,
        String heading,
        String citation,
        String jurisdiction,
        String language,
        String snippet,
        List<String> concepts,
        String validUntil,
        float score) {
}
