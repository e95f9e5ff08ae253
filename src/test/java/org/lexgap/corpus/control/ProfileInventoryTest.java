package org.lexgap.corpus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexgap.corpus.entity.ProfileContents;
import org.lexgap.corpus.entity.ProfileContents.Holding;
import org.lexgap.corpus.entity.Concept;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.OsceStatus;
import org.lexgap.corpus.entity.Participation;
import org.lexgap.corpus.entity.Statute;
import org.lexgap.corpus.entity.StatuteKind;
import org.lexgap.corpus.entity.StatuteProvision;
import org.lexgap.corpus.entity.TextStatus;
import org.lexgap.corpus.entity.Thesaurus;
import org.lexgap.corpus.entity.TreatyStatus;

class ProfileInventoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Thesaurus THESAURUS = new Thesaurus(List.of(
            new Concept("jurisdiction", "jurisdiction", null, Map.of()),
            new Concept("extraterritorial-jurisdiction", "extraterritorial", "jurisdiction", Map.of()),
            new Concept("victim-nationals", "victims who are nationals", "extraterritorial-jurisdiction", Map.of()),
            new Concept("organ-removal", "organ removal", null, Map.of())));

    @Test
    void aVerifiedProvisionOutweighsUnverifiedOnesAndNarrowerConceptsCount() {
        CountryProfile profile = profile(
                statute("xx-cc", StatuteKind.CRIMINAL_CODE,
                        provision("xx-cc/art-1", List.of("organ-removal"), List.of("CRIM-THB-OR"), false),
                        provision("xx-cc/art-2", List.of("organ-removal"), List.of("CRIM-THB-OR"), true),
                        provision("xx-cc/art-3", List.of("victim-nationals"), List.of(), false)),
                statute("xx-tl", StatuteKind.TRANSPLANT_LAW,
                        provision("xx-tl/art-1", List.of("organ-removal"), List.of(), true)));

        ProfileContents contents = ProfileInventory.of(profile, THESAURUS, TODAY);

        assertEquals(Holding.VERIFIED, contents.thbOrOffence());
        assertEquals(Holding.UNVERIFIED, contents.jurisdiction());
        assertEquals(Holding.VERIFIED, contents.transplantLaw());
        assertEquals(List.of(), contents.missing());
    }

    @Test
    void nothingShippedIsMissingAndATransplantLawWithoutProvisionsIsUnverified() {
        CountryProfile profile = profile(
                statute("xx-cc", StatuteKind.CRIMINAL_CODE,
                        provision("xx-cc/art-1", List.of("organ-removal"), List.of("CRIM-ORGAN-REMOVAL"), true)),
                statute("xx-tl", StatuteKind.TRANSPLANT_LAW));

        ProfileContents contents = ProfileInventory.of(profile, THESAURUS, TODAY);

        assertEquals(Holding.MISSING, contents.thbOrOffence());
        assertEquals(Holding.MISSING, contents.jurisdiction());
        assertEquals(Holding.UNVERIFIED, contents.transplantLaw());
        assertEquals(List.of("THB/OR offence", "jurisdiction rules"), contents.missing());
        assertEquals(1, contents.treatiesUnknown());
    }

    @Test
    void aProvisionShowingTheOffenceIsNotCoveredIsADocumentedGapNotMissing() {
        StatuteProvision definition = new StatuteProvision("xx-cc/art-1", "Art. 1", null, "Definitions", "summary",
                List.of("organ-removal"), null, List.of("CRIM-THB-OR"), null, null, true, "https://x", null, null);

        ProfileContents contents = ProfileInventory.of(profile(statute("xx-cc", StatuteKind.CRIMINAL_CODE,
                definition)), THESAURUS, TODAY);

        assertEquals(Holding.DOCUMENTED_GAP, contents.thbOrOffence());
        assertEquals(List.of("jurisdiction rules", "transplantation law"), contents.missing());
    }

    @Test
    void aStatuteNoLongerInForceCountsForNothing() {
        Statute repealed = new Statute("xx-tl-1990", "XX", "t", "t", "t", StatuteKind.TRANSPLANT_LAW, "https://x",
                LocalDate.of(1990, 1, 1), TODAY, null, "en", TextStatus.OFFICIAL, true, null, null,
                List.of(provision("xx-tl-1990/art-1", List.of("organ-removal"), List.of(), true)));

        assertEquals(Holding.MISSING, ProfileInventory.of(profile(repealed), THESAURUS, TODAY).transplantLaw());
        assertEquals(Holding.VERIFIED,
                ProfileInventory.of(profile(repealed), THESAURUS, TODAY.minusDays(1)).transplantLaw());
    }

    private static CountryProfile profile(Statute... statutes) {
        List<TreatyStatus> treaties = List.of(
                new TreatyStatus("untoc", Participation.PARTY, null, null, null, null, "https://x", null, true, null),
                new TreatyStatus("cets-216", Participation.UNKNOWN, null, null, null, null, "https://x", null, false,
                        null));
        return new CountryProfile(new Country("XX", "Xland", "Xland", OsceStatus.PARTICIPATING_STATE, true, false,
                "https://x", true, List.of("en"), "civil law", treaties), List.of(statutes));
    }

    private static Statute statute(String id, StatuteKind kind, StatuteProvision... provisions) {
        return new Statute(id, "XX", id, id, id, kind, "https://x", LocalDate.of(2020, 1, 1), null, null, "en",
                TextStatus.OFFICIAL, true, null, null, List.of(provisions));
    }

    private static StatuteProvision provision(String id, List<String> topics, List<String> criteria, boolean verified) {
        return new StatuteProvision(id, "Art. 1", null, "heading", "summary", topics, criteria, null, null, null,
                verified, "https://x", null, null);
    }
}
