package org.lexgap.reading.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusFixtures;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.corpus.entity.Criterion;
import org.lexgap.reading.entity.Detection;
import org.lexgap.reading.entity.Paragraph;
import org.lexgap.reading.entity.Reading;

/** Reading invented provisions (our own words, in the shapes statutes take) with the shipped thesaurus. */
class ConceptReaderTest {

    static Corpus corpus;
    static ConceptReader reader;
    static final ConditionDetector DETECTOR = new ConditionDetector();

    @BeforeAll
    static void load() {
        corpus = CorpusLoader.load(CorpusFixtures.SHIPPED);
        reader = new ConceptReader(corpus.thesaurus(), corpus.vocabularies(), new LanguageAnalyzers());
    }

    @Test
    void aNumberedSubsectionKeepsItsListItemsAndTheNextSubsectionStartsAParagraph() {
        List<Paragraph> p = Paragraphs.of("(1) A person is punished who does any of the following:\n\n"
                + "1. the first thing,\n\n2. the second thing.\n\n(2) The attempt is punishable.");

        assertEquals(2, p.size());
        assertTrue(p.get(0).text().endsWith("the second thing."), p.get(0).text());
        assertTrue(p.get(1).text().startsWith("(2)"));
    }

    @Test
    void conceptsAreFoundAfterTheLanguagesAnalysisAndCountForTheirBroaderConcepts() {
        Reading r = reader.read(null, "(1) Wer die Entnahme von Organen veranlasst, wird mit Freiheitsstrafe bestraft.",
                "de");

        assertTrue(r.conceptsOf(0).contains("organ-removal"), r.toString());
        assertTrue(r.conceptsOf(0).contains("imprisonment"));
        assertTrue(r.conceptsOf(0).contains("punishable") && r.conceptsOf(0).contains("sanctions"),
                "imprisonment is narrower than punishable, itself narrower than sanctions");
    }

    @Test
    void aConditionsConceptsMustStandInOneParagraph() {
        Criterion jurisdiction = criterion("JUR-EXTRATERRITORIAL");
        Reading together = reader.read("Offences committed abroad",
                "(1) The criminal law applies to offences committed abroad by a national of the State.", "en");
        Reading apart = reader.read(null, "(1) The criminal law applies to offences committed abroad.\n\n"
                + "(2) In this Act a national is a citizen of the State.", "en");

        assertTrue(met(DETECTOR.detect(jurisdiction, together), "nationals"));
        assertFalse(met(DETECTOR.detect(jurisdiction, apart), "nationals"));
    }

    @Test
    void theHeadingLineCountsWithEveryParagraphAndThePassageIsTheSentenceThatCarriesIt() {
        Reading r = reader.read(null, "12 Reporting of organ trafficking\n\n(1) This section applies in hospitals.\n\n"
                + "(2) A physician is under a duty to report to the competent authorities any case that comes to "
                + "their knowledge.", "en");

        List<Detection> found = DETECTOR.detect(criterion("HEALTH-REPORTING"), r);
        Detection specific = found.stream().filter(d -> d.condition().equals("specific-duty")).findFirst().orElseThrow();
        assertTrue(specific.passage().startsWith("(2) A physician"), specific.passage());
    }

    @Test
    void wordsInTheTitleOfACitedInstrumentDoNotCount() {
        Reading r = reader.read(null, "(1) Property derived from an offence under the Framework Decision of the "
                + "Council on combating trafficking in human beings is forfeited.", "en");

        assertFalse(r.concepts().contains("trafficking"), r.toString());
        assertTrue(InstrumentTitles.insideOne("offences listed in the Directive on combating trafficking", 45));
        assertFalse(InstrumentTitles.insideOne("the Directive applies. Trafficking is punishable", 30));
    }

    private static Criterion criterion(String id) {
        return corpus.checklist("thbor").orElseThrow().criterion(id).orElseThrow();
    }

    private static boolean met(List<Detection> detections, String condition) {
        return detections.stream().anyMatch(d -> d.condition().equals(condition) && d.met());
    }

    @Test
    void aPrefixFormAlsoFindsItsOwnStemAfterStemming() {
        Reading r = reader.read(null, "(1) The organization and its senior officers are liable for the offence.", "en");

        assertTrue(r.concepts().contains("legal-person"), "officer* finds officers (stemmed offic): " + r);
    }

    @Test
    void aThesaurusPhraseIsReadInflectedWhenOnlyAnArticleOrPrepositionWasDropped() {
        Reading r = reader.read(null, "(1) Разпоредбата се отнася до трафика на хора.", "bg");

        assertTrue(r.concepts().contains("trafficking"), "the definite form of the noun still reads: " + r);
    }

    @Test
    void aThesaurusPhraseThatAnalysisWouldShrinkToOneWordIsReadExactly() {
        Reading r = reader.read(null, "(1) Die Tat ist nach deutschem Strafrecht mit Strafe bedroht.", "de");

        assertFalse(r.concepts().contains("victim-nationals"), "German law is not a German victim: " + r);
    }
}
