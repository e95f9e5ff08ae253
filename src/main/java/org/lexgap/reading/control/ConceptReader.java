package org.lexgap.reading.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.lexgap.corpus.entity.Concept;
import org.lexgap.corpus.entity.Thesaurus;
import org.lexgap.corpus.entity.Vocabulary;
import org.lexgap.reading.entity.Paragraph;
import org.lexgap.reading.entity.Reading;

/**
 * Reads which concepts a text expresses, paragraph by paragraph. The text goes into a Lucene {@link MemoryIndex}
 * analysed with its language's analyzer (the one the search index uses), one value per paragraph with a wide
 * position gap so that no form reaches across two paragraphs; each concept's words run as an interval query, and
 * the offsets of their matches tell the paragraph. A concept found counts as its broader concepts too; words that
 * only stand in the title of a cited instrument ("Framework Decision … on combating trafficking") or that a clause
 * only defines by reference ("tissue within the meaning of section 1a") do not count.
 */
public final class ConceptReader {

    static final String FIELD = "text";
    /** The same paragraphs, exact words only (no stop words removed, no stemming): for phrases that need them. */
    static final String EXACT = "exact";
    /** Positions between two paragraphs: far more than any form's window. */
    private static final int PARAGRAPH_GAP = 1000;

    private final ConceptSources sources;
    private final LanguageAnalyzers analyzers;
    private final Map<String, Set<String>> ancestors = new HashMap<>();

    public ConceptReader(Thesaurus thesaurus, Map<String, Vocabulary> vocabularies, LanguageAnalyzers analyzers) {
        this.sources = new ConceptSources(thesaurus.concepts(), vocabularies, analyzers);
        this.analyzers = analyzers;
        Map<String, String> broader = new HashMap<>();
        thesaurus.concepts().forEach(c -> {
            if (c.broader() != null) {
                broader.put(c.id(), c.broader());
            }
        });
        for (Concept c : thesaurus.concepts()) {
            Set<String> up = new HashSet<>();
            for (String b = broader.get(c.id()); b != null && up.add(b); b = broader.get(b)) {
                // walk up
            }
            ancestors.put(c.id(), up);
        }
    }

    /**
     * @param heading the provision's heading in the text's language (may be null)
     * @param language ISO 639-1 code of the text (null or unknown: Unicode word breaking, no stemming)
     */
    public Reading read(String heading, String text, String language) {
        String lang = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);
        Analyzer analyzer = analyzers.forLanguage(lang);
        List<Paragraph> paragraphs = Paragraphs.of(text == null ? "" : text);
        Map<String, ConceptSources.Sources> concepts = sources.of(lang);
        Set<String> inHeading = new HashSet<>();
        String headingText = heading == null ? "" : heading;
        if (!paragraphs.isEmpty() && isHeadingLine(paragraphs.get(0).text())) {
            // a text that opens with its own heading line ("§ 232 Menschenhandel", "279.011 Trafficking of …")
            headingText = headingText + "\n" + paragraphs.get(0).text();
        }
        if (!headingText.isBlank()) {
            MemoryIndex index = new MemoryIndex(true, false);
            index.addField(FIELD, headingText, analyzer);
            index.addField(EXACT, headingText, ConceptSources.EXACT);
            concepts.forEach((id, source) -> {
                if (!offsets(index, source).isEmpty()) {
                    inHeading.add(id);
                }
            });
        }
        Map<Integer, Map<String, Integer>> found = new HashMap<>();
        if (!paragraphs.isEmpty()) {
            MemoryIndex index = new MemoryIndex(true, false);
            int[] base = new int[paragraphs.size()];
            int offset = 0;
            for (Paragraph p : paragraphs) {
                base[p.index()] = offset;
                index.addField(FIELD, analyzer.tokenStream(FIELD, p.text()), PARAGRAPH_GAP, 1);
                index.addField(EXACT, ConceptSources.EXACT.tokenStream(EXACT, p.text()), PARAGRAPH_GAP, 1);
                offset += p.text().length() + 1;
            }
            concepts.forEach((id, source) -> {
                for (int start : offsets(index, source)) {
                    int paragraph = paragraphAt(base, start);
                    int local = start - base[paragraph];
                    String own = paragraphs.get(paragraph).text();
                    if (!InstrumentTitles.insideOne(own, local) && !DefinitionsByReference.insideOne(own, local)) {
                        found.computeIfAbsent(paragraph, k -> new HashMap<>()).merge(id, local, Math::min);
                    }
                }
            });
        }
        return new Reading(lang, withAncestors(inHeading), paragraphs, withAncestors(found));
    }

    /** A short first line that ends without a sentence's full stop or colon: a heading, not a rule. */
    static boolean isHeadingLine(String paragraph) {
        String line = paragraph.strip();
        return line.length() <= 160 && !line.contains("\n") && !line.endsWith(".") && !line.endsWith(":")
                && !line.endsWith(";") && !line.startsWith("(") && line.split("\\s+").length <= 20;
    }

    private Set<String> withAncestors(Set<String> ids) {
        Set<String> all = new HashSet<>(ids);
        ids.forEach(id -> all.addAll(ancestors.getOrDefault(id, Set.of())));
        return all;
    }

    private Map<Integer, Map<String, Integer>> withAncestors(Map<Integer, Map<String, Integer>> found) {
        Map<Integer, Map<String, Integer>> out = new HashMap<>();
        found.forEach((paragraph, concepts) -> {
            Map<String, Integer> all = new HashMap<>(concepts);
            concepts.forEach((id, at) -> ancestors.getOrDefault(id, Set.of()).forEach(a -> all.merge(a, at, Math::min)));
            out.put(paragraph, all);
        });
        return out;
    }

    private static int paragraphAt(int[] base, int offset) {
        int i = java.util.Arrays.binarySearch(base, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The start offsets of every match of a concept's words in the index. */
    private static List<Integer> offsets(MemoryIndex index, ConceptSources.Sources sources) {
        List<Integer> out = new ArrayList<>();
        if (sources.analysed() != null) {
            out.addAll(offsets(index, FIELD, sources.analysed()));
        }
        if (sources.exact() != null) {
            out.addAll(offsets(index, EXACT, sources.exact()));
        }
        return out;
    }

    private static List<Integer> offsets(MemoryIndex index, String field, IntervalsSource source) {
        List<Integer> out = new ArrayList<>();
        try {
            IndexSearcher searcher = index.createSearcher();
            Weight weight = searcher.createWeight(searcher.rewrite(new IntervalQuery(field, source)),
                    ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Matches matches = weight.matches(leaf, 0);
                MatchesIterator it = matches == null ? null : matches.getMatches(field);
                while (it != null && it.next()) {
                    if (it.startOffset() >= 0) {
                        out.add(it.startOffset());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
