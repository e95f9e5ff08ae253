package org.lexgap.corpus.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexgap.corpus.control.Corpus;
import org.lexgap.corpus.control.CorpusFixtures;
import org.lexgap.corpus.control.CorpusLoader;
import org.lexgap.corpus.entity.DecisionRef;
import org.lexgap.json.Mappers;

/** The JSON shapes of a provision with its decisions and of one decision: the record's own fields stay on top. */
class CourtRecordViewsTest {

    private final Corpus corpus = CorpusLoader.load(CorpusFixtures.VALID);

    @Test
    void aProvisionKeepsItsFieldsAndListsTheDecisionsThatAppliedIt() {
        ProvisionView view = new ProvisionView(corpus.provision("zz-penal/s-7").orElseThrow(),
                corpus.decisionsApplying("zz-penal/s-7").stream().map(DecisionRef::of).toList());

        JsonNode json = Mappers.json().valueToTree(view);

        assertEquals("PC s. 7", json.get("citation").asText());
        assertFalse(json.has("provision"), json.toString());
        assertEquals("zz-supreme-2021-organ-broker", json.get("decisions").get(0).get("id").asText());
        assertEquals("ZZ", json.get("decisions").get(0).get("country").asText());
        assertEquals("upheld", json.get("decisions").get(0).get("outcome").asText());
    }

    @Test
    void aDecisionShowsTheProvisionsItAppliedWithTheirCitations() {
        CaseView view = CaseView.of(corpus.decision("zz-supreme-2021-organ-broker").orElseThrow(), corpus);

        JsonNode json = Mappers.json().valueToTree(view);

        assertEquals("Supreme Court of Testland", json.get("court").asText());
        assertEquals("2021-03-04", json.get("date").asText());
        assertEquals("ZZ", json.get("country").asText());
        assertEquals(List.of("PC s. 7", "TCA, art. 2"), List.of(json.get("applied").get(0).get("citation").asText(),
                json.get("applied").get(1).get("citation").asText()));
        assertEquals("cassation", json.get("instance").asText());
    }
}
