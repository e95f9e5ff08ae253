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
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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
                if (dropsMeaning(term, analyzer)) {
                    List<String> words = words(term, EXACT);
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
     * Whether analysis drops a word of a thesaurus term that carries its meaning (a negation, a preposition such
     * as "without"), or keeps only one of its words: such a term is read over the exact words. Other dropped words
     * (articles, "of", "in") leave room in the analysed phrase instead, so that inflected forms still match.
     */
    private static boolean dropsMeaning(String term, Analyzer analyzer) {
        String[] written = term.trim().split("\\s+");
        if (written.length > 1 && alternatives(term, analyzer).size() < 2) {
            return true; // "gegen einen Deutschen": the one word left would match far more than the term
        }
        for (String word : written) {
            if (alternatives(word, analyzer).isEmpty() && MEANINGFUL.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Words that change a phrase's meaning although analyzers drop them as stop words. */
    private static final java.util.Set<String> MEANINGFUL = java.util.Set.of(
            "not", "no", "without", "nicht", "kein", "keine", "ohne", "ne", "pas", "sans", "non", "sin", "senza",
            "без", "не", "ни", "bez", "nie", "fără", "nu", "χωρίς", "δεν", "μη", "zonder", "geen", "niet",
            "against", "gegen", "contre", "contra", "против", "проти", "proti", "przeciwko", "împotriva", "κατά", "tegen");

    /**
     * One form: null when analysis keeps none of its words (a form of stop words only). A thesaurus term is a
     * phrase: its words in order, with room only for the words analysis dropped; a vocabulary form is a window.
     * {@code word*} matches the words that begin with it, and the word's own stem ("officer*" also finds
     * "officers", stemmed to "offic"). Where analysis gives several readings of one word (the Ukrainian
     * dictionary's lemmas), any of them matches.
     */
    private static IntervalsSource form(String form, Analyzer analyzer, boolean phrase) {
        List<IntervalsSource> words = new ArrayList<>();
        String[] written = form.trim().split("\\s+");
        for (String word : written) {
            if (word.endsWith("*") && word.length() > 1) {
                String stem = word.substring(0, word.length() - 1);
                BytesRef prefix = analyzer.normalize(ConceptReader.FIELD, stem);
                if (prefix.length > 0) {
                    List<IntervalsSource> either = new ArrayList<>();
                    either.add(Intervals.prefix(prefix, MAX_EXPANSIONS));
                    for (List<String> readings : alternatives(stem, analyzer)) {
                        readings.stream().filter(r -> !r.equals(prefix.utf8ToString())).forEach(r -> either.add(Intervals.term(r)));
                    }
                    words.add(any(either));
                }
            } else {
                for (List<String> readings : alternatives(word, analyzer)) {
                    words.add(any(readings.stream().map(Intervals::term).toList()));
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
        if (phrase) {
            int droppedWords = Math.max(0, written.length - words.size());
            return droppedWords == 0 ? Intervals.phrase(parts) : Intervals.maxgaps(droppedWords, Intervals.ordered(parts));
        }
        return Intervals.maxgaps(EXTRA_GAP + words.size() - 1, Intervals.unordered(parts));
    }

    /** The analysed words of a text, each as the readings analysis gives at its position (usually one). */
    private static List<List<String>> alternatives(String text, Analyzer analyzer) {
        List<List<String>> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ConceptReader.FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() == 0 && !positions.isEmpty()) {
                    List<String> last = positions.get(positions.size() - 1);
                    if (!last.contains(term.toString())) {
                        last.add(term.toString());
                    }
                } else {
                    positions.add(new ArrayList<>(List.of(term.toString())));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return positions;
    }

    /** The words of a text, one per position. */
    private static List<String> words(String text, Analyzer analyzer) {
        return alternatives(text, analyzer).stream().map(readings -> readings.get(0)).toList();
    }
}
