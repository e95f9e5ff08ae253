package org.lexgap.corpus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.lexgap.corpus.entity.CourtDecision;
import org.lexgap.corpus.entity.DecisionOutcome;
import org.lexgap.corpus.entity.MonitoringBody;
import org.lexgap.corpus.entity.Observation;
import org.lexgap.corpus.entity.ObservationFinding;

/** Court decisions ({@code cases/}) and observations ({@code observations.yaml}) load and are checked like the law. */
class CourtRecordsLoaderTest {

    private static final String CASE = "cases/zz-supreme-2021-organ-broker.yaml";
    private static final String OBSERVATIONS = "national-laws/ZZ/observations.yaml";

    @TempDir
    Path temp;

    @Test
    void loadsDecisionsAndObservationsAndLooksThemUpByStateProvisionAndCriterion() {
        Corpus corpus = CorpusLoader.load(CorpusFixtures.VALID);

        CourtDecision decision = corpus.decision("zz-supreme-2021-organ-broker").orElseThrow();
        assertEquals(DecisionOutcome.UPHELD, decision.outcome());
        assertEquals("ZZ", decision.country());
        assertEquals(List.of(decision), corpus.decisionsOf("ZZ"));
        assertEquals(List.of(decision), corpus.decisionsApplying("zz-penal/s-7"));
        assertEquals(List.of(decision), corpus.decisionsIllustrating("ZZ", "JUR-EXTRATERRITORIAL"));
        assertEquals(List.of(), corpus.decisionsIllustrating("ZZ", "RAT-CETS-216"));

        List<Observation> observations = corpus.observationsOf("ZZ");
        assertEquals(List.of("zz-greta-2022-41", "zz-us-tip-2023-n"), observations.stream().map(Observation::id).toList());
        assertEquals(MonitoringBody.US_TIP, observations.get(1).body());
        assertEquals(ObservationFinding.PARTLY, observations.get(0).finding());
        assertEquals(List.of(observations.get(0)), corpus.observationsOn("ZZ", "JUR-EXTRATERRITORIAL"));
        assertEquals(List.of(), corpus.observationsOf("XX"));
    }

    @Test
    void aCorpusWithoutCasesOrObservationsStillLoads() throws IOException {
        Path corpus = CorpusFixtures.copyOfValid(temp);
        Files.delete(corpus.resolve(CASE));
        Files.delete(corpus.resolve("cases"));
        Files.delete(corpus.resolve(OBSERVATIONS));

        Corpus loaded = CorpusLoader.load(corpus);

        assertTrue(loaded.decisions().isEmpty());
        assertTrue(loaded.observationsOf("ZZ").isEmpty());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "docket: \"1/2021\"                  | dockett: \"1/2021\"            | 8  | unknown field 'dockett'",
        "provisions: [zz-penal/s-7, treaty-a/art-2] | provisions: [zz-penal/s-8] | 10 | unknown provision 'zz-penal/s-8'",
        "criteria: [JUR-EXTRATERRITORIAL]    | criteria: [JUR-NOWHERE]        | 11 | unknown criterion 'JUR-NOWHERE'",
        "criteria: [JUR-EXTRATERRITORIAL]    | criteria: []                   | 11 | at least one criterion is needed",
        "date: 2021-03-04                    | date: 2999-03-04               | 7  | date 2999-03-04 is in the future",
        "date: 2021-03-04                    | date: 2021-02-30               | 7  | bad value '2021-02-30' at /date",
        "date: 2021-03-04                    | 'date: 2021-03-04\ndatePrecision: month' | 7 | a date known only to the month is written as its first day (2021-03-01)",
        "jurisdiction: ZZ                    | jurisdiction: ZY               | 4  | jurisdiction 'ZY' is neither a State",
        "jurisdiction: ZZ                    | jurisdiction: ECHR             | 4  | a judgment of the European Court",
        "outcome: upheld                     | outcome: won                   | 12 | bad value 'won' at /outcome: expected one of [convicted",
        "sources: [https://example.org/zz/supreme/1-2021] | sources: [in the archive] | 24 | source 'in the archive' must be a web address",
        "'    source: https://example.org/zz/appeal' | '    source: see file' | 22 | source 'see file' must be a web address",
        "id: zz-supreme-2021-organ-broker    | id: zz-other                   | 2  | id 'zz-other' does not match the file name",
    })
    void rejectsAMalformedDecisionNamingLineAndProblem(String from, String to, int line, String message)
            throws IOException {
        CorpusError error = firstError(CASE, from, to);

        assertEquals(temp.resolve(CASE), error.file());
        assertEquals(line, error.line(), error.toString());
        assertTrue(error.message().startsWith(message), error.message());
    }

    @Test
    void rejectsAProvisionOfAnotherState() throws IOException {
        Path corpus = CorpusFixtures.copyOfValid(temp);
        Path other = corpus.resolve("national-laws/ZY");
        CorpusFixtures.copyTree(corpus.resolve("national-laws/ZZ"), other);
        Files.delete(other.resolve("observations.yaml"));
        Files.writeString(other.resolve("country.yaml"), Files.readString(other.resolve("country.yaml"))
                .replace("code: ZZ", "code: ZY"));
        Files.move(other.resolve("zz-penal.yaml"), other.resolve("zy-penal.yaml"));
        Files.writeString(other.resolve("zy-penal.yaml"), Files.readString(other.resolve("zy-penal.yaml"))
                .replace("zz-penal", "zy-penal").replace("jurisdiction: ZZ", "jurisdiction: ZY"));
        Path file = corpus.resolve(CASE);
        Files.writeString(file, Files.readString(file).replace("[zz-penal/s-7, ", "[zy-penal/s-7, "));

        CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(corpus));

        assertEquals("provision 'zy-penal/s-7' is a provision of ZY, not of ZZ or of an instrument",
                e.errors().get(0).message(), e.getMessage());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "country: ZZ                   | country: ZY                  | 2  | country 'ZY' does not match the folder 'ZZ'",
        "finding: partly               | finding: perhaps             | 10 | bad value 'perhaps' at /observations/0/finding",
        "body: US-TIP                  | body: TIP                    | 18 | bad value 'TIP' at /observations/1/body: expected one of [GRETA, US-TIP",
        "id: zz-us-tip-2023-n          | id: zz-greta-2022-41         | 17 | duplicate id 'zz-greta-2022-41'",
        "id: zz-us-tip-2023-n          | id: xx-us-tip-2023-n         | 17 | observation id 'xx-us-tip-2023-n' must be 'zz-",
        "criteria: [RAT-CETS-216]      | criteria: [RAT-NOWHERE]      | 22 | unknown criterion 'RAT-NOWHERE'",
        "provisions: [zz-penal/s-7]    | provisions: [zz-penal/s-70]  | 14 | unknown provision 'zz-penal/s-70'",
        "date: 2023-06-15              | date: 2999-06-15             | 20 | date 2999-06-15 is in the future",
        "paragraph: \"41\"             | paragraph: \"\"              | 8  | must not be empty",
        "source: https://example.org/tip/zz | source: TIP 2023        | 25 | source 'TIP 2023' must be a web address",
        "'    verified: false'         | '    verified: false\n    seen: true' | 27 | unknown field 'seen'",
    })
    void rejectsAMalformedObservationNamingLineAndProblem(String from, String to, int line, String message)
            throws IOException {
        CorpusError error = firstError(OBSERVATIONS, from, to);

        assertEquals(temp.resolve(OBSERVATIONS), error.file());
        assertEquals(line, error.line(), error.toString());
        assertTrue(error.message().startsWith(message), error.message());
    }

    private CorpusError firstError(String relative, String from, String to) throws IOException {
        Path corpus = CorpusFixtures.copyOfValid(temp);
        Path file = corpus.resolve(relative);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to.replace("\\n", "\n")));
        CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(corpus));
        return e.errors().get(0);
    }
}
