package org.lexgap.search.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.lexgap.corpus.entity.Concept;
import org.lexgap.search.control.ParsedQuery.Group;
import org.lexgap.search.entity.MatchedConcept;

/**
 * Turns a {@link ParsedQuery} into a Lucene query over the provision index.
 *
 * <p>A word or phrase is looked for in every searchable field, each analysed its own way (English heading and
 * summary, citation, {@code text_<lang>} of each language in the index), best field wins. A run of words equal to
 * a thesaurus term (or an alternative of {@code OR} that is one) becomes a concept group: all the concept's terms
 * in all languages (each only in the fields of its language), plus provisions tagged with the concept or a
 * narrower one. About half of the groups must match; citations boost provisions with that number; filters
 * restrict.
 */
public final class ProvisionQueryBuilder {

    static final float TOPIC_BOOST = 2.5f;
    /** For a provision whose own words express the query's concept, as the reading finds them. */
    static final float READ_BOOST = 2.5f;
    static final float PROXIMITY_BOOST = 1f;
    /**
     * Among matches, binding international standards come first: the reference a drafter compares with. Kept small
     * (a tie-breaker): at 3 it lifted treaty articles that only mention a query's words above national provisions
     * that answer it (nDCG@10 on both judged sets, with and without the tag boost, rose when halved).
     */
    static final float BINDING_PRIOR = 1.5f;
    private static final float TIE = 0.1f;

    private final FieldAnalyzers analyzers;
    private final ConceptIndex concepts;
    private final Map<String, QueryBuilder> builders = new java.util.concurrent.ConcurrentHashMap<>();
    private final ConceptExpansions expansions = new ConceptExpansions(this::builder);

    private final boolean tagBoost;

    public ProvisionQueryBuilder(FieldAnalyzers analyzers, ConceptIndex concepts) {
        this(analyzers, concepts, true);
    }

    /**
     * @param tagBoost whether provisions the corpus tags with a query's concept rank higher; off, ranking rests on
     *                 the provisions' words alone, as it must for imported texts nobody has tagged
     */
    public ProvisionQueryBuilder(FieldAnalyzers analyzers, ConceptIndex concepts, boolean tagBoost) {
        this.analyzers = analyzers;
        this.concepts = concepts;
        this.tagBoost = tagBoost;
    }

    /**
     * @param languages the languages of the index's texts (only their fields are searched)
     * @param filters field to required value, among {@link SearchFields#FACETS}
     */
    public BuiltQuery build(ParsedQuery parsed, Set<String> languages, Map<String, String> filters) {
        return build(parsed, languages, filters, false);
    }

    /**
     * @param relaxed whether one group suffices to match, instead of about half of them: for a query (often a
     *                question in words the texts do not use) whose strict form finds too little; scores are the
     *                same, so provisions matching more groups still rank first
     */
    public BuiltQuery build(ParsedQuery parsed, Set<String> languages, Map<String, String> filters, boolean relaxed) {
        List<String> fields = QueryFields.searchFields(languages);
        FoundConcepts found = new FoundConcepts();
        List<Query> groups = new ArrayList<>();
        List<Group> all = parsed.groups();
        boolean allStop = all.stream().allMatch(this::stopWord);
        for (int i = 0; i < all.size(); ) {
            int end = conceptEnd(all, i);
            if (end > i) {
                String surface = surface(all, i, end);
                Concept concept = concepts.lookup(surface).orElseThrow();
                groups.add(found.add(concept, surface, conceptQuery(concept, all.subList(i, end), fields, languages)));
                i = end;
            } else if (stopWord(all.get(i)) && !allStop) {
                i++;
            } else {
                Query q = groupQuery(all.get(i), fields, languages, found);
                if (q != null) {
                    groups.add(q);
                }
                i++;
            }
        }
        BooleanQuery.Builder main = new BooleanQuery.Builder();
        // what matches: the required, excluded and filter clauses of main, without the optional ones that only score
        BooleanQuery.Builder matches = new BooleanQuery.Builder();
        if (!groups.isEmpty()) {
            BooleanQuery.Builder inner = new BooleanQuery.Builder();
            groups.forEach(g -> inner.add(g, Occur.SHOULD));
            inner.setMinimumNumberShouldMatch(relaxed ? 1 : (groups.size() + 1) / 2);
            if (parsed.numbers().isEmpty()) {
                Query required = inner.build();
                main.add(required, Occur.MUST);
                matches.add(required, Occur.FILTER);
            } else {
                // a citation query ("art. 156 bis código penal") also finds the cited number when the other
                // words name the code rather than the content
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                either.add(inner.build(), Occur.SHOULD);
                either.add(new ConstantScoreQuery(CitationQueries.anyNumber(parsed.numbers())), Occur.SHOULD);
                Query required = either.build();
                main.add(required, Occur.MUST);
                matches.add(required, Occur.FILTER);
            }
            proximity(parsed.groups()).forEach(q -> main.add(q, Occur.SHOULD));
            main.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.KIND,
                    SearchFields.KIND_BINDING))), BINDING_PRIOR), Occur.SHOULD);
            CitationQueries.numberBoosts(parsed.numbers()).forEach(q -> main.add(q, Occur.SHOULD));
            CitationQueries.citedDocument(parsed, builder(SearchFields.CITATION)).ifPresent(q -> main.add(q, Occur.SHOULD));
        } else if (!parsed.numbers().isEmpty()) {
            Query required = CitationQueries.anyNumber(parsed.numbers());
            main.add(required, Occur.MUST);
            matches.add(required, Occur.FILTER);
        } else {
            main.add(new MatchAllDocsQuery(), Occur.MUST);
            matches.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        for (ParsedQuery.Term t : parsed.excluded()) {
            Query q = termQuery(t, fields);
            if (q != null) {
                main.add(q, Occur.MUST_NOT);
                matches.add(q, Occur.MUST_NOT);
            }
        }
        filters.forEach((field, value) -> {
            main.add(new TermQuery(new Term(field, value)), Occur.FILTER);
            matches.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        });
        return new BuiltQuery(main.build(), new ConstantScoreQuery(matches.build()), List.copyOf(found.matched),
                found.topics, found.terms);
    }

    /** The concepts a query named, the topics that tag each, and the index terms each expanded to. */
    private final class FoundConcepts {
        final List<MatchedConcept> matched = new ArrayList<>();
        final Map<String, Set<String>> topics = new LinkedHashMap<>();
        final Map<String, Set<String>> terms = new LinkedHashMap<>();

        Query add(Concept concept, String surface, Query expansion) {
            if (topics.put(concept.id(), topicsOf(concept)) == null) {
                matched.add(new MatchedConcept(concept.id(), concept.label(), surface));
            }
            terms.computeIfAbsent(concept.id(), k -> new HashSet<>()).addAll(QueryFields.terms(expansion));
            return expansion;
        }
    }

    /** The query of one word or phrase over the given fields; null when no field's analysis keeps a token. */
    Query termQuery(ParsedQuery.Term t, List<String> fields) {
        List<Query> perField = new ArrayList<>();
        for (String field : fields) {
            Query q = t.prefix()
                    ? new PrefixQuery(new Term(field, t.text().toLowerCase(Locale.ROOT)))
                    : builder(field).createPhraseQuery(field, t.text());
            if (q != null) {
                perField.add(QueryFields.boosted(field, q));
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE);
    }

    /** Adjacent plain words found close together (slop 1) in the English heading or summary rank higher. */
    private List<Query> proximity(List<Group> groups) {
        List<Query> out = new ArrayList<>();
        for (int i = 0; i + 1 < groups.size(); i++) {
            ParsedQuery.Term a = groups.get(i).alternatives().get(0);
            ParsedQuery.Term b = groups.get(i + 1).alternatives().get(0);
            if (!groups.get(i).single() || !groups.get(i + 1).single() || a.phrase() || b.phrase() || a.prefix()
                    || b.prefix()) {
                continue;
            }
            List<Query> fields = new ArrayList<>();
            for (String field : List.of(SearchFields.HEADING, SearchFields.SUMMARY)) {
                Query q = builder(field).createPhraseQuery(field, a.text() + " " + b.text(), 1);
                if (q instanceof org.apache.lucene.search.PhraseQuery) {
                    fields.add(QueryFields.boosted(field, q));
                }
            }
            if (!fields.isEmpty()) {
                out.add(new BoostQuery(new DisjunctionMaxQuery(fields, TIE), PROXIMITY_BOOST));
            }
        }
        return out;
    }

    /** A lone stop word (of any mapped language) outside a concept term is not looked for. */
    private boolean stopWord(Group g) {
        return g.single() && !g.alternatives().get(0).phrase() && analyzers.isStopWord(g.alternatives().get(0).text());
    }

    /** A word or phrase, or alternatives joined by OR; an alternative that is a thesaurus term is expanded. */
    private Query groupQuery(Group group, List<String> fields, Set<String> languages, FoundConcepts found) {
        List<Query> alternatives = new ArrayList<>();
        for (ParsedQuery.Term t : group.alternatives()) {
            Optional<Concept> concept = group.single() || t.prefix() ? Optional.empty() : concepts.lookup(t.text());
            Query q = concept.isPresent()
                    ? found.add(concept.get(), t.text(),
                            conceptQuery(concept.get(), List.of(new Group(List.of(t))), fields, languages))
                    : termQuery(t, fields);
            if (q != null) {
                alternatives.add(q);
            }
        }
        if (alternatives.size() <= 1) {
            return alternatives.isEmpty() ? null : alternatives.get(0);
        }
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        alternatives.forEach(a -> or.add(a, Occur.SHOULD));
        return or.build();
    }

    private Query conceptQuery(Concept concept, List<Group> words, List<String> fields, Set<String> languages) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        expansions.of(concept, languages).ifPresent(q -> b.add(q, Occur.SHOULD));
        for (Group word : words) {
            Query q = termQuery(word.alternatives().get(0), fields);
            if (q != null) {
                b.add(new BoostQuery(q, 0.5f), Occur.SHOULD);
            }
        }
        b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.READ_CONCEPT, concept.id()))),
                READ_BOOST), Occur.SHOULD);
        if (tagBoost) {
            b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.TOPIC, concept.id()))),
                    TOPIC_BOOST), Occur.SHOULD);
            for (String narrower : concepts.narrower(concept.id())) {
                b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.TOPIC, narrower))),
                        TOPIC_BOOST / 2), Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** The end (exclusive) of the longest run of single plain terms from {@code start} that names a concept. */
    private int conceptEnd(List<Group> groups, int start) {
        int limit = start;
        while (limit < groups.size() && limit - start < ConceptIndex.MAX_WORDS && groups.get(limit).single()
                && !groups.get(limit).alternatives().get(0).prefix()) {
            limit++;
        }
        for (int end = limit; end > start; end--) {
            if (concepts.lookup(surface(groups, start, end)).isPresent()) {
                return end;
            }
        }
        return start;
    }

    private static String surface(List<Group> groups, int start, int end) {
        StringBuilder s = new StringBuilder();
        for (int k = start; k < end; k++) {
            s.append(k > start ? " " : "").append(groups.get(k).alternatives().get(0).text());
        }
        return s.toString();
    }

    private Set<String> topicsOf(Concept concept) {
        Set<String> topics = new HashSet<>(concepts.narrower(concept.id()));
        topics.add(concept.id());
        return topics;
    }

    private QueryBuilder builder(String field) {
        return builders.computeIfAbsent(field, f -> new QueryBuilder(analyzers.forField(f)));
    }
}
