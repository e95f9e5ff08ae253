package org.lexgap.corpus.control;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The country codes lexgap knows: ISO 3166-1 alpha-2, plus XK for Kosovo; accepted in any case. */
public final class CountryCodes {

    private static final Set<String> KNOWN = Set.copyOf(Stream.concat(
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream(), Stream.of("XK")).toList());

    private CountryCodes() {
    }

    /** The code in capitals when it is a known country code; empty otherwise. */
    public static Optional<String> parse(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return KNOWN.contains(upper) ? Optional.of(upper) : Optional.empty();
    }
}
