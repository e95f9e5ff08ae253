package org.lexgap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lexgap.it.DeployedServiceIT;
import org.lexgap.json.Mappers;

/** The search API of the built WAR on Payara Micro, over HTTP. */
class SearchIT extends DeployedServiceIT {

    @Test
    void findsBothTreatyArticlesOnExtraterritorialJurisdictionWithFacetsAndMarks() throws Exception {
        HttpResponse<String> response = get("api/search?q=" + enc("extraterritorial jurisdiction over nationals"));

        assertEquals(200, response.statusCode(), response.body());
        JsonNode result = Mappers.json().readTree(response.body());
        String top5 = result.get("hits").toString();
        assertTrue(top5.contains("cets-216/art-10") && top5.contains("cets-197/art-31"), top5);
        assertTrue(result.get("facets").get("jurisdiction").has("international"));
        assertTrue(result.get("hits").get(0).get("snippet").asText().contains("<mark>"));
        assertEquals("extraterritorial-jurisdiction", result.get("concepts").get(0).get("id").asText());
    }

    @Test
    void escapesMarkupTypedIntoTheQueryAndAnswersBadParametersWith400() throws Exception {
        HttpResponse<String> script = get("api/search?q=" + enc("<script>alert(1)</script> jurisdiction"));
        assertEquals(200, script.statusCode());
        assertFalse(script.body().contains("<script>"), script.body());

        for (String bad : new String[] {"api/search?q=x&size=101", "api/search?q=x&page=0",
            "api/search?q=x&country=Germany", "api/search?q=" + enc("*organ")}) {
            HttpResponse<String> response = get(bad);
            assertEquals(400, response.statusCode(), bad);
            assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""), bad);
        }
    }

    @Test
    void servesSimilarProvisionsOfOtherDocuments() throws Exception {
        HttpResponse<String> response = get("api/provisions/cets-216/art-10/similar");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode hits = Mappers.json().readTree(response.body()).get("hits");
        assertTrue(hits.size() > 0);
        hits.forEach(h -> assertFalse(h.get("id").asText().startsWith("cets-216/"), h.toString()));
        assertEquals(404, get("api/provisions/cets-216/art-999/similar").statusCode());
    }

    @Test
    void findsCourtDecisionsAndObservationsByKindCountryAndCriterion() throws Exception {
        JsonNode cases = Mappers.json().readTree(get("api/search?kind=case&q=" + enc("kidney")).body());
        assertTrue(cases.get("total").asLong() > 0, cases.toString());
        cases.get("hits").forEach(h -> assertEquals("case", h.get("kind").asText(), h.toString()));
        assertTrue(cases.get("hits").get(0).get("snippet").asText().contains("<mark>"), cases.toString());

        JsonNode spain = Mappers.json().readTree(get("api/search?kind=case&country=ES&criterion=CRIM-SOLICITATION&q="
                + enc("organ")).body());
        assertTrue(spain.get("total").asLong() > 0, spain.toString());
        spain.get("hits").forEach(h -> assertEquals("ES", h.get("jurisdiction").asText()));

        JsonNode observations = Mappers.json().readTree(get("api/search?kind=observation&country=BG&q="
                + enc("compensation")).body());
        assertTrue(observations.get("total").asLong() > 0, observations.toString());
        assertEquals("observation", observations.get("hits").get(0).get("kind").asText());
        assertEquals(400, get("api/search?q=x&kind=judgment").statusCode());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return api().get(path);
    }
}
