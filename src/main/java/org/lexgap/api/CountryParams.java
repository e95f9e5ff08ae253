package org.lexgap.api;

import org.lexgap.country.CountryCode;

/** A country code in a request: the {@link CountryCode}, or a 400 invalid-parameter problem for anything else. */
public final class CountryParams {

    private CountryParams() {
    }

    public static CountryCode parse(String code) {
        return CountryCode.parse(code).orElseThrow(() -> ProblemException.badRequest(CountryCode.refusal(code)));
    }
}
