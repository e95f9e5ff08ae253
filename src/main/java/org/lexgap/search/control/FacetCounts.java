package org.lexgap.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/**
 * Counts, over every match collected in a {@link FacetsCollector}, the values of the facet fields (their
 * sorted-set doc values), with Lucene's {@link StringValueFacetCounts}. The per-field ordinal maps
 * ({@link StringDocValuesReaderState}) depend only on the index reader: they are built once per reader and kept
 * until the searcher is refreshed.
 */
final class FacetCounts {

    private final List<String> fields;
    private volatile ReaderStates states;

    private record ReaderStates(IndexReader reader, Map<String, StringDocValuesReaderState> byField) {
    }

    FacetCounts(List<String> fields) {
        this.fields = fields;
    }

    /** Per facet field (all of them, in a sorted map), value to number of matches. */
    Map<String, Map<String, Long>> count(IndexReader reader, FacetsCollector matches) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        try {
            for (Map.Entry<String, StringDocValuesReaderState> e : statesOf(reader).entrySet()) {
                Map<String, Long> counts = new TreeMap<>();
                FacetResult result = new StringValueFacetCounts(e.getValue(), matches).getAllChildren(e.getKey());
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        counts.put(lv.label, lv.value.longValue());
                    }
                }
                out.put(e.getKey(), counts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fields.forEach(f -> out.putIfAbsent(f, new TreeMap<>()));
        return out;
    }

    private Map<String, StringDocValuesReaderState> statesOf(IndexReader reader) throws IOException {
        ReaderStates current = states;
        if (current == null || current.reader() != reader) {
            Set<String> withValues = new HashSet<>();
            for (FieldInfo info : FieldInfos.getMergedFieldInfos(reader)) {
                if (info.getDocValuesType() == DocValuesType.SORTED_SET) {
                    withValues.add(info.name);
                }
            }
            Map<String, StringDocValuesReaderState> byField = new LinkedHashMap<>();
            for (String field : fields) {
                if (withValues.contains(field)) {
                    byField.put(field, new StringDocValuesReaderState(reader, field));
                }
            }
            current = new ReaderStates(reader, byField);
            states = current;
        }
        return current.byField();
    }
}
