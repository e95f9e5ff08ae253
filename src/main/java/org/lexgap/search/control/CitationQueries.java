package org.lexgap.search.control;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** The parts of a query that come from citation forms ("art. 10", "§ 18 TPG", "CETS 216 art. 10"). */
final class CitationQueries {

    static final float NUMBER_BOOST = 4f;
    static final float CITED_DOCUMENT_BOOST = 6f;

    private CitationQueries() {
    }

    /** Provisions with any of the cited numbers. */
    static Query anyNumber(List<String> numbers) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        numbers.forEach(n -> any.add(new TermQuery(new Term(SearchFields.NUMBER, n)), Occur.SHOULD));
        return any.build();
    }

    /** A constant boost for each cited number. */
    static List<Query> numberBoosts(List<String> numbers) {
        return numbers.stream().<Query>map(n -> new BoostQuery(new ConstantScoreQuery(
                new TermQuery(new Term(SearchFields.NUMBER, n))), NUMBER_BOOST)).toList();
    }

    /**
     * A provision with the cited number whose citation also names the other words of the query is the one
     * cited; each such word adds {@link #CITED_DOCUMENT_BOOST}.
     */
    static Optional<Query> citedDocument(ParsedQuery parsed, QueryBuilder citation) {
        if (parsed.numbers().isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int count = 0;
        for (ParsedQuery.Group g : parsed.groups()) {
            for (ParsedQuery.Term t : g.alternatives()) {
                Query q = t.prefix() ? null : citation.createPhraseQuery(SearchFields.CITATION, t.text());
                if (q != null) {
                    words.add(new ConstantScoreQuery(q), Occur.SHOULD);
                    count++;
                }
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        words.setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder cited = new BooleanQuery.Builder();
        cited.add(new ConstantScoreQuery(anyNumber(parsed.numbers())), Occur.FILTER);
        cited.add(words.build(), Occur.MUST);
        return Optional.of(new BoostQuery(cited.build(), CITED_DOCUMENT_BOOST));
    }
}
