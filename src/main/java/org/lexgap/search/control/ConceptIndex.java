package org.lexgap.search.control;

import org.lexgap.reading.control.LanguageAnalyzers;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lexgap.corpus.entity.Concept;

/**
 * The thesaurus as search needs it: every term of every language, normalised (lower case, accents folded,
 * apostrophes unified, spaces collapsed), pointing at its concept; and each concept's narrower concepts.
 */
public final class ConceptIndex {

    /** The longest term, in words, that a query n-gram is compared with. */
    static final int MAX_WORDS = 8;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\-]+");
    private static final Pattern EDGES = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");

    private final Map<String, Concept> byTerm = new HashMap<>();
    private final Map<String, List<String>> narrower = new HashMap<>();

    public ConceptIndex(Collection<Concept> concepts) {
        for (Concept c : concepts) {
            byTerm.putIfAbsent(normalize(c.label()), c);
            c.terms().values().forEach(terms -> terms.forEach(t -> byTerm.putIfAbsent(normalize(t), c)));
            if (c.broader() != null) {
                narrower.computeIfAbsent(c.broader(), k -> new ArrayList<>()).add(c.id());
            }
        }
    }

    public static ConceptIndex empty() {
        return new ConceptIndex(List.of());
    }

    /** The concept one of whose terms (any language) equals the text, after normalisation. */
    public Optional<Concept> lookup(String text) {
        return Optional.ofNullable(byTerm.get(normalize(text)));
    }

    /** The ids of the concepts directly narrower than a concept. */
    public List<String> narrower(String conceptId) {
        return narrower.getOrDefault(conceptId, List.of());
    }

    /** Every term of a concept, per language, with its label as an English term. */
    public static Map<String, List<String>> termsOf(Concept c) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        c.terms().forEach((language, terms) -> out.put(language.toLowerCase(Locale.ROOT), new ArrayList<>(terms)));
        List<String> english = out.computeIfAbsent(LanguageAnalyzers.ENGLISH, k -> new ArrayList<>());
        if (english.stream().noneMatch(t -> normalize(t).equals(normalize(c.label())))) {
            english.add(c.label());
        }
        return out;
    }

    static String normalize(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        folded = SPACES.matcher(folded.replace('\u2019', '\'').replace('`', '\'')).replaceAll(" ");
        return EDGES.matcher(folded).replaceAll("");
    }
}
