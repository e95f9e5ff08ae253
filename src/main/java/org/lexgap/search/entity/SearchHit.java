package org.lexgap.search.entity;

import java.util.List;

/**
 * One provision found.
 *
 * @param snippet HTML: the matching passage, escaped, with {@code <mark>} around the matched words
 * @param concepts the ids of the query's thesaurus concepts that this provision matched
 */
public record SearchHit(
        String id,
        String source,
        String heading,
        String citation,
        String jurisdiction,
        String language,
        String snippet,
        List<String> concepts,
        float score) {
}
