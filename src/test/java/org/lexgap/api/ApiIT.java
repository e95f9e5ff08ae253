package org.lexgap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.lexgap.it.DeployedServiceIT;
import org.junit.jupiter.api.Test;
import org.lexgap.json.Mappers;

/** The built WAR on Payara Micro, read over HTTP as a client would. */
class ApiIT extends DeployedServiceIT {

    @Test
    void listsTheTwelveInstruments() throws Exception {
        HttpResponse<String> response = get("api/instruments");

        assertEquals(200, response.statusCode());
        JsonNode list = Mappers.json().readTree(response.body());
        assertEquals(12, list.size());
        // written by the project's Jackson configuration, not the server's JSON-B: enum codes, ISO dates
        JsonNode cets216 = find(list, "cets-216");
        assertEquals("treaty", cets216.get("kind").asText());
        assertEquals("2018-03-01", cets216.get("validFrom").asText());
        assertEquals(33, cets216.get("provisions").asInt());
    }

    @Test
    void servesEveryArticleOfCets216WithHeadingAndSummary() throws Exception {
        JsonNode instrument = Mappers.json().readTree(get("api/instruments/cets-216").body());

        JsonNode provisions = instrument.get("provisions");
        assertEquals(33, provisions.size());
        for (JsonNode p : provisions) {
            assertFalse(p.get("heading").asText().isBlank());
            assertFalse(p.get("summary").asText().isBlank());
        }
        JsonNode directive = Mappers.json().readTree(get("api/instruments/eu-2011-36").body());
        String note = directive.get("amendmentNote").asText();
        assertTrue(note.contains("2024/1712"), note);
    }

    @Test
    void servesAProvisionWhoseIdHasASlash() throws Exception {
        HttpResponse<String> response = get("api/provisions/cets-216/art-10");

        assertEquals(200, response.statusCode());
        JsonNode provision = Mappers.json().readTree(response.body());
        assertEquals("cets-216/art-10", provision.get("id").asText());
        assertTrue(provision.get("citation").asText().endsWith("art. 10"));
    }

    @Test
    void servesCourtDecisionsFilteredAndOneWithTheProvisionsItApplied() throws Exception {
        JsonNode all = Mappers.json().readTree(get("api/cases").body());
        assertTrue(all.size() >= 20, "decisions: " + all.size());
        JsonNode kosovo = Mappers.json().readTree(get("api/cases?country=xk&criterion=LIAB-MEDICAL").body());
        assertTrue(kosovo.size() >= 1);
        kosovo.forEach(d -> assertEquals("XK", d.get("country").asText(), d.toString()));
        JsonNode latvia = Mappers.json().readTree(get("api/cases?country=LV").body());
        assertTrue(latvia.toString().contains("echr-2014-petrova-v-latvia"), latvia.toString());

        JsonNode medicus = Mappers.json().readTree(get("api/cases/xk-basic-court-pristina-2013-medicus").body());
        assertEquals("2013-04-29", medicus.get("date").asText());
        assertEquals("mixed", medicus.get("outcome").asText());
        assertEquals("xk-provisional-criminal-code-2003/art-139", medicus.get("applied").get(0).get("id").asText());
        assertTrue(medicus.get("applied").get(0).get("citation").asText().endsWith("Art. 139"), medicus.toString());

        JsonNode provision = Mappers.json().readTree(get("api/provisions/xk-provisional-criminal-code-2003/art-139").body());
        assertTrue(provision.get("decisions").toString().contains("xk-basic-court-pristina-2013-medicus"));
        assertEquals("Art. 139", provision.get("number").asText());
        for (String bad : new String[] {"api/cases?country=Kosovo", "api/cases?criterion=bad%20id"}) {
            assertEquals(400, get(bad).statusCode(), bad);
        }
        HttpResponse<String> missing = get("api/cases/xk-nowhere");
        assertEquals(404, missing.statusCode());
        assertEquals(Problem.MEDIA_TYPE, missing.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void servesAStatesObservationsAndListsThemBesideTheLevelOfTheirCriteria() throws Exception {
        JsonNode bulgaria = Mappers.json().readTree(get("api/countries/bg/observations").body());
        assertEquals("BG", bulgaria.get("country").asText());
        assertTrue(bulgaria.get("observations").size() >= 1);
        JsonNode first = bulgaria.get("observations").get(0);
        assertEquals("GRETA", first.get("body").asText());
        assertEquals(200, get("api/countries/de/observations").statusCode(), "a State without any: an empty list");
        assertEquals(400, get("api/countries/bulgaria/observations").statusCode());
        assertEquals(404, get("api/countries/zw/observations").statusCode());

        JsonNode assessment = Mappers.json().readTree(get("api/countries/BG/assessment").body());
        String criterion = first.get("criteria").get(0).asText();
        JsonNode result = null;
        for (JsonNode c : assessment.get("criteria")) {
            if (c.get("id").asText().equals(criterion)) {
                result = c;
            }
        }
        assertTrue(result.get("observations").toString().contains(first.get("id").asText()), result.toString());
        assertTrue(result.get("decisions").isArray());
        JsonNode kosovo = Mappers.json().readTree(get("api/countries/XK/assessment").body());
        boolean illustrated = false;
        for (JsonNode c : kosovo.get("criteria")) {
            illustrated |= c.get("decisions").toString().contains("xk-basic-court-pristina-2013-medicus");
        }
        assertTrue(illustrated, "a Kosovo criterion lists the Medicus judgment");
    }

    @Test
    void answersUnknownIdsWithProblemJson() throws Exception {
        for (String path : new String[] {"api/provisions/cets-216/art-999", "api/instruments/nothing", "api/nowhere"}) {
            HttpResponse<String> response = get(path);

            assertEquals(404, response.statusCode(), path);
            assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""), path);
            JsonNode problem = Mappers.json().readTree(response.body());
            assertEquals(404, problem.get("status").asInt());
            assertFalse(response.body().contains("Exception"), response.body());
        }
    }

    @Test
    void isReadyAndDescribesItsApi() throws Exception {
        assertEquals(200, get("health/ready").statusCode());
        String openapi = get("openapi").body();
        assertTrue(openapi.contains("/api/instruments/{id}"), openapi);
        assertTrue(openapi.contains("/api/provisions/"), openapi);
    }

    @Test
    void assessesACountryWithEvidenceAndTheFormula() throws Exception {
        HttpResponse<String> response = get("api/countries/gb/assessment");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode a = Mappers.json().readTree(response.body());
        assertEquals("GB", a.get("country").asText());
        assertEquals("thbor", a.get("checklist").get("id").asText());
        assertTrue(a.get("formula").asText().contains("weight"));
        JsonNode reporting = find(a.get("criteria"), "HEALTH-REPORTING");
        assertEquals("1", reporting.get("level").asText(), reporting.toString());
        assertTrue(reporting.get("evidence").get(0).get("provision").asText().startsWith("gb-"));
        JsonNode channel = find(reporting.get("conditions"), "channel");
        assertEquals("missing", channel.get("status").asText(), "the duty runs to a regulator, not to the police");
        assertTrue(reporting.get("reason").asText().contains("channel (missing: "), reporting.toString());
        assertTrue(a.get("gaps").size() > 0);
    }

    @Test
    void listsCountriesAndComparesThemSideBySide() throws Exception {
        JsonNode list = Mappers.json().readTree(get("api/countries").body());
        JsonNode countries = list.get("countries");
        assertTrue(countries.size() >= 28);
        JsonNode jurisdiction = find(list.get("criteria"), "criterion", "JUR-EXTRATERRITORIAL");
        assertEquals(countries.size(), jurisdiction.get("fully").asInt() + jurisdiction.get("partly").asInt()
                + jurisdiction.get("notMet").asInt() + jurisdiction.get("unknown").asInt()
                + jurisdiction.get("notApplicable").asInt());
        assertTrue(list.get("cellsKnown").asInt() > 0 && list.get("cellsKnown").asInt() <= list.get("cells").asInt());
        for (JsonNode line : countries) {
            for (String part : new String[] {"thbOrOffence", "jurisdiction", "transplantLaw"}) {
                String holding = line.get("contents").get(part).asText();
                assertTrue(List.of("verified", "unverified", "documented-gap", "missing").contains(holding),
                        line.toString());
            }
        }
        JsonNode germany = Mappers.json().readTree(get("api/countries/de").body());
        assertEquals("Germany", germany.get("country").get("name").asText());
        assertTrue(germany.get("statutes").size() >= 3);
        assertEquals("verified", germany.get("contents").get("thbOrOffence").asText());
        assertEquals("verified", germany.get("contents").get("transplantLaw").asText());

        JsonNode matrix = Mappers.json().readTree(get("api/assessments?countries=DE,es,GB").body());
        assertEquals(3, matrix.get("countries").size());
        assertEquals("ES", matrix.get("countries").get(1).get("code").asText());
        assertEquals("JUR-EXTRATERRITORIAL", matrix.get("criteria").get(0).asText());
        JsonNode spain = matrix.get("countries").get(1);
        assertEquals(37, spain.get("criteria").asInt());
        assertTrue(spain.get("scored").asInt() > 0 && spain.get("scored").asInt() <= 37);
        assertTrue(spain.get("areas").has("JUR"), spain.toString());
    }

    @Test
    void rejectsWhatIsNotACountryCode() throws Exception {
        for (String path : new String[] {"api/countries/germany/assessment", "api/countries/Q1",
            "api/assessments?countries=DE,ZZZ"}) {
            HttpResponse<String> response = get(path);

            assertEquals(400, response.statusCode(), path);
            assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""), path);
        }
        assertEquals(404, get("api/countries/BR").statusCode());
    }

    private static JsonNode find(JsonNode array, String id) {
        return find(array, "id", id);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return api().get(path);
    }
}
