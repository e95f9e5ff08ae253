package org.lexgap.assessment.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lexgap.corpus.entity.Concept;
import org.lexgap.corpus.entity.Thesaurus;
import org.lexgap.corpus.entity.Provision;

/**
 * Tells whether a provision speaks of a concept: tagged with it (or a narrower concept) in the corpus, or,
 * for a provision without tags, using one of its terms, in any language, in its text or headings.
 */
public final class ConceptMatcher {

    /** A term matches at a word start and may carry a short inflection (organ, organs, органов). */
    private static final String WORD_END = "\\p{L}{0,2}(?![\\p{L}\\p{N}])";

    private final Map<String, Pattern> patterns = new HashMap<>();
    private final Map<String, Set<String>> narrower = new HashMap<>();

    public ConceptMatcher(List<Concept> concepts) {
        for (Concept concept : concepts) {
            String alternatives = concept.terms().values().stream().flatMap(List::stream)
                    .map(ConceptMatcher::normalise).filter(t -> !t.isBlank()).distinct()
                    .map(Pattern::quote).collect(Collectors.joining("|"));
            patterns.put(concept.id(), Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")" + WORD_END));
        }
        Thesaurus thesaurus = new Thesaurus(concepts);
        for (Concept concept : concepts) {
            narrower.put(concept.id(), thesaurus.family(concept.id()));
        }
    }

    /**
     * How a provision matched a concept: the passage that shows it, if it did. A provision the corpus tags
     * with topics is judged by its tags alone (its summary is our own description, where a term may well
     * stand in a negation); an untagged provision, such as an imported official text, by its words.
     */
    public Optional<String> match(String conceptId, Provision provision) {
        Set<String> family = narrower.getOrDefault(conceptId, Set.of(conceptId));
        Optional<String> byText = textMatch(conceptId, provision);
        if (!provision.topics().isEmpty()) {
            return provision.topics().stream().anyMatch(family::contains)
                    ? Optional.of(byText.orElse(Passages.firstSentence(provision.summary())))
                    : Optional.empty();
        }
        return byText;
    }

    private Optional<String> textMatch(String conceptId, Provision provision) {
        Pattern pattern = patterns.get(conceptId);
        if (pattern != null) {
            for (String text : texts(provision)) {
                Matcher m = pattern.matcher(normalise(text));
                if (m.find()) {
                    return Optional.of(Passages.sentenceAround(text, m.start()));
                }
            }
        }
        return Optional.empty();
    }

    /** The texts to look in, the most informative first: the passage shown comes from the first that matches. */
    private static List<String> texts(Provision p) {
        List<String> texts = new ArrayList<>();
        for (String text : new String[] {p.summary(), p.officialText(), p.heading(), p.originalHeading()}) {
            if (text != null && !text.isBlank()) {
                texts.add(text);
            }
        }
        return texts;
    }

    /**
     * Lower case and canonical composition, keeping length, so that match offsets stay valid in the
     * original text.
     */
    static String normalise(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        String lower = composed.toLowerCase(Locale.ROOT);
        return lower.length() == composed.length() ? lower : composed;
    }
}
