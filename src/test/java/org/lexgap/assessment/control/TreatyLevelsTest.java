package org.lexgap.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexgap.assessment.entity.Level;
import org.lexgap.corpus.entity.Country;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.corpus.entity.OsceStatus;
import org.lexgap.corpus.entity.Participation;
import org.lexgap.corpus.entity.TreatyStatus;

/** Treaty-status criteria: party 2, signatory 1, not party 0, the weakest treaty decides, unknown stays unknown. */
class TreatyLevelsTest {

    /** A criterion on two treaties, as RAT-OVIEDO is (a convention and its protocol). */
    private static final Criterion TWO_TREATIES = criterion("cets-164", "cets-186");
    private static final Criterion ONE_TREATY = criterion("cets-216");

    @Test
    void aPartyMeetsItFullyWithTheDatesAsEvidence() {
        Proposal p = TreatyLevels.assess(country(party("cets-216")), ONE_TREATY);
        assertEquals(Level.FULLY, p.level());
        assertEquals("from treaty status: cets-216: party", p.reason());
        assertEquals(1, p.evidence().size());
        assertEquals("party; signed 2015-03-25; ratified 2017-01-01; in force 2018-03-01",
                p.evidence().get(0).passage());
    }

    @Test
    void aSignatoryMeetsItPartlyAndANonPartyNot() {
        assertEquals(Level.PARTLY, TreatyLevels.assess(country(status("cets-216", Participation.SIGNATORY)),
                ONE_TREATY).level());
        assertEquals(Level.NOT_MET, TreatyLevels.assess(country(status("cets-216", Participation.NOT_PARTY)),
                ONE_TREATY).level());
    }

    @Test
    void theWeakestTreatyDecides() {
        Proposal p = TreatyLevels.assess(country(party("cets-164"), status("cets-186", Participation.SIGNATORY)),
                TWO_TREATIES);
        assertEquals(Level.PARTLY, p.level());
        assertEquals("from treaty status: cets-164: party; cets-186: signatory", p.reason());
        assertEquals(2, p.evidence().size());
    }

    @Test
    void anUnknownOrMissingTreatyMakesItUnknownUnlessAnotherIsNotMet() {
        Proposal missing = TreatyLevels.assess(country(party("cets-164")), TWO_TREATIES);
        assertEquals(Level.UNKNOWN, missing.level());
        assertTrue(missing.reason().startsWith("treaty status not established"), missing.reason());
        assertTrue(missing.reason().contains("cets-186: unknown"), missing.reason());

        assertEquals(Level.UNKNOWN, TreatyLevels.assess(country(party("cets-164"),
                status("cets-186", Participation.UNKNOWN)), TWO_TREATIES).level());
        // a treaty the State is not party to is a known gap, whatever the other's status
        assertEquals(Level.NOT_MET, TreatyLevels.assess(country(status("cets-164", Participation.NOT_PARTY)),
                TWO_TREATIES).level());
    }

    private static TreatyStatus party(String treaty) {
        return new TreatyStatus(treaty, Participation.PARTY, LocalDate.of(2015, 3, 25), LocalDate.of(2017, 1, 1),
                LocalDate.of(2018, 3, 1), List.of(), "https://example.org/treaty-office", null, true, null);
    }

    private static TreatyStatus status(String treaty, Participation participation) {
        return new TreatyStatus(treaty, participation, null, null, null, null, "https://example.org/treaty-office",
                null, false, null);
    }

    private static Country country(TreatyStatus... treaties) {
        return new Country("NZ", "Testland", "Testland", OsceStatus.PARTICIPATING_STATE, false, false,
                "https://example.org/members", false, List.of("en"), "common law", Arrays.asList(treaties));
    }

    private static Criterion criterion(String... treaties) {
        return new Criterion("RAT-TEST", "Party to the test treaties", "Is the State party?", "", Map.of(), 2, false,
                false, List.of(), "Ratify.", null, null, null, List.of(treaties));
    }
}
