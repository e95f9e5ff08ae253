package org.lexgap.corpus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lexgap.corpus.entity.Instrument;

/** The corpus in the repository's data folders loads without a single error. */
class ShippedCorpusTest {

    private static final Set<String> INSTRUMENT_IDS = Set.of("untoc", "palermo-protocol", "cets-197", "cets-216",
            "cets-164", "cets-186", "eu-2011-36", "who-gp-2010", "unga-71-322", "istanbul-2018",
            "cm-res-2013-55", "cm-res-2017-2");

    private final Corpus corpus = CorpusLoader.load(CorpusFixtures.SHIPPED);

    @Test
    void holdsTheTwelveInstruments() {
        assertEquals(INSTRUMENT_IDS, corpus.instruments().stream().map(Instrument::id).collect(Collectors.toSet()));
    }

    @Test
    void holdsEveryArticleOfTheFiveFullyVerifiedTreatiesAndCets216() {
        assertArticles("untoc", 41);
        assertArticles("palermo-protocol", 20);
        assertArticles("cets-197", 47);
        assertArticles("cets-216", 33);
        assertArticles("cets-164", 38);
        assertArticles("cets-186", 34);
    }

    @Test
    void everyProvisionHasAHeadingAndASummary() {
        corpus.provisions().forEach(p -> {
            assertTrue(p.heading() != null && !p.heading().isBlank(), p.id());
            assertTrue(p.summary() != null && p.summary().length() > 20, p.id());
        });
    }

    private void assertArticles(String instrument, int count) {
        var provisions = corpus.provisionsOf(instrument);
        assertEquals(count, provisions.size(), instrument);
        for (int n = 1; n <= count; n++) {
            String id = instrument + "/art-" + n;
            assertTrue(corpus.provision(id).isPresent(), id);
        }
    }
}
