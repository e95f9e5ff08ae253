package org.lexgap.search.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/** The fields a query searches, their boosts, and the terms a built query holds. */
final class QueryFields {

    static final float HEADING_BOOST = 1.5f;
    static final float TEXT_BOOST = 1.2f;

    private QueryFields() {
    }

    static List<String> searchFields(Set<String> languages) {
        List<String> fields = new ArrayList<>(List.of(SearchFields.HEADING, SearchFields.SUMMARY,
                SearchFields.CITATION));
        languages.stream().sorted().forEach(l -> fields.add(SearchFields.text(l)));
        return fields;
    }

    static Query boosted(String field, Query q) {
        if (SearchFields.HEADING.equals(field)) {
            return new BoostQuery(q, HEADING_BOOST);
        }
        return SearchFields.languageOfTextField(field) != null ? new BoostQuery(q, TEXT_BOOST) : q;
    }

    static Set<String> terms(Query q) {
        Set<String> out = new HashSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    out.add(BuiltQuery.key(t.field(), t.text()));
                }
            }
        });
        return out;
    }
}
