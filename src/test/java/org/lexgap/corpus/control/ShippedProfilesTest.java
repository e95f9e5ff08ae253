package org.lexgap.corpus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.TreatyStatus;

/**
 * Every State the project promises, and every other State it holds, has a complete profile: names, treaty
 * status with sources, statutes with provisions and sources.
 */
class ShippedProfilesTest {

    static final List<String> REQUIRED = List.of("AM", "AU", "BE", "BG", "CA", "HR", "EG", "DE", "GR", "IL", "JO",
            "XK", "MD", "NL", "PT", "RU", "ES", "TR", "UA", "US", "GB", "FR", "IT", "CH", "NO", "AL", "CZ", "MT");

    private static final Corpus CORPUS = CorpusLoader.load(CorpusFixtures.SHIPPED);

    /** The promised States and any other State the corpus holds. */
    static java.util.stream.Stream<String> everyState() {
        return java.util.stream.Stream.concat(REQUIRED.stream(),
                CORPUS.countries().stream().map(CountryProfile::code)).distinct();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("everyState")
    void hasAProfileWithTreatyStatusAndStatutes(String code) {
        CountryProfile profile = CORPUS.country(code).orElseThrow(() -> new AssertionError("no profile for " + code));
        Country country = profile.country();

        assertFalse(country.name().isBlank());
        assertFalse(country.nativeName().isBlank());
        assertFalse(country.officialLanguages().isEmpty());
        assertEquals(CorpusValidator.TRACKED_TREATIES, country.treaties().stream().map(TreatyStatus::treaty).sorted(
                java.util.Comparator.comparing(CorpusValidator.TRACKED_TREATIES::indexOf)).toList());
        for (TreatyStatus t : country.treaties()) {
            assertTrue(t.source().startsWith("http"), code + " " + t.treaty() + " needs a source address");
        }
        assertFalse(profile.statutes().isEmpty(), code + " has no statute");
        assertFalse(CORPUS.provisionsOfCountry(code).isEmpty(), code + " has no provision");
        CORPUS.provisionsOfCountry(code).forEach(p ->
                assertTrue(p.source() != null && p.source().startsWith("http"), p.id() + " needs a source"));
    }
}
