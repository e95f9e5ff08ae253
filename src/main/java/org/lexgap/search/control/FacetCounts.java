package org.lexgap.search.control;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts, over every match, the values of the facet fields (their sorted-set doc values). */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<String, Long>>> {

    private final List<String> fields;

    FacetCounts(List<String> fields) {
        this.fields = fields;
    }

    @Override
    public Counter newCollector() {
        return new Counter(fields);
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counter> counters) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        fields.forEach(f -> out.put(f, new TreeMap<>()));
        for (Counter c : counters) {
            c.flush();
            c.totals.forEach((field, counts) -> counts.forEach((v, n) -> out.get(field).merge(v, n, Long::sum)));
        }
        return out;
    }

    static final class Counter extends SimpleCollector {
        private final List<String> fields;
        private final Map<String, Map<String, Long>> totals = new HashMap<>();
        private SortedSetDocValues[] values;
        private long[][] counts;

        Counter(List<String> fields) {
            this.fields = fields;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            values = new SortedSetDocValues[fields.size()];
            counts = new long[fields.size()][];
            for (int i = 0; i < fields.size(); i++) {
                values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
                counts[i] = new long[(int) values[i].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int i = 0; i < values.length; i++) {
                SortedSetDocValues dv = values[i];
                if (dv.advanceExact(doc)) {
                    for (int k = 0; k < dv.docValueCount(); k++) {
                        counts[i][(int) dv.nextOrd()]++;
                    }
                }
            }
        }

        void flush() {
            if (values == null) {
                return;
            }
            try {
                for (int i = 0; i < values.length; i++) {
                    Map<String, Long> field = totals.computeIfAbsent(fields.get(i), f -> new HashMap<>());
                    for (int ord = 0; ord < counts[i].length; ord++) {
                        if (counts[i][ord] > 0) {
                            field.merge(values[i].lookupOrd(ord).utf8ToString(), counts[i][ord], Long::sum);
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            values = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
