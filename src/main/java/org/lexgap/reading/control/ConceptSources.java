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
 * analyzer: the statute forms of {@code checklists/vocabulary/<language>.yaml} where that file phrases the concept
 * (they were grown from real statutes and replace the search terms), else the thesaurus terms. A one-word
 * form is a term (or a prefix, for {@code word*}); a longer vocabulary form needs all its words within a short
 * window, in any order, so that "Entnahme von Organen" and "Organe … entnommen" both read as organ removal; a
 * thesaurus term of several words is read as the phrase it is.
 */
final class ConceptSources {

    /** Words a form's words may leave between them, beyond their own number. */
    static final int EXTRA_GAP = 3;
    /** Prefix expansions per word in one text: plenty for one provision. */
    private static final int MAX_EXPANSIONS = 256;

    private final List<Concept> concepts;
    private final Map<String, Vocabulary> vocabularies;
    private final LanguageAnalyzers analyzers;
    private final Map<String, Map<String, IntervalsSource>> byLanguage = new ConcurrentHashMap<>();

    ConceptSources(List<Concept> concepts, Map<String, Vocabulary> vocabularies, LanguageAnalyzers analyzers) {
        this.concepts = concepts;
        this.vocabularies = vocabularies;
        this.analyzers = analyzers;
    }

    /** Concept id to the source of its words in a language; concepts without words there are left out. */
    Map<String, IntervalsSource> of(String language) {
        return byLanguage.computeIfAbsent(language, this::build);
    }

    private Map<String, IntervalsSource> build(String language) {
        Analyzer analyzer = analyzers.forLanguage(language);
        Vocabulary vocabulary = vocabularies.get(language);
        Map<String, IntervalsSource> out = new LinkedHashMap<>();
        for (Concept concept : concepts) {
            List<String> grown = vocabulary == null ? null : vocabulary.concepts().get(concept.id());
            boolean phrases = grown == null;
            List<String> forms = phrases ? concept.terms().getOrDefault(language, List.of()) : grown;
            List<IntervalsSource> sources = new ArrayList<>();
            for (String form : forms) {
                IntervalsSource source = form(form, analyzer, phrases);
                if (source != null) {
                    sources.add(source);
                }
            }
            if (!sources.isEmpty()) {
                out.put(concept.id(), sources.size() == 1 ? sources.get(0) : Intervals.or(sources));
            }
        }
        return out;
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
        if (words.isEmpty() || phrase && written.length > 1 && words.size() < 2) {
            // a phrase that analysis shrinks to one word ("gegen einen Deutschen" to "deutsch") says too little
            return null;
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        IntervalsSource[] parts = words.toArray(IntervalsSource[]::new);
        return phrase
                ? Intervals.maxgaps(Math.max(0, written.length - words.size()) + 1, Intervals.ordered(parts))
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
