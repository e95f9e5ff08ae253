package org.lexgap.assessment.boundary;

import java.util.Locale;
import java.util.Set;
import org.lexgap.api.ProblemException;

/** ISO 3166-1 alpha-2 codes (plus XK for Kosovo), accepted in any case. */
public final class CountryCodes {

    private static final Set<String> KNOWN = Set.copyOf(java.util.stream.Stream.concat(
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream(), java.util.stream.Stream.of("XK"))
            .toList());

    private CountryCodes() {
    }

    /** The code in capitals; a 400 problem for anything that is not a country code. */
    public static String parse(String code) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!KNOWN.contains(upper)) {
            String shown = code == null ? "" : code.length() > 20 ? code.substring(0, 20) + "…" : code;
            throw ProblemException.badRequest("'" + shown.replaceAll("\\p{Cntrl}", "?")
                    + "' is not an ISO 3166-1 alpha-2 country code (or XK for Kosovo).");
        }
        return upper;
    }
}
