package org.lexgap.api;

import org.lexgap.corpus.control.CountryCodes;

/** A country code in a request: the code in capitals, or a 400 problem for anything that is not one. */
public final class CountryParams {

    private CountryParams() {
    }

    public static String parse(String code) {
        return CountryCodes.parse(code).orElseThrow(() -> {
            String shown = code == null ? "" : code.length() > 20 ? code.substring(0, 20) + "…" : code;
            return ProblemException.badRequest("'" + shown.replaceAll("\\p{Cntrl}", "?")
                    + "' is not an ISO 3166-1 alpha-2 country code (or XK for Kosovo).");
        });
    }
}
