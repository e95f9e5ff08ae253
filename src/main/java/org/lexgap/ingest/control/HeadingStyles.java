package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lexgap.ingest.control.ProvisionHeadings.Heading;
import org.lexgap.ingest.control.ProvisionHeadings.Style;

/**
 * The labelled headings of a text, of one numbering style: the one used most, the first on a tie. When a text has
 * articles and {@code §} numbers, and the {@code §} numbers paragraphs of the articles (Polish and Belgian codes:
 * "Art. 189a. § 1."), the articles are the provisions.
 */
final class HeadingStyles {

    /** Languages whose codes number the paragraphs of an article with {@code §}. */
    private static final Set<String> SIGN_PARAGRAPHS = Set.of("pl", "lb");

    private HeadingStyles() {
    }

    /** Per line, the heading it holds in the chosen style (empty for every line when no labelled heading occurs). */
    static List<Optional<Heading>> headings(List<SourceLine> lines, String language) {
        List<Optional<Heading>> parsed = new ArrayList<>(lines.size());
        Map<Style, Integer> count = new EnumMap<>(Style.class);
        Map<Style, Integer> first = new EnumMap<>(Style.class);
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            Optional<Heading> h = line.blank() ? Optional.empty() : ProvisionHeadings.parse(line.text());
            if (h.isPresent() && continuesSentence(lines, i, h.get())) {
                h = Optional.empty();
            }
            parsed.add(h);
            int index = i;
            h.ifPresent(x -> {
                count.merge(x.style(), 1, Integer::sum);
                first.putIfAbsent(x.style(), index);
            });
        }
        if (count.isEmpty()) {
            return parsed.stream().map(x -> Optional.<Heading>empty()).toList();
        }
        Style chosen;
        if (count.containsKey(Style.ARTICLE) && count.containsKey(Style.SECTION_SIGN)
                && signNumbersParagraphs(parsed, language)) {
            chosen = Style.ARTICLE;
        } else {
            chosen = count.keySet().stream().max(java.util.Comparator.comparing((Style s) -> count.get(s))
                    .thenComparing(s -> -first.get(s))).orElseThrow();
        }
        return parsed.stream().map(h -> h.filter(x -> x.style() == chosen)).toList();
    }

    /**
     * A heading-shaped line that is the continuation of a sentence wrapped before a citation ("… nach" / "§ 5 Satz
     * 2 …"): the line before is text without closing punctuation, and nothing on this line reads as a title.
     */
    private static boolean continuesSentence(List<SourceLine> lines, int index, Heading h) {
        if (index == 0 || lines.get(index).marked() || h.rest().isEmpty() || Titles.isTitle(h.rest())) {
            return false;
        }
        SourceLine previous = lines.get(index - 1);
        if (previous.blank() || previous.marked()) {
            return false;
        }
        String p = previous.text().strip();
        char last = p.charAt(p.length() - 1);
        return Character.isLetter(last) && Character.isLowerCase(last) && !h.rest().startsWith("(");
    }

    private static boolean signNumbersParagraphs(List<Optional<Heading>> parsed, String language) {
        if (SIGN_PARAGRAPHS.contains(language)) {
            return true;
        }
        boolean afterArticle = false;
        for (Optional<Heading> h : parsed) {
            if (h.isEmpty()) {
                continue;
            }
            if (h.get().style() == Style.ARTICLE) {
                if (h.get().rest().startsWith("§")) {
                    return true;
                }
                afterArticle = true;
            } else if (h.get().style() == Style.SECTION_SIGN) {
                if (afterArticle && h.get().number().equals("1")) {
                    return true;
                }
                afterArticle = false;
            }
        }
        return false;
    }
}
