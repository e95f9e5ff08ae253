package org.lexgap.corpus.control;

import java.util.List;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.Statute;

/** A State's profile and the statutes shipped for it. */
public record CountryProfile(Country country, List<Statute> statutes) {

    /** The profile of a State known only from imported documents: its code as name, no treaty status yet. */
    public static CountryProfile minimal(String code, String language) {
        return new CountryProfile(new Country(code, code, code, org.lexgap.corpus.entity.OsceStatus.NONE, false, false,
                "", false, language == null ? List.of() : List.of(language), "unknown", List.of()), List.of());
    }

    public String code() {
        return country.code();
    }
}
