package org.lexgap.corpus.control;

import java.util.List;
import java.util.regex.Pattern;
import org.lexgap.corpus.entity.Thesaurus;
import org.lexgap.corpus.entity.Vocabulary;

/** The validator's rules for a statute vocabulary (its file name is checked by the validator). */
final class VocabularyCheck {

    /** Words of letters, digits, apostrophes and inner dashes, each optionally ending in a prefix star. */
    private static final Pattern VOCABULARY_FORM =
            Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*\\*?( [\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*\\*?)*");

    private VocabularyCheck() {
    }

    /** A vocabulary's file is named after its language, and every concept it phrases is one of the thesaurus. */
    static void check(Located<Vocabulary> file, java.util.Set<String> conceptIds, Located<Thesaurus> thesaurus,
                      List<CorpusError> errors) {
        Vocabulary vocabulary = file.value();
        vocabulary.concepts().forEach((conceptId, forms) -> {
            if (!conceptIds.contains(conceptId)) {
                errors.add(file.error("/concepts/" + conceptId, "unknown concept '" + conceptId + "'"));
            }
            for (int i = 0; forms != null && i < forms.size(); i++) {
                if (!VOCABULARY_FORM.matcher(forms.get(i)).matches()) {
                    errors.add(file.error("/concepts/" + conceptId + "/" + i, "a form is words separated by "
                            + "spaces, a word may end in *; not '" + forms.get(i) + "'"));
                }
            }
        });
        if (vocabulary.notRead() != null && thesaurus != null) {
            vocabulary.notRead().forEach((conceptId, terms) -> {
                List<String> known = thesaurus.value().concepts().stream().filter(c -> c.id().equals(conceptId))
                        .findFirst().map(c -> c.terms().getOrDefault(vocabulary.language(), List.of())).orElse(null);
                if (known == null) {
                    errors.add(file.error("/notRead/" + conceptId, "unknown concept '" + conceptId + "'"));
                } else {
                    terms.stream().filter(t -> !known.contains(t)).forEach(t -> errors.add(file.error("/notRead/"
                            + conceptId, "'" + t + "' is not a " + vocabulary.language() + " term of " + conceptId)));
                }
            });
        }
    }
}
