package org.lexgap.search.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lexgap.json.Mappers;
import org.lexgap.search.entity.SearchHit;
import org.lexgap.search.entity.SearchRequest;

/**
 * Runs the judged queries ({@code src/test/resources/search/judged-queries.yaml}) over the shipped corpus and
 * prints nDCG@10 and recall@10, overall and per query type. Binary gains; recall@10 is capped: found among the
 * top ten divided by min(relevant, 10), so that 1.0 is reachable.
 */
public final class RelevanceRunner {

    public static final Path JUDGED = Path.of("src/test/resources/search/judged-queries.yaml");
    static final int K = 10;

    public record Judged(String query, String type, Set<String> relevant) {
    }

    public record Score(double ndcg, double recall) {
    }

    public static void main(String[] args) {
        List<Judged> judged = load();
        Map<String, Score> with = evaluate(SearchFixtures.shipped(), judged, true);
        Map<String, Score> without = evaluate(SearchFixtures.searcher(SearchFixtures.shippedCorpus(), false), judged,
                false);
        System.out.printf("%-9s %22s   %22s%n", "", "with the tag boost", "without it (words alone)");
        with.forEach((type, s) -> System.out.printf("%-9s nDCG@10 %.3f rec %.3f   nDCG@10 %.3f rec %.3f%n", type,
                s.ndcg(), s.recall(), without.get(type).ndcg(), without.get(type).recall()));
    }

    public static List<Judged> load() {
        try {
            JsonNode root = Mappers.yaml().readTree(JUDGED.toFile());
            List<Judged> out = new ArrayList<>();
            for (JsonNode q : root.get("queries")) {
                Set<String> relevant = new HashSet<>();
                q.get("relevant").forEach(r -> relevant.add(r.asText()));
                out.add(new Judged(q.get("query").asText(), q.get("type").asText(), relevant));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How deep to read a ranking before condensing it to the judged pool. */
    static final int POOL_DEPTH = 50;
    static final Set<String> POOL = loadPool();

    private static Set<String> loadPool() {
        try {
            return Set.copyOf(java.nio.file.Files.readAllLines(JUDGED.resolveSibling("judged-pool.txt")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Mean scores per type, and under "overall" across all queries; rankings condensed to the judged pool. */
    public static Map<String, Score> evaluate(ProvisionSearcher searcher, List<Judged> judged, boolean print) {
        Map<String, List<Score>> scores = new TreeMap<>();
        for (Judged j : judged) {
            List<String> top = searcher.search(SearchRequest.of(j.query()).withSize(POOL_DEPTH)).hits().stream()
                    .map(SearchHit::id).filter(POOL::contains).limit(K).toList();
            Score s = score(top, j.relevant());
            if (print) {
                System.out.printf("%-9s %.3f %.3f  %s%n", j.type(), s.ndcg(), s.recall(), j.query());
            }
            scores.computeIfAbsent(j.type(), t -> new ArrayList<>()).add(s);
            scores.computeIfAbsent("overall", t -> new ArrayList<>()).add(s);
        }
        Map<String, Score> means = new TreeMap<>();
        scores.forEach((type, list) -> means.put(type, new Score(
                list.stream().mapToDouble(Score::ndcg).average().orElse(0),
                list.stream().mapToDouble(Score::recall).average().orElse(0))));
        return means;
    }

    static Score score(List<String> ranked, Set<String> relevant) {
        double dcg = 0;
        int found = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
                found++;
            }
        }
        int ideal = Math.min(K, relevant.size());
        double idcg = 0;
        for (int i = 0; i < ideal; i++) {
            idcg += 1 / log2(i + 2);
        }
        return new Score(idcg == 0 ? 0 : dcg / idcg, ideal == 0 ? 0 : (double) found / ideal);
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
