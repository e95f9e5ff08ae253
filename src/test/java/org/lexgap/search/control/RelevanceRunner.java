package org.lexgap.search.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lexgap.search.control.RelevanceMetrics.Score;
import org.lexgap.search.entity.SearchHit;
import org.lexgap.search.entity.SearchRequest;

/**
 * Runs both judged sets ({@link JudgedSets}) over the shipped corpus and prints nDCG@10 (graded gains) and
 * recall@10 per set, overall, per query type and per query language, with and without the tag boost. With
 * {@code -v}, also each query's scores. Rankings are condensed to each query's judged pool.
 */
public final class RelevanceRunner {

    /** How deep the tagged set reads a ranking before condensing it (its pool is the whole corpus of its day). */
    static final int TAGGED_DEPTH = 50;
    /** The read set's pools also hold provisions found by grep: read the whole ranking. */
    static final int READ_DEPTH = 1000;

    public static void main(String[] args) {
        boolean verbose = List.of(args).contains("-v");
        ProvisionSearcher with = SearchFixtures.shipped();
        ProvisionSearcher without = SearchFixtures.searcher(SearchFixtures.shippedCorpus(), false);
        report("tagged set (judgments from the corpus's topic tags)", JudgedSets.tagged(), TAGGED_DEPTH, with,
                without, verbose);
        report("read set (judgments from reading the provisions)", JudgedSets.read(), READ_DEPTH, with, without,
                verbose);
    }

    private static void report(String title, List<JudgedQuery> set, int depth, ProvisionSearcher with,
                               ProvisionSearcher without, boolean verbose) {
        Map<String, Score> w = evaluate(with, set, depth, verbose ? "with   " : null);
        Map<String, Score> wo = evaluate(without, set, depth, verbose ? "without" : null);
        System.out.printf("%n%s, %d queries%n%-14s %24s   %24s%n", title, set.size(), "", "with the tag boost",
                "without it");
        w.forEach((group, s) -> System.out.printf("%-14s nDCG@10 %.3f rec@10 %.3f   nDCG@10 %.3f rec@10 %.3f%n",
                group, s.ndcg(), s.recall(), wo.get(group).ndcg(), wo.get(group).recall()));
    }

    /**
     * Mean scores under "overall", per type ("type:en") and per language ("lang:de").
     *
     * @param print a label to print each query's score under, or null
     */
    static Map<String, Score> evaluate(ProvisionSearcher searcher, List<JudgedQuery> judged, int depth, String print) {
        Map<String, List<Score>> scores = new TreeMap<>();
        for (JudgedQuery q : judged) {
            List<String> top = ranking(searcher, q.query(), depth).stream().filter(q::judged)
                    .limit(RelevanceMetrics.K).toList();
            Score s = RelevanceMetrics.score(top, q.grades());
            if (print != null) {
                System.out.printf("%s %-9s %.3f %.3f  %s%n", print, q.type(), s.ndcg(), s.recall(), q.query());
            }
            for (String group : List.of("overall", "type:" + q.type(), "lang:" + q.language())) {
                scores.computeIfAbsent(group, g -> new ArrayList<>()).add(s);
            }
        }
        Map<String, Score> means = new TreeMap<>();
        scores.forEach((group, list) -> means.put(group, new Score(
                list.stream().mapToDouble(Score::ndcg).average().orElse(0),
                list.stream().mapToDouble(Score::recall).average().orElse(0))));
        return means;
    }

    /** The ids of the first {@code depth} hits, read page by page (a page holds at most 100). */
    static List<String> ranking(ProvisionSearcher searcher, String query, int depth) {
        List<String> ids = new ArrayList<>();
        int size = Math.min(depth, SearchRequest.MAX_SIZE);
        for (int page = 1; ids.size() < depth; page++) {
            List<SearchHit> hits = searcher.search(new SearchRequest(query, null, null, null, null, null, page, size))
                    .hits();
            hits.forEach(h -> ids.add(h.id()));
            if (hits.size() < size) {
                break;
            }
        }
        return ids.size() > depth ? ids.subList(0, depth) : ids;
    }
}
