package org.lexgap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.lexgap.json.Mappers;

/** The built WAR on Payara Micro, read over HTTP as a client would. */
@ArquillianTest
@RunAsClient
class ApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("lexgap.war", "target/lexgap.war")))
                .as(WebArchive.class);
    }

    @Test
    void listsTheTwelveInstruments() throws Exception {
        HttpResponse<String> response = get("api/instruments");

        assertEquals(200, response.statusCode());
        JsonNode list = Mappers.json().readTree(response.body());
        assertEquals(12, list.size());
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

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = base.toURI().resolve("/").resolve(path);
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
