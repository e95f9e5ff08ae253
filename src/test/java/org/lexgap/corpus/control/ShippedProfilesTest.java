package org.lexgap.corpus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.StatuteKind;
import org.lexgap.corpus.entity.TreatyStatus;

/**
 * Every State the project promises, and every other State it holds, has a complete profile: names, treaty
 * status with sources, a criminal statute in force, provisions with sources, and the parts every profile needs
 * (offence, jurisdiction rules, transplantation law) except where no source could show them yet.
 */
class ShippedProfilesTest {

    static final List<String> REQUIRED = List.of("AM", "AU", "BE", "BG", "CA", "HR", "EG", "DE", "GR", "IL", "JO",
            "XK", "MD", "NL", "PT", "RU", "ES", "TR", "UA", "US", "GB", "FR", "IT", "CH", "NO", "AL", "CZ", "MT");

    private static final String OFFENCE = "THB/OR offence";
    private static final String JURISDICTION = "jurisdiction rules";
    private static final String TRANSPLANT = "transplantation law";
    private static final Corpus CORPUS = CorpusLoader.load(CorpusFixtures.SHIPPED);

    /** The promised States and any other State the corpus holds. */
    static java.util.stream.Stream<String> everyState() {
        return java.util.stream.Stream.concat(REQUIRED.stream(),
                CORPUS.countries().stream().map(CountryProfile::code)).distinct();
    }

    /**
     * What no source read could show today (README, "What each profile holds"): a profile may gain any of these
     * parts, but no profile may lose the offence, jurisdiction rules or transplantation law it holds.
     */
    static final Map<String, Set<String>> KNOWN_HOLES = Map.ofEntries(
            Map.entry("AD", Set.of(JURISDICTION)), Map.entry("AL", Set.of(OFFENCE)), Map.entry("BE", Set.of(OFFENCE)),
            Map.entry("AM", Set.of(OFFENCE, JURISDICTION)), Map.entry("CY", Set.of(OFFENCE)),
            Map.entry("EE", Set.of(OFFENCE, JURISDICTION)), Map.entry("FI", Set.of(OFFENCE)),
            Map.entry("GE", Set.of(JURISDICTION)), Map.entry("HR", Set.of(OFFENCE)), Map.entry("HU", Set.of(OFFENCE)),
            Map.entry("JO", Set.of(OFFENCE)), Map.entry("KG", Set.of(OFFENCE, JURISDICTION)),
            Map.entry("LI", Set.of(TRANSPLANT)), Map.entry("LV", Set.of(OFFENCE)),
            Map.entry("MC", Set.of(TRANSPLANT)), Map.entry("MK", Set.of(TRANSPLANT)),
            Map.entry("MN", Set.of(OFFENCE)), Map.entry("RO", Set.of(OFFENCE)),
            Map.entry("SM", Set.of(OFFENCE, JURISDICTION, TRANSPLANT)), Map.entry("TJ", Set.of(OFFENCE)),
            Map.entry("TM", Set.of(JURISDICTION)), Map.entry("UA", Set.of(OFFENCE)),
            Map.entry("VA", Set.of(OFFENCE, TRANSPLANT)), Map.entry("XK", Set.of(JURISDICTION, TRANSPLANT)));

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("everyState")
    void holdsTheOffenceJurisdictionRulesAndATransplantLawUnlessKnownToBeMissing(String code) {
        CountryProfile profile = CORPUS.country(code).orElseThrow();

        List<String> missing = ProfileInventory.of(profile, CORPUS.thesaurus(), LocalDate.now()).missing();

        assertTrue(KNOWN_HOLES.getOrDefault(code, Set.of()).containsAll(missing), code + " lacks " + missing);
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
        assertTrue(profile.statutes().stream().anyMatch(s -> (s.kind() == StatuteKind.CRIMINAL_CODE
                || s.kind() == StatuteKind.ANTI_TRAFFICKING_LAW) && s.inForceOn(LocalDate.now())),
                code + " has no criminal code or anti-trafficking law in force");
        assertFalse(CORPUS.provisionsOfCountry(code).isEmpty(), code + " has no provision");
        CORPUS.provisionsOfCountry(code).forEach(p ->
                assertTrue(p.source() != null && p.source().startsWith("http"), p.id() + " needs a source"));
    }
}
