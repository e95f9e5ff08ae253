package org.lexgap.search.control;

import org.lexgap.reading.control.LanguageAnalyzers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.lexgap.corpus.entity.Concept;

/**
 * The expansion of a thesaurus concept: all its terms in all languages, each looked for in the fields of its
 * language, best field wins. It depends only on the concept and the index's languages, so each is analysed once
 * and kept (at most {@value #MAX_SIZE}; the cache starts over when full).
 */
final class ConceptExpansions {

    static final int MAX_SIZE = 4096;
    private static final float TIE = 0.1f;

    private final Function<String, QueryBuilder> builders;
    private final Map<String, Optional<Query>> cache = new ConcurrentHashMap<>();

    ConceptExpansions(Function<String, QueryBuilder> builders) {
        this.builders = builders;
    }

    /** The expansion query; empty when no term of the concept has a field in the index. */
    Optional<Query> of(Concept concept, Set<String> languages) {
        String key = concept.id() + '|' + String.join(",", new TreeSet<>(languages));
        Optional<Query> cached = cache.get(key);
        if (cached == null) {
            cached = analyse(concept, languages);
            if (cache.size() >= MAX_SIZE) {
                cache.clear();
            }
            cache.put(key, cached);
        }
        return cached;
    }

    private Optional<Query> analyse(Concept concept, Set<String> languages) {
        List<Query> expansions = new ArrayList<>();
        ConceptIndex.termsOf(concept).forEach((language, terms) -> {
            List<String> languageFields = fieldsOf(language, languages);
            for (String term : terms) {
                for (String field : languageFields) {
                    Query q = builders.apply(field).createPhraseQuery(field, term);
                    if (q != null) {
                        expansions.add(QueryFields.boosted(field, q));
                    }
                }
            }
        });
        return expansions.isEmpty() ? Optional.empty() : Optional.of(new DisjunctionMaxQuery(expansions, TIE));
    }

    private static List<String> fieldsOf(String language, Set<String> languages) {
        List<String> fields = new ArrayList<>();
        if (LanguageAnalyzers.ENGLISH.equals(language)) {
            fields.add(SearchFields.HEADING);
            fields.add(SearchFields.SUMMARY);
        }
        if (languages.contains(language)) {
            fields.add(SearchFields.text(language));
        }
        return fields;
    }
}
