package org.lexgap.search.control;

import java.util.List;
import java.util.Map;

/**
 * nDCG@k with graded gains (the grade itself: 2 or 1) and capped recall@k: relevant (grade at least 1) found in
 * the top k divided by min(relevant, k), so that 1.0 is reachable.
 */
final class RelevanceMetrics {

    static final int K = 10;

    record Score(double ndcg, double recall) {
    }

    private RelevanceMetrics() {
    }

    static Score score(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        int found = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            int gain = grades.getOrDefault(ranked.get(i), 0);
            if (gain > 0) {
                dcg += gain / log2(i + 2);
                found++;
            }
        }
        List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(K).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return new Score(idcg == 0 ? 0 : dcg / idcg, ideal.isEmpty() ? 0 : (double) found / ideal.size());
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
