package org.lexgap.reading.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.util.BytesRef;
import org.lexgap.corpus.entity.Concept;
import org.lexgap.corpus.entity.Vocabulary;

/**
 * The words of each concept in one language, as Lucene interval sources over a text analysed with that language's
 * analyzer: the thesaurus terms (read as phrases; those the vocabulary lists under {@code notRead} are left out)
 * and the statute forms of {@code checklists/vocabulary/<language>.yaml}, grown from real statutes. A one-word
 * form is a term (or a prefix, for {@code word*}); a longer vocabulary form needs all its words within a short
 * window, in any order, so that "Entnahme von Organen" and "Organe … entnommen" both read as organ removal; a
 * thesaurus term of several words is read as the phrase it is, over the exact words when analysis would drop some
 * of them (a negation, a preposition that carries the meaning).
 */
final class ConceptSources {

    /** The exact words: Unicode word breaking and lower case, every word kept. */
    static final Analyzer EXACT = new org.apache.lucene.analysis.standard.StandardAnalyzer(
            org.apache.lucene.analysis.CharArraySet.EMPTY_SET);
    /** Words a form's words may leave between them, beyond their own number. */
    static final int EXTRA_GAP = 3;
    /** Prefix expansions per word in one text: plenty for one provision. */
    private static final int MAX_EXPANSIONS = 256;

    private final List<Concept> concepts;
    private final Map<String, Vocabulary> vocabularies;
    private final LanguageAnalyzers analyzers;
    private final Map<String, Map<String, Sources>> byLanguage = new ConcurrentHashMap<>();

    ConceptSources(List<Concept> concepts, Map<String, Vocabulary> vocabularies, LanguageAnalyzers analyzers) {
        this.concepts = concepts;
        this.vocabularies = vocabularies;
        this.analyzers = analyzers;
    }

    /**
     * The words of one concept: over the analysed text, and (for phrases whose analysis drops words, such as "nicht
     * verpflichtet", where the dropped word carries the meaning) over the exact, lower-cased words.
     */
    record Sources(IntervalsSource analysed, IntervalsSource exact) {
    }

    /** Concept id to the sources of its words in a language; concepts without words there are left out. */
    Map<String, Sources> of(String language) {
        return byLanguage.computeIfAbsent(language, this::build);
    }

    private Map<String, Sources> build(String language) {
        Analyzer analyzer = analyzers.forLanguage(language);
        Vocabulary vocabulary = vocabularies.get(language);
        Map<String, Sources> out = new LinkedHashMap<>();
        for (Concept concept : concepts) {
            List<String> grown = vocabulary == null ? List.of() : vocabulary.concepts().getOrDefault(concept.id(), List.of());
            List<String> dropped = vocabulary == null || vocabulary.notRead() == null ? List.of()
                    : vocabulary.notRead().getOrDefault(concept.id(), List.of());
            List<IntervalsSource> sources = new ArrayList<>();
            List<IntervalsSource> exact = new ArrayList<>();
            for (String term : concept.terms().getOrDefault(language, List.of())) {
                if (dropped.contains(term)) {
                    continue;
                }
                String[] written = term.trim().split("\\s+");
                List<String> analysed = new ArrayList<>();
                for (String word : written) {
                    analysed.addAll(tokens(word, analyzer));
                }
                if (written.length > 1 && analysed.size() < written.length) {
                    List<String> words = tokens(term, EXACT);
                    exact.add(words.size() == 1 ? Intervals.term(words.get(0)) : Intervals.phrase(words.toArray(String[]::new)));
                } else {
                    addIfAny(sources, form(term, analyzer, true));
                }
            }
            for (String form : grown) {
                addIfAny(sources, form(form, analyzer, false));
            }
            if (!sources.isEmpty() || !exact.isEmpty()) {
                out.put(concept.id(), new Sources(any(sources), any(exact)));
            }
        }
        return out;
    }

    private static void addIfAny(List<IntervalsSource> sources, IntervalsSource source) {
        if (source != null) {
            sources.add(source);
        }
    }

    private static IntervalsSource any(List<IntervalsSource> sources) {
        return sources.isEmpty() ? null : sources.size() == 1 ? sources.get(0) : Intervals.or(sources);
    }

    /**
     * One form: null when analysis keeps none of its words (a form of stop words only). A thesaurus term is a
     * phrase: its words in order, with room only for the stop words it had; a vocabulary form is a window.
     */
    private static IntervalsSource form(String form, Analyzer analyzer, boolean phrase) {
        List<IntervalsSource> words = new ArrayList<>();
        String[] written = form.trim().split("\\s+");
        for (String word : written) {
            if (word.endsWith("*") && word.length() > 1) {
                BytesRef prefix = analyzer.normalize(ConceptReader.FIELD, word.substring(0, word.length() - 1));
                if (prefix.length > 0) {
                    words.add(Intervals.prefix(prefix, MAX_EXPANSIONS));
                }
            } else {
                for (String token : tokens(word, analyzer)) {
                    words.add(Intervals.term(token));
                }
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        IntervalsSource[] parts = words.toArray(IntervalsSource[]::new);
        return phrase ? Intervals.phrase(parts)
                : Intervals.maxgaps(EXTRA_GAP + words.size() - 1, Intervals.unordered(parts));
    }

    private static List<String> tokens(String text, Analyzer analyzer) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ConceptReader.FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
