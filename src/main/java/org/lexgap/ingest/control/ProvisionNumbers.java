package org.lexgap.ingest.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Provision numbers as statutes write them and the one form lexgap keeps: digits with their dotted or hyphenated
 * parts ({@code 127.1}, {@code 225-4-1}), a code letter before them ({@code L. 1272-3} → {@code L1272-3},
 * {@code R425-2}), a superscript after them ({@code 210^1}; {@code 129¹} and {@code 130(1)} → {@code ^1}), one
 * letter glued to the number whatever stood between ({@code 32A}, {@code 159а}, {@code 323Α}; {@code § 7 a},
 * {@code 89/a}, {@code 144.º-B} → {@code 7a}, {@code 89a}, {@code 144B}), a Latin ordinal after a hyphen unless
 * written glued ({@code 601 bis} → {@code 601-bis}, {@code 433quinquies}), ordinal marks dropped ({@code 1.º},
 * {@code 1er}), ordinals in words ({@code segundo} → {@code 2}) and Roman numerals of amending acts ({@code II}).
 * Letters keep their script and case; {@link ProvisionIds} folds them for ids.
 */
final class ProvisionNumbers {

    /** Latin ordinals that follow an article number. */
    static final String LATIN = "(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies|undecies"
            + "|duodecies|terdecies|quaterdecies|quindecies|sexiesdecies)";

    /**
     * A number as it follows a label: digits and parts, then at most one of a superscript, an ordinal mark, a Latin
     * ordinal (not followed by a digit: "§ 232 bis 233" is a range) or one or two letters (a spaced letter only in
     * lower case, and not the article of a sentence).
     */
    static final String PATTERN = "(?:[LRDA]\\.?\\s?(?=\\d))?\\d{1,5}(?:[.\\-\\u2010-\\u2014]\\d{1,5})*"
            + "(?:\\.?[º°ª])?(?:\\^\\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\\(\\d{1,2}\\)(?=\\.|\\s*$))?"
            + "(?:[\\s\\-/]?(?i:" + LATIN + ")(?![\\p{L}])(?!\\s*\\d)"
            + "|[\\-/]?\\p{L}{1,2}(?![\\p{L}\\d])"
            + "|\\s\\p{Ll}(?![\\p{L}\\d])(?=\\s*$|\\s*[.:)§\\u2013\\u2014-]|\\s+\\p{Lu}|\\s+\\()"
            + "|\\s\\p{Lu}(?![\\p{L}\\d])(?=\\s*$|\\s*[.:)\\u2013\\u2014-]))?+"
            + "(?:\\.?[º°ª])?";

    /** Roman numerals (articles of amending acts: "Čl. II", "Articolul IV"). */
    static final String ROMAN = "[IVXL]{1,6}(?![\\p{L}\\d])";

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("primero", "1"), Map.entry("segundo", "2"), Map.entry("tercero", "3"), Map.entry("cuarto", "4"),
            Map.entry("quinto", "5"), Map.entry("sexto", "6"), Map.entry("séptimo", "7"), Map.entry("septimo", "7"),
            Map.entry("octavo", "8"), Map.entry("noveno", "9"), Map.entry("décimo", "10"), Map.entry("decimo", "10"),
            Map.entry("undécimo", "11"), Map.entry("duodécimo", "12"), Map.entry("decimotercero", "13"),
            Map.entry("decimocuarto", "14"), Map.entry("decimoquinto", "15"), Map.entry("decimosexto", "16"),
            Map.entry("decimoséptimo", "17"), Map.entry("decimoctavo", "18"), Map.entry("decimonoveno", "19"),
            Map.entry("vigésimo", "20"),
            Map.entry("primeiro", "1"), Map.entry("terceiro", "3"), Map.entry("sétimo", "7"), Map.entry("oitavo", "8"),
            Map.entry("nono", "9"),
            Map.entry("premier", "1"), Map.entry("première", "1"), Map.entry("primo", "1"),
            Map.entry("primer", "1"), Map.entry("segon", "2"), Map.entry("tercer", "3"), Map.entry("quart", "4"),
            Map.entry("الأولى", "1"), Map.entry("الاولى", "1"), Map.entry("الثانية", "2"), Map.entry("الثالثة", "3"),
            Map.entry("الرابعة", "4"), Map.entry("الخامسة", "5"), Map.entry("السادسة", "6"), Map.entry("السابعة", "7"),
            Map.entry("الثامنة", "8"), Map.entry("التاسعة", "9"), Map.entry("العاشرة", "10"));

    /** Words for the only article of an act; kept as the number, in lower case. */
    static final String SOLE = "(?:único|unico|unique|unic|únic|μόνο|μονο|unica|única)";

    /** Ordinals in words as a pattern (longest first, so "decimotercero" is not read as "decimo"). */
    static final String WORD_PATTERN = "(?:" + String.join("|", WORDS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + "|" + SOLE + ")(?![\\p{L}])";

    private static final Pattern CODE = Pattern.compile("^([LRDA])\\.?\\s?(?=\\d)");
    /** One letter after the number, whatever stands between ("7 a", "89/a", "144-B", "418-а"): glued. */
    private static final Pattern LETTER_SUFFIX = Pattern.compile("(\\d)[\\s\\-/]+(\\p{L})$");
    private static final Pattern ORDINAL_MARK = Pattern.compile("\\.?[º°ª]");
    private static final Pattern FIRST = Pattern.compile("^1(?:er|re)$");
    private static final Pattern LATIN_SUFFIX = Pattern.compile("(?i)(?<=[\\d\\-\\s/])(" + LATIN + ")$");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private ProvisionNumbers() {
    }

    /** The canonical form of a number matched by {@link #PATTERN}, {@link #ROMAN} or {@link #WORD_PATTERN}. */
    static String canonical(String raw) {
        String n = digits(raw.strip()).replaceAll("[.:,\\s]+$", "");
        Optional<String> word = word(n);
        if (word.isPresent()) {
            return word.get();
        }
        if (FIRST.matcher(n).matches()) {
            return "1";
        }
        n = n.replaceAll("[\\u2010-\\u2014]", "-");
        Matcher code = CODE.matcher(n);
        if (code.find()) {
            n = code.group(1) + n.substring(code.end());
        }
        n = ORDINAL_MARK.matcher(n).replaceAll("");
        n = n.replaceAll("\\s*([.\\-/])\\s*(?=\\d)", "$1");
        n = superscript(n).replaceAll("^([A-Z]?\\d[\\d.\\-]*)\\((\\d{1,2})\\)$", "$1^$2");
        Matcher latin = LATIN_SUFFIX.matcher(n);
        if (latin.find()) {
            String base = n.substring(0, latin.start());
            String ordinal = latin.group(1).toLowerCase(Locale.ROOT);
            return base.matches(".*\\d") ? base + ordinal : base.replaceAll("[\\s\\-]+$", "") + "-" + ordinal;
        }
        n = LETTER_SUFFIX.matcher(n).replaceAll("$1$2");
        return n.replaceAll("\\s+", "");
    }

    /** A number written as an ordinal word ("segundo" → 2); the sole-article words stay as written, lower case. */
    static Optional<String> word(String raw) {
        String w = raw.strip().toLowerCase(Locale.ROOT);
        if (WORDS.containsKey(w)) {
            return Optional.of(WORDS.get(w));
        }
        if (w.matches(SOLE)) {
            return Optional.of(w);
        }
        return Optional.empty();
    }

    /** Arabic-Indic and Persian digits as ASCII digits. */
    static String digits(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = c >= '\u0660' && c <= '\u0669' ? c - '\u0660' : c >= '\u06F0' && c <= '\u06F9' ? c - '\u06F0' : -1;
            if (d >= 0) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append((char) ('0' + d));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String superscript(String n) {
        StringBuilder out = new StringBuilder();
        boolean open = false;
        for (char c : n.toCharArray()) {
            int d = SUPERSCRIPTS.indexOf(c);
            if (d >= 0) {
                if (!open) {
                    out.append('^');
                    open = true;
                }
                out.append((char) ('0' + d));
            } else {
                open = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The integer value of the leading digits, for checking that bare headings rise; -1 when there are none. */
    static int leading(String number) {
        Matcher m = Pattern.compile("^[A-Z]?(\\d{1,6})").matcher(number);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
