package org.lexgap.corpus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lexgap.corpus.entity.Provision;

class CorpusLoaderTest {

    private static final String TREATY_FILE = "instruments/treaty-a.yaml";

    @TempDir
    Path temp;

    @Test
    void loadsTheFixtureCorpusWithCitationsAndCrossReferences() {
        Corpus corpus = CorpusLoader.load(CorpusFixtures.VALID);

        assertEquals(List.of("treaty-a"), corpus.instruments().stream().map(i -> i.id()).toList());
        Provision article = corpus.provision("treaty-a/art-2").orElseThrow();
        assertEquals("TCA, art. 2", article.citation());
        assertEquals(Provision.INTERNATIONAL, article.jurisdiction());
        assertFalse(article.verified());
        Provision national = corpus.provision("zz-penal/s-7").orElseThrow();
        assertEquals("ZZ", national.jurisdiction());
        assertEquals("PC s. 7", national.citation());
        assertEquals(List.of("treaty-a/art-2"), national.related());
        assertEquals(1, corpus.provisionsOfCountry("ZZ").size());
        assertEquals("mini", corpus.checklists().iterator().next().id());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown-field     | 26 | unknown field 'sumary' at /provisions/0/sumary",
        "missing-id        | 28 | missing required field 'id' at /provisions/1",
        "duplicate-id      | 28 | duplicate provision id 'treaty-a/art-1'",
        "unknown-criterion | 34 | unknown criterion 'JUR-NOWHERE'",
        "unknown-reference | 35 | unknown provision 'treaty-a/art-99'",
        "bad-date          | 10 | bad value '2018-02-30' at /validFrom: expected a date YYYY-MM-DD",
        "bad-yaml          | 24 | not valid YAML",
    })
    void rejectsAMalformedFileNamingFileLineAndProblem(String brokenCase, int line, String message) {
        Path corpus = CorpusFixtures.brokenCorpus(temp, brokenCase, TREATY_FILE);

        CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(corpus));

        // the broken file's own error comes first; others may only follow from it (an id that is now missing)
        CorpusError error = e.errors().get(0);
        assertEquals(1, e.errors().stream().filter(x -> x.file().equals(error.file())).count(), e.getMessage());
        assertEquals(corpus.resolve(TREATY_FILE), error.file());
        assertEquals(line, error.line(), e.getMessage());
        assertTrue(error.message().startsWith(message), error.message());
    }

    @Test
    void reportsEveryErrorOfTheCorpusAtOnce() throws IOException {
        Path corpus = CorpusFixtures.brokenCorpus(temp, "unknown-criterion", TREATY_FILE);
        Path country = corpus.resolve("national-laws/ZZ/country.yaml");
        Files.writeString(country, Files.readString(country).replace("treaty: cets-186", "treaty: cets-999"));

        CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(corpus));

        List<String> messages = e.errors().stream().map(CorpusError::message).toList();
        assertTrue(messages.contains("unknown criterion 'JUR-NOWHERE'"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("unknown treaty 'cets-999'")), messages.toString());
        assertTrue(messages.contains("treaty 'cets-186' is missing (use status: unknown)"), messages.toString());
    }

    @Test
    void rejectsADetectionRuleNamingAnUnknownConcept() throws IOException {
        Path corpus = CorpusFixtures.copyOfValid(temp);
        Path checklist = corpus.resolve("checklists/mini.yaml");
        Files.writeString(checklist, Files.readString(checklist).replace("AND organ-removal", "AND organ-sale"));

        CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(corpus));

        assertEquals("unknown concept 'organ-sale'", e.errors().get(0).message());
        assertEquals(corpus.resolve("checklists/mini.yaml"), e.errors().get(0).file());
    }

    @Test
    void rejectsARequirementNamingAnUnknownConditionAndAConditionNoLevelNeeds() throws IOException {
        Path corpus = CorpusFixtures.copyOfValid(temp);
        Path checklist = corpus.resolve("checklists/mini.yaml");
        Files.writeString(checklist, Files.readString(checklist).replace("\"2\": nationals AND organ-offences",
                "\"2\": nationals AND residents"));

        CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(corpus));

        List<String> messages = e.errors().stream().map(CorpusError::message).toList();
        assertEquals(List.of("unknown condition 'residents'", "condition 'organ-offences' is required by no level"),
                messages);
    }

    @Test
    void rejectsAProvisionRecordingAConditionTheCriterionDoesNotHave() throws IOException {
        Path corpus = CorpusFixtures.copyOfValid(temp);
        Path statute = corpus.resolve("national-laws/ZZ/zz-penal.yaml");
        Files.writeString(statute, Files.readString(statute).replace("    criteria: [JUR-EXTRATERRITORIAL]\n",
                "    criteria: [JUR-EXTRATERRITORIAL]\n    conditions:\n      JUR-EXTRATERRITORIAL:\n"
                        + "        meets: [nationals, residents]\n        lacks:\n          organ-offences: \"\"\n"));

        CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(corpus));

        List<String> messages = e.errors().stream().map(CorpusError::message).toList();
        assertEquals(List.of("unknown condition 'residents' of JUR-EXTRATERRITORIAL; expected one of "
                + "[nationals, organ-offences]", "say in a few words why the condition is missing or limited"), messages);
    }

    @Test
    void rejectsALimitWithoutAReasonOrAlsoRecordedAsMet() throws IOException {
        Path corpus = CorpusFixtures.copyOfValid(temp);
        Path statute = corpus.resolve("national-laws/ZZ/zz-penal.yaml");
        Files.writeString(statute, Files.readString(statute).replace("    criteria: [JUR-EXTRATERRITORIAL]\n",
                "    criteria: [JUR-EXTRATERRITORIAL]\n    conditions:\n      JUR-EXTRATERRITORIAL:\n"
                        + "        meets: [nationals]\n        limits:\n          nationals: only some\n"
                        + "          organ-offences: \"\"\n"));

        CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(corpus));

        List<String> messages = e.errors().stream().map(CorpusError::message).toList();
        assertTrue(messages.contains("condition 'nationals' is limited and also met or lacking in the same provision: "
                + "name it once"), messages.toString());
        assertTrue(messages.contains("say in a few words how the condition is limited"), messages.toString());
    }

    @Test
    void rejectsAStatuteFiledUnderAnotherCountry() throws IOException {
        Path corpus = CorpusFixtures.copyOfValid(temp);
        Path statute = corpus.resolve("national-laws/ZZ/zz-penal.yaml");
        Files.writeString(statute, Files.readString(statute).replace("jurisdiction: ZZ", "jurisdiction: ZY"));

        CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(corpus));

        assertEquals("jurisdiction 'ZY' does not match the folder 'ZZ'", e.errors().get(0).message());
    }

    @Test
    void rejectsDatesBeforeTheStatuteStartsAndAReplacementThatIsNotAStatuteOfTheState() throws IOException {
        Path corpus = CorpusFixtures.copyOfValid(temp);
        Path statute = corpus.resolve("national-laws/ZZ/zz-penal.yaml");
        Files.writeString(statute, Files.readString(statute).replace("validFrom: 2020-01-01\n",
                "validFrom: 2020-01-01\nvalidUntil: 2019-12-31\nreplacedBy: zz-penal-2030\n"
                        + "amendments:\n  - citation: Act 1/2019\n    inForce: 2019-06-01\n    summary: Changed s. 7.\n"
                        + "    verified: false\n    source: https://example.org/act\n"));

        CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(corpus));

        List<String> messages = e.errors().stream().map(CorpusError::message).toList();
        assertEquals(List.of("validUntil 2019-12-31 must be after validFrom 2020-01-01",
                "amendment in force 2019-06-01 before the statute's validFrom 2020-01-01 (validFrom is the date of the "
                        + "text shipped: amendments are the later changes)",
                "replacedBy 'zz-penal-2030' is not a statute of ZZ"), messages);
        assertEquals(10, e.errors().get(0).line());
    }
}
