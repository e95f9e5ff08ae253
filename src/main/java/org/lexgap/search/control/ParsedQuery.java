package org.lexgap.search.control;

import java.util.List;

/**
 * A query in lexgap's human syntax, parsed.
 *
 * @param groups what is looked for; each group is one word or phrase, or several joined by OR
 * @param excluded words and phrases after a minus: no hit may contain them
 * @param numbers provision numbers named by citation forms ("art. 10", "§ 18"), as number cores
 */
public record ParsedQuery(List<Group> groups, List<Term> excluded, List<String> numbers) {

    /** A word (or phrase, or a prefix written {@code word*}). */
    public record Term(String text, boolean phrase, boolean prefix) {
        public static Term word(String text) {
            return new Term(text, false, false);
        }

        public static Term phrase(String text) {
            return new Term(text, true, false);
        }
    }

    /** Alternatives joined by OR; one term when there is no OR. */
    public record Group(List<Term> alternatives) {
        public boolean single() {
            return alternatives.size() == 1;
        }
    }

    public boolean empty() {
        return groups.isEmpty() && numbers.isEmpty();
    }
}
