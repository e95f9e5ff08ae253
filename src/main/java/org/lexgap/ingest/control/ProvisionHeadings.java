package org.lexgap.ingest.control;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading lines of statutes and treaties in the languages of the corpus. A heading is a label and a number
 * ({@code Article 10}, {@code Art. 433quinquies}, {@code Articolul 210^1}, {@code Artículo segundo},
 * {@code Article L. 1272-3}, {@code § 18}, {@code Section 32A}, {@code Άρθρο 323Α}, {@code Чл. 159а},
 * {@code Neni 89/a}, {@code Հոդված 132}), or a number and a label ({@code 192. §}, {@code 4 kap. 1 a §},
 * {@code 147 straipsnis}, {@code 154.1 pants}, {@code 113. člen}, {@code 227. gr.}, {@code 128-бап}), followed by the
 * end of the line, a separator, or a capital: "Article 5 of this Convention" or "§ 5 Abs. 2" inside a sentence is
 * no heading. Bare numbers ({@code 60. Payment …}, {@code 56 Trading …}, {@code 2Human trafficking}, a number alone
 * on its line) are recognised by {@link #bare(String)} and need the context the splitter has.
 */
final class ProvisionHeadings {

    /** A family of numbering: the local id prefix its provisions get ({@code art}, {@code s}). */
    enum Style {
        ARTICLE("art"), SECTION_SIGN("s"), SECTION("s"), BARE("s"), REGULATION("reg");

        final String prefix;

        Style(String prefix) {
            this.prefix = prefix;
        }
    }

    /** How the heading line is built. */
    enum Shape {
        /** Label then number. */
        LABEL_FIRST,
        /** Number then label. */
        NUMBER_FIRST,
        /** A number and a title, no label. */
        BARE,
        /** A number alone on its line. */
        ALONE,
        /** A number glued to its title ({@code 2Human trafficking}). */
        GLUED
    }

    /**
     * A heading line taken apart.
     *
     * @param label the label and number as written ({@code Article 10}, {@code 192. §}); the number alone when bare
     * @param number the canonical number ({@link ProvisionNumbers#canonical})
     * @param rest what follows on the same line (may be empty)
     * @param titleBefore true when statutes of this label put the title on the line before ({@code Madde},
     *     {@code Članak}, {@code 192. §}, {@code 113. člen})
     */
    record Heading(Style style, Shape shape, String label, String number, String rest, boolean titleBefore) {
    }

    private static final String ARTICLE_LABELS = "Article|Art\\.?|Artikel|Artikkel|Artikla|Articolo|Artículo|Articulo"
            + "|Artigo|Articolul|Articol|Artikolu|Artykuł|Artykul|Artículu|Članak|Clanak|Član|Clan|Článek|Clanek"
            + "|Článok|Clanok|Čl\\.|Член|Чл\\.|Члан|Стаття|Статья|Статия|Madde|Maddə|Моддаи|Модда|Neni|Άρθρο|Αρθρο"
            + "|Հոդված|მუხლი|المادة|مادة";
    private static final String SECTION_LABELS = "Section|Sec\\.?|Sect\\.?";
    private static final String SIGN_LABELS = "§§?|Paragraf|Paragrahv|Paragraph|Pykälä|סעיף";
    private static final String TITLE_BEFORE_LABELS = "(?iu)madde|maddə|članak|clanak|član|clan|члан";
    /** The number, atomic: once read it is not given back to make a title fit ("144.º-B" never becomes "144.º"). */
    private static final String NUMBER = "((?>" + ProvisionNumbers.PATTERN + "))";
    private static final String NUMBER_OR_WORD = "((?>" + ProvisionNumbers.PATTERN + ")|(?<=\\s)"
            + ProvisionNumbers.ROMAN + "|(?<=\\s)(?iu:" + ProvisionNumbers.WORD_PATTERN + "))";

    /** After the number: the end, a separator and the rest, a capital (or an uncased script), or "in The …". */
    private static final String AFTER = "(?:\\s*$|\\s*[.:)]+(?!\\d)\\s*(.*)|\\s*[\\u2013\\u2014\\-]+\\s*(.*)"
            + "|\\s+((?:[\\p{Lu}\\p{Lt}\\p{Lo}(«\"“„'\\[§]|\\d{1,3}[.)]?\\s|\\^).*)|\\s+(?i:in\\s+the\\s+)(.*))";

    /** A US Code citation before the section sign, as copies of the Code print it ("18 U.S. Code § 1590"). */
    private static final String US_CODE = "(?:\\d{1,2}\\s+U\\.?\\s?S\\.?\\s?(?:C\\.?|Code)\\s+)?";
    private static final Pattern LABEL_FIRST = Pattern.compile("(?u)^" + US_CODE + "((?iu:" + ARTICLE_LABELS
            + ")|(?iu:" + SECTION_LABELS + ")|(?:" + SIGN_LABELS + "))\\s*\\(?" + NUMBER_OR_WORD + AFTER);
    private static final Pattern SIGN_AFTER = Pattern.compile("(?u)^(?:(\\d{1,3})\\s*(?i:kap\\.|luku)\\s*)?" + NUMBER
            + "\\.?\\s*§" + AFTER);
    private static final Pattern LABEL_AFTER = Pattern.compile("(?u)^" + NUMBER + "(?:\\.|-(?:n?[jç]?[iıyuü])?)?\\s*"
            + "((?iu:straipsnis|pants|člen|clen|cikk|gr\\.|grein|бап|modda|берене|madda|(?:дүгээр|дугаар|дахь|дэх)\\s+"
            + "зүйл))(?:\\s+(\\p{Ll})(?![\\p{L}]))?" + AFTER);
    private static final Pattern BARE_TITLE = Pattern.compile(
            "(?u)^(\\d{1,4}(?:\\.\\d{1,4}){0,3}[A-Z]{0,3})(?:\\.?\\s*[\\u2013\\u2014]\\s*|\\.(?!\\d)\\s*|\\s+)"
            + "(\\p{Lu}.{0,250}|\\((?:1|a|i|א)\\)\\s.*)$");
    private static final Pattern ALONE = Pattern.compile("(?u)^(\\d{1,4}(?:\\.\\d{1,4}){0,3}[A-Z]{0,3})\\.?$");
    private static final Pattern GLUED = Pattern.compile("(?u)^(\\d{1,4}[A-Z]{0,2}?)(\\p{Lu}\\p{Ll}.{0,200})$");
    private static final Pattern REFERENCE = Pattern.compile("(?iu)^(?:Abs\\.|Absatz|Abschnitt|Satz|Nr\\.|Nummer"
            + "|Buchst|lit\\.|Ziff|Unterabs|UAbs|Halbsatz|al\\.|alin|alinéa|par\\.|para\\.|paragraph|subsection"
            + "|sub-section"
            + "|ч\\.|п\\.|ал\\.|т\\.|odst\\.|písm|ust\\.|pkt|lid\\b|stk\\.|bekezdés|pont|comma|inciso)(?![\\p{L}])");
    /**
     * A statute's abbreviation after the number, as case-law sites print it ("§ 232 StGB – Menschenhandel"): two
     * capitals and a lower-case letter ("StGB", "AufenthG"), or two to four capitals ("GG", "TPG").
     */
    private static final Pattern ABBREVIATION = Pattern.compile("^((?=\\p{L}*\\p{Ll})\\p{Lu}\\p{L}*\\p{Lu}\\p{L}*"
            + "|\\p{Lu}{2,4})(?![\\p{L}])(?:\\s*[\\u2013\\u2014:-]\\s*|\\s+|$)(.*)$");

    private static final Pattern SPACE = Pattern.compile("[\\p{Zs}\\t]");
    /** An opening quotation mark: the provision is quoted in an amending act ("„§ 6"). */
    private static final Pattern QUOTE = Pattern.compile("^[„“”\"«»‚‘’']\\s*");

    private ProvisionHeadings() {
    }

    /** A labelled heading on this line (label first or number first), not a bare number. */
    static Optional<Heading> parse(String line) {
        String spaced = SPACE.matcher(ProvisionNumbers.digits(line)).replaceAll(" ").strip();
        String text = QUOTE.matcher(spaced).replaceFirst("");
        if (text.isEmpty() || text.length() > 400) {
            return Optional.empty();
        }
        Matcher m = LABEL_FIRST.matcher(text);
        if (m.matches()) {
            String label = m.group(1);
            Style style = style(label);
            String rest = rest(m, 3);
            if (rest == null) {
                return Optional.empty();
            }
            String written = text.substring(0, m.end(2)).strip();
            return Optional.of(new Heading(style, Shape.LABEL_FIRST, written, ProvisionNumbers.canonical(m.group(2)),
                    rest, label.matches(TITLE_BEFORE_LABELS)));
        }
        Matcher sign = SIGN_AFTER.matcher(text);
        if (sign.matches()) {
            String rest = rest(sign, 3);
            if (rest == null) {
                return Optional.empty();
            }
            String number = ProvisionNumbers.canonical(sign.group(2));
            if (sign.group(1) != null) {
                number = sign.group(1) + ":" + number;
            }
            String written = text.substring(0, text.indexOf('§', sign.end(2)) + 1).strip();
            return Optional.of(new Heading(Style.SECTION_SIGN, Shape.NUMBER_FIRST, written, number, rest,
                    sign.group(1) == null && written.matches("\\d.*\\.\\s*§")));
        }
        Matcher after = LABEL_AFTER.matcher(text);
        if (after.matches()) {
            String rest = rest(after, 4);
            if (rest == null) {
                return Optional.empty();
            }
            String number = ProvisionNumbers.canonical(after.group(1)
                    + (after.group(3) == null ? "" : " " + after.group(3)));
            int end = after.group(3) != null ? after.end(3) : after.end(2);
            boolean before = after.group(2).toLowerCase(java.util.Locale.ROOT).matches("člen|clen");
            return Optional.of(new Heading(Style.ARTICLE, Shape.NUMBER_FIRST, text.substring(0, end).strip(), number,
                    rest, before));
        }
        return Optional.empty();
    }

    /** A bare heading: a number and a title, a number glued to its title, or a number alone. */
    static Optional<Heading> bare(String line) {
        String text = SPACE.matcher(line).replaceAll(" ").strip();
        Matcher alone = ALONE.matcher(text);
        if (alone.matches()) {
            return Optional.of(new Heading(Style.BARE, Shape.ALONE, alone.group(1), alone.group(1), "", true));
        }
        Matcher m = BARE_TITLE.matcher(text);
        if (m.matches()) {
            return Optional.of(new Heading(Style.BARE, Shape.BARE, m.group(1), m.group(1), m.group(2).strip(),
                    m.group(2).startsWith("(")));
        }
        Matcher glued = GLUED.matcher(text);
        if (glued.matches()) {
            return Optional.of(new Heading(Style.BARE, Shape.GLUED, glued.group(1), glued.group(1),
                    glued.group(2).strip(), false));
        }
        return Optional.empty();
    }

    /** A line the cleaner must never drop as a running header (labelled headings only). */
    static boolean isHeading(String line) {
        return parse(line).isPresent();
    }

    /** The rest of the line after the number; null when it reads as a reference ("§ 5 Abs. 2"), not a heading. */
    private static String rest(Matcher m, int firstGroup) {
        for (int g = firstGroup; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                String rest = m.group(g).strip();
                if (g == firstGroup + 2 && REFERENCE.matcher(rest).find()) {
                    return null;
                }
                Matcher abbreviation = ABBREVIATION.matcher(rest);
                if (g == firstGroup + 2 && abbreviation.matches() && abbreviation.group(1).length() <= 10) {
                    String after = abbreviation.group(2).strip();
                    if (!after.isEmpty() && Character.isLowerCase(after.codePointAt(0))) {
                        return null;
                    }
                    return after;
                }
                if (g == firstGroup + 3) {
                    return "";
                }
                return rest;
            }
        }
        return "";
    }

    private static Style style(String label) {
        String l = label.strip();
        if (l.matches("(?iu)" + SECTION_LABELS)) {
            return Style.SECTION;
        }
        if (l.matches(SIGN_LABELS)) {
            return Style.SECTION_SIGN;
        }
        return Style.ARTICLE;
    }

    /** Lines that head a division above provisions (chapter, part, title), never a provision's own title. */
    static boolean isDivision(String line) {
        return DIVISION.matcher(line.strip()).find();
    }

    private static final Pattern DIVISION = Pattern.compile("(?iu)^(?:chapter|part|title|book|division|schedule"
            + "|kapitel|teil|abschnitt|unterabschnitt|titel|buch|chapitre|titre|livre|sous-section|capítulo|capitulo"
            + "|título|titulo|libro|sección|seccion|capitolo|titolo|parte|capitolul|titlul|secţiunea|secțiunea|глава"
            + "|раздел|розділ|дял|част|kısım|bölüm|kitap|fejezet|rész|poglavlje|glava|dio|rozdział|dział|część|hlava"
            + "|část|oddíl|díl|κεφαλαιο|κεφάλαιο|μερος|μέρος|τμημα|τμήμα|kapitulli|pjesa|skyrius|dalis|nodaļa|luku"
            + "|osa|peatükk|afdeling|hoofdstuk|annex|anhang|anexo|allegato|anexa|приложение)"
            + "(?:\\s+(?:\\d|[ivxlc]+\\b|\\p{L}['΄’]|\\p{Lu}\\b|a\\s+\\d|first|second|third|premier|première"
            + "|deuxième|primero|segundo|tercero|primer|prim[oa]|second[oa]|erster|zweiter|preliminar|preliminary"
            + "|unique|único|unico)|\\s*$)");

    /** The labels, for documentation and tests. */
    static List<String> labels() {
        return List.of(ARTICLE_LABELS, SECTION_LABELS, SIGN_LABELS);
    }
}
