package org.lexgap.corpus.control;

import java.util.List;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.Statute;

/** A State's profile and the statutes shipped for it. */
public record CountryProfile(Country country, List<Statute> statutes) {

    public String code() {
        return country.code();
    }
}
