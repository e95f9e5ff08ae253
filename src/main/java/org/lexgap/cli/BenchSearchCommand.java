package org.lexgap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.search.Query;
import org.lexgap.search.control.ConceptIndex;
import org.lexgap.search.control.LanguageAnalyzers;
import org.lexgap.search.control.ProvisionSearcher;
import org.lexgap.search.control.SearchIndex;
import org.lexgap.search.entity.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Indexes a synthetic multilingual corpus of each size and times, on the same index and queries in the same run,
 * lexgap's search path (parse, thesaurus expansion, search, facets, snippets) against a bare IndexSearcher running
 * the Lucene query that lexgap builds (top 10, no facets, no stored fields).
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
        System.out.printf("%-9s %12s %10s %10s %10s %10s %10s%n", "size", "index/s", "lexgap p50", "lexgap p99",
                "lucene p50", "lucene p99", "p50 ratio");
        for (int size : sizes) {
            Path folder = Files.createTempDirectory(dir == null ? Path.of(System.getProperty("java.io.tmpdir")) : dir,
                    "bench-" + size + "-");
            LanguageAnalyzers analyzers = new LanguageAnalyzers();
            try (SearchIndex index = SearchIndex.open(folder, analyzers)) {
                long start = System.nanoTime();
                synthetic.documents(size).forEachRemaining(d -> index.stage(d.get(0).documentId(), d));
                index.commit();
                double seconds = (System.nanoTime() - start) / 1e9;
                ProvisionSearcher searcher = new ProvisionSearcher(index, analyzers,
                        new ConceptIndex(synthetic.concepts()));
                List<String> texts = synthetic.queries(queries);
                List<Query> built = texts.stream().map(q -> searcher.luceneQuery(SearchRequest.of(q))).toList();
                for (int warm = 0; warm < 2; warm++) {
                    time(texts, q -> searcher.search(SearchRequest.of(q)));
                    timeLucene(index, built);
                }
                long[] lexgap = time(texts, q -> searcher.search(SearchRequest.of(q)));
                long[] lucene = timeLucene(index, built);
                System.out.printf("%-9d %12.0f %9.2fms %9.2fms %9.2fms %9.2fms %10.2f%n", size, size / seconds,
                        ms(lexgap, 50), ms(lexgap, 99), ms(lucene, 50), ms(lucene, 99),
                        (double) pct(lexgap, 50) / Math.max(1, pct(lucene, 50)));
            } finally {
                deleteTree(folder);
            }
        }
        System.out.printf("heap used at end: %d MiB of max %d MiB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        return 0;
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
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            ids.add(Integer.toString(i));
        }
        return time(ids, i -> index.search(s -> {
            try {
                return s.search(queries.get(Integer.parseInt(i)), 10);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
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
