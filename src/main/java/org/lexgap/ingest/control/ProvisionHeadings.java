package org.lexgap.ingest.control;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering styles of statutes and treaties: a heading line starts with a label and a number
 * ({@code Article 10}, {@code Art. 10}, {@code Artikel 10}, {@code Articolo 601-bis}, {@code Artículo 156 bis},
 * {@code Article 225-4-1}, {@code Статья 127.1}, {@code Стаття 149}, {@code Madde 91}, {@code Член 159а},
 * {@code § 18}, {@code Section 32A}) or, on legislation sites, only a number and a short title
 * ({@code 2 Human trafficking}). After the number comes the end of the line, a separator or a capital letter:
 * "Article 5 of this Convention" inside a sentence is no heading.
 */
final class ProvisionHeadings {

    /** A family of numbering: the local id prefix its provisions get ({@code art}, {@code s}). */
    enum Style {
        ARTICLE("art"), SECTION_SIGN("s"), SECTION("s"), BARE("s");

        final String prefix;

        Style(String prefix) {
            this.prefix = prefix;
        }
    }

    /** A heading line taken apart; {@code rest} is what follows the number on the same line (may be empty). */
    record Heading(Style style, String label, String number, String rest) {
    }

    private static final String ORDINAL = "(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)";
    private static final String NUMBER = "(\\d{1,5}(?:[.\\-]\\d{1,5})*(?:[\\s\\-]?" + ORDINAL + ")?"
            + "(?:[A-Za-zА-Яа-яЁёІіЇїЄє](?![\\p{L}]))?)";
    private static final String AFTER = "(?:\\s*$|\\s*[.:\\p{Pd}]\\s*(.*)|\\s+((?:[\\p{Lu}(«\"“]|\\d+\\)).*))";

    private static final List<Entry> STYLES = List.of(
            new Entry(Style.ARTICLE, Pattern.compile("(?u)^((?iu:Article|Art\\.|Artikel|Articolo|Artículo|"
                    + "Articulo|Artigo|Статья|Стаття|Член|Чл\\.|Madde|Άρθρο))\\s*" + NUMBER + AFTER)),
            new Entry(Style.SECTION_SIGN, Pattern.compile("(?u)^(§§?)\\s*" + NUMBER + AFTER)),
            new Entry(Style.SECTION, Pattern.compile("(?u)^((?iu:Section|Sec\\.|Sect\\.))\\s+" + NUMBER + AFTER)),
            new Entry(Style.BARE, Pattern.compile("(?u)^()(\\d{1,4}[A-Z]{0,2})\\s+(\\p{Lu}[^.;:,!?]{1,100})()$")));

    private record Entry(Style style, Pattern pattern) {
    }

    private ProvisionHeadings() {
    }

    /** The heading on this line in any style but the bare one (which needs the context of the whole text). */
    static Optional<Heading> parse(String line) {
        for (Entry entry : STYLES) {
            Optional<Heading> heading = parse(line, entry.style());
            if (heading.isPresent()) {
                return heading;
            }
        }
        return Optional.empty();
    }

    static Optional<Heading> parse(String line, Style style) {
        Entry entry = STYLES.stream().filter(e -> e.style() == style).findFirst().orElseThrow();
        Matcher m = entry.pattern().matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "";
        return Optional.of(new Heading(style, m.group(1), m.group(2).strip(), rest.strip()));
    }

    /** A line the cleaner must never drop as a running header (labelled styles only). */
    static boolean isHeading(String line) {
        return STYLES.stream().filter(e -> e.style() != Style.BARE)
                .anyMatch(e -> parse(line, e.style()).isPresent());
    }
}
