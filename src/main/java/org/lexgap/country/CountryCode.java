package org.lexgap.country;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A State's code: ISO 3166-1 alpha-2, plus XK for Kosovo, in capitals. Every endpoint, the import and the command
 * line read country codes through {@link #parse(String)}, so a code is accepted or refused the same way everywhere.
 */
public record CountryCode(String value) {

    /** What a valid code is, for messages. */
    public static final String EXPECTED = "an ISO 3166-1 alpha-2 country code (or XK for Kosovo)";

    private static final Set<String> KNOWN = Set.copyOf(Stream.concat(
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream(), Stream.of("XK")).toList());

    public CountryCode {
        if (value == null || !KNOWN.contains(value)) {
            throw new IllegalArgumentException(refusal(value));
        }
    }

    /** The code of a text in any case and with surrounding blanks; empty when it is not a known code. */
    public static Optional<CountryCode> parse(String text) {
        String upper = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return KNOWN.contains(upper) ? Optional.of(new CountryCode(upper)) : Optional.empty();
    }

    /** The sentence that refuses a text as a country code (shortened, control characters shown as '?'). */
    public static String refusal(String text) {
        String shown = text == null ? "" : text.length() > 20 ? text.substring(0, 20) + "…" : text;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "' is not " + EXPECTED + ".";
    }

    @Override
    public String toString() {
        return value;
    }
}
