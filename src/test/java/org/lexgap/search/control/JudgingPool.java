package org.lexgap.search.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.entity.Provision;
import org.lexgap.search.entity.SearchHit;
import org.lexgap.search.entity.SearchRequest;

/**
 * Prints, for each query of the read set, the candidates a judge must read: the top {@value #DEPTH} of the
 * searcher with and without the tag boost, and what the query's pool already holds. Each candidate is shown by
 * what a judge reads (number, headings, summary, the start of the official text), never by its topics or
 * criteria. With {@code --new}, only candidates not yet in the query's pool.
 */
public final class JudgingPool {

    static final int DEPTH = 30;
    private static final int TEXT_CHARS = 400;

    private JudgingPool() {
    }

    public static void main(String[] args) {
        boolean onlyNew = List.of(args).contains("--new");
        Corpus corpus = SearchFixtures.shippedCorpus();
        ProvisionSearcher with = SearchFixtures.shipped();
        ProvisionSearcher without = SearchFixtures.searcher(corpus, false);
        for (JudgedQuery q : JudgedSets.read()) {
            Set<String> candidates = new LinkedHashSet<>(top(with, q.query()));
            candidates.addAll(top(without, q.query()));
            candidates.addAll(q.pool());
            List<String> shown = new ArrayList<>(candidates.stream()
                    .filter(id -> !onlyNew || !q.pool().contains(id)).sorted().toList());
            System.out.printf("%n### %s  [%s/%s]  %d candidates%n", q.query(), q.type(), q.language(), shown.size());
            shown.forEach(id -> corpus.provision(id).ifPresent(p -> System.out.println(describe(p))));
        }
    }

    private static List<String> top(ProvisionSearcher searcher, String query) {
        return searcher.search(SearchRequest.of(query).withSize(DEPTH)).hits().stream().map(SearchHit::id).toList();
    }

    static String describe(Provision p) {
        StringBuilder s = new StringBuilder("- ").append(p.id()).append(" | ").append(p.number());
        if (p.originalHeading() != null) {
            s.append(" | ").append(p.originalHeading());
        }
        s.append(" | ").append(p.heading()).append(" | ").append(p.summary() == null ? "" : p.summary().strip());
        if (p.officialText() != null && !p.officialText().isBlank()) {
            String text = p.officialText().strip().replaceAll("\\s+", " ");
            s.append(" || ").append(text, 0, Math.min(TEXT_CHARS, text.length()));
        }
        return s.toString();
    }
}
