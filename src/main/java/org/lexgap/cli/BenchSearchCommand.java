package org.lexgap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.lexgap.search.control.ConceptIndex;
import org.lexgap.search.control.FieldAnalyzers;
import org.lexgap.search.control.ProvisionSearcher;
import org.lexgap.search.control.SearchIndex;
import org.lexgap.search.control.StageTimes;
import org.lexgap.search.entity.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Indexes a synthetic multilingual corpus of each size and times, on the same index and queries in the same run,
 * lexgap's search path (parse, thesaurus expansion, ranked top 10, exact total and facets over every match, stored
 * fields and snippets of the 10 hits) against a bare {@code IndexSearcher.search(query, 10)} running the Lucene
 * query that lexgap builds (no total beyond 1000, no facets, no stored fields). Both paths are warmed up on other
 * queries than the timed ones, so no cache holds a timed query; lexgap's time is also shown per stage.
 */
@Command(name = "bench-search", description = "Benchmark indexing and search on a synthetic corpus.")
final class BenchSearchCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000", description = "corpus sizes (provisions)")
    private int[] sizes;

    @Option(names = "--queries", defaultValue = "400", description = "timed queries per path")
    private int queries;

    @Option(names = "--dir", description = "where to build the indexes (default: a temporary folder)")
    private Path dir;

    @Override
    public Integer call() throws Exception {
        SyntheticCorpus synthetic = new SyntheticCorpus(42);
        List<String> all = synthetic.queries(3 * queries);
        List<String> warmUp = all.subList(0, 2 * queries);
        List<String> timed = all.subList(2 * queries, all.size());
        List<String> rows = new ArrayList<>();
        System.out.printf("%-9s %10s %10s %10s %10s %10s %10s%n", "size", "index/s", "lexgap p50", "lexgap p99",
                "lucene p50", "lucene p99", "p50 ratio");
        for (int size : sizes) {
            Path folder = Files.createTempDirectory(dir == null ? Path.of(System.getProperty("java.io.tmpdir")) : dir,
                    "bench-" + size + "-");
            FieldAnalyzers analyzers = new FieldAnalyzers();
            try (SearchIndex index = SearchIndex.open(folder, analyzers)) {
                double seconds = index(synthetic, size, index);
                ProvisionSearcher searcher = new ProvisionSearcher(index, analyzers,
                        new ConceptIndex(synthetic.concepts()));
                time(warmUp, q -> searcher.search(SearchRequest.of(q)));
                timeLucene(index, warmUp.stream().map(q -> searcher.luceneQuery(SearchRequest.of(q))).toList());
                List<Query> built = timed.stream().map(q -> searcher.luceneQuery(SearchRequest.of(q))).toList();
                List<StageTimes> stages = new ArrayList<>();
                long[] lexgap = new long[timed.size()];
                long[] lucene = new long[timed.size()];
                for (int i = 0; i < timed.size(); i++) {
                    // alternate which path goes first, so that neither always finds the other's pages warm
                    StageTimes times = new StageTimes();
                    SearchRequest request = SearchRequest.of(timed.get(i));
                    Query query = built.get(i);
                    if (i % 2 == 0) {
                        lexgap[i] = nanos(() -> searcher.search(request, times));
                        lucene[i] = nanos(() -> topTen(index, query));
                    } else {
                        lucene[i] = nanos(() -> topTen(index, query));
                        lexgap[i] = nanos(() -> searcher.search(request, times));
                    }
                    stages.add(times);
                }
                Arrays.sort(lexgap);
                Arrays.sort(lucene);
                System.out.printf("%-9d %10.0f %9.2fms %9.2fms %9.2fms %9.2fms %10.2f%n", size, size / seconds,
                        ms(lexgap, 50), ms(lexgap, 99), ms(lucene, 50), ms(lucene, 99),
                        (double) pct(lexgap, 50) / Math.max(1, pct(lucene, 50)));
                rows.add(String.format("%-9d %11.2f %10.2f %12.2f %10.2f %10.2f", size,
                        median(stages, StageTimes::build), median(stages, StageTimes::top),
                        median(stages, StageTimes::facets), median(stages, StageTimes::hits), ms(lucene, 50)));
            } finally {
                deleteTree(folder);
            }
        }
        System.out.printf("%nlexgap's stages, median ms per query (count+facets runs on a second thread beside top hits "
                + "and hits+snips; lucene: IndexSearcher.search(same query, 10)):%n");
        System.out.printf("%-9s %10s %10s %12s %10s %10s%n", "size", "parse+build", "top hits", "count+facets",
                "hits+snips", "lucene");
        rows.forEach(System.out::println);
        System.out.printf("heap used at end: %d MiB of max %d MiB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        return 0;
    }

    /** Indexes {@code size} synthetic provisions and commits; the seconds spent in the index (not in generating). */
    private static double index(SyntheticCorpus synthetic, int size, SearchIndex index) {
        long nanos = 0;
        for (var documents = synthetic.documents(size); documents.hasNext(); ) {
            List<org.lexgap.corpus.entity.Provision> d = documents.next();
            long t = System.nanoTime();
            index.stage(d.get(0).documentId(), d);
            nanos += System.nanoTime() - t;
        }
        long t = System.nanoTime();
        index.commit();
        return (nanos + System.nanoTime() - t) / 1e9;
    }

    private static double median(List<StageTimes> stages, java.util.function.ToLongFunction<StageTimes> stage) {
        return ms(stages.stream().mapToLong(stage).sorted().toArray(), 50);
    }

    private static long[] time(List<String> queries, java.util.function.Consumer<String> run) {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            run.accept(queries.get(i));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long[] timeLucene(SearchIndex index, List<Query> queries) {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < nanos.length; i++) {
            Query q = queries.get(i);
            nanos[i] = nanos(() -> topTen(index, q));
        }
        return nanos;
    }

    /** The baseline: a bare IndexSearcher, top 10 by score, nothing else. */
    private static TopDocs topTen(SearchIndex index, Query query) {
        return index.search(s -> {
            try {
                return s.search(query, 10);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static long nanos(Runnable run) {
        long t = System.nanoTime();
        run.run();
        return System.nanoTime() - t;
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long[] sorted, int p) {
        return pct(sorted, p) / 1e6;
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
