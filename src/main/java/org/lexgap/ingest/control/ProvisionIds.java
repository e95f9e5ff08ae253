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

    private ProvisionIds() {
    }

    static String local(String prefix, String number) {
        return prefix + "-" + slug(number);
    }

    /** Lower case ASCII letters and digits joined by single hyphens. */
    public static String slug(String text) {
        StringBuilder latin = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            int i = CYRILLIC.indexOf(c);
            latin.append(i >= 0 ? LATIN[i] : String.valueOf(c));
        }
        String plain = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
