package org.lexgap.ingest.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Local provision ids as the corpus writes them: {@code art-N} or {@code s-N}, lower case, with dots, spaces and
 * Cyrillic letters folded ({@code § 18} → {@code s-18}, {@code 156 bis} → {@code art-156-bis},
 * {@code 127.1} → {@code art-127-1}, {@code 159а} → {@code art-159a}); and document ids from titles.
 */
public final class ProvisionIds {

    private static final String CYRILLIC = "абвгдеёжзийіїєклмнопрстуфхцчшщъыьэюя";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "i", "i", "ie",
        "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "h", "c", "ch", "sh", "sht", "", "y", "", "e", "yu",
        "ya"};
    private static final String GREEK = "αβγδεζηθικλμνξοπρσςτυφχψω";
    private static final String[] GREEK_LATIN = {"a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n",
        "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"};

    private ProvisionIds() {
    }

    static String local(String prefix, String number) {
        return prefix + "-" + slug(number);
    }

    /** Lower case ASCII letters and digits joined by single hyphens. */
    public static String slug(String text) {
        StringBuilder latin = new StringBuilder();
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        for (char c : decomposed.toCharArray()) {
            int i = CYRILLIC.indexOf(c);
            int g = GREEK.indexOf(c);
            latin.append(i >= 0 ? LATIN[i] : g >= 0 ? GREEK_LATIN[g] : String.valueOf(c));
        }
        String plain = latin.toString().replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
