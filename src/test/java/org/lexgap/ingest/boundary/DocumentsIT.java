package org.lexgap.ingest.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.lexgap.it.ApiClient;
import org.lexgap.it.DeployedServiceIT;
import org.junit.jupiter.api.Test;
import org.lexgap.api.Problem;
import org.lexgap.ingest.control.TestPdfs;
import org.lexgap.json.Mappers;

/** Uploads a generated PDF to the built WAR on Payara Micro, reads it back, replaces and deletes it. */
class DocumentsIT extends DeployedServiceIT {

    private static final String BOUNDARY = "lexgap-it-boundary";
    private static String adminToken;

    @Test
    void onlyAnAdminMayWriteDocuments() throws Exception {
        byte[] body = multipart(Map.of("jurisdiction", "NZ", "title", "T", "citation", "C", "language", "en",
                "status", "official", "validFrom", "2024-01-01"), "t.pdf", "application/pdf", pdf("Anything"));
        assertEquals(401, send("POST", "api/documents", body, null).statusCode());
        assertEquals(401, send("DELETE", "api/documents/nz-qpc", null, null).statusCode());
        assertEquals(401, send("PUT", "api/documents/nz-qpc", body, null).statusCode());
        assertEquals(401, send("POST", "api/documents", body, "not-a-token").statusCode());
        String reviewer = api().userToken("it-doc-reviewer", "reviewer", "a long password for it");
        assertEquals(403, send("POST", "api/documents", body, reviewer).statusCode());
        assertEquals(403, send("PUT", "api/documents/nz-qpc", body, reviewer).statusCode());
        assertEquals(403, send("DELETE", "api/documents/nz-qpc", null, reviewer).statusCode());
    }

    private static byte[] pdf(String heading) {
        return TestPdfs.pages(List.of(new TestPdfs.Page(null, List.of(
                "Article 5 - " + heading, "Whoever buys an organ of a living person in Quivira is punished.", "",
                "Article 6 - Attempt", "The attempt is punishable."), "Page 1")));
    }

    @Test
    void importsAPdfReadsItBackReplacesAndDeletesIt() throws Exception {
        Map<String, String> fields = Map.of("jurisdiction", "NZ", "title", "Penal Code of Quivira",
                "citation", "QPC", "language", "en", "status", "official", "validFrom", "2024-01-01");
        send("DELETE", "api/documents/nz-qpc", null);
        HttpResponse<String> created = send("POST", "api/documents", multipart(fields, "qpc.pdf",
                "application/pdf", pdf("Organ purchase")));

        assertEquals(201, created.statusCode(), created.body());
        JsonNode summary = Mappers.json().readTree(created.body());
        assertEquals("nz-qpc", summary.get("id").asText());
        JsonNode art5 = summary.get("provisions").get(0);
        assertEquals("nz-qpc/art-5", art5.get("id").asText());
        assertEquals("5", art5.get("number").asText());
        assertEquals("Organ purchase", art5.get("heading").asText());
        assertEquals(1, art5.get("page").asInt());

        JsonNode stored = Mappers.json().readTree(send("GET", "api/documents/nz-qpc", null).body());
        assertTrue(stored.get("provisions").get(0).get("text").asText().contains("buys an organ"));
        JsonNode provision = Mappers.json().readTree(send("GET", "api/provisions/nz-qpc/art-5", null).body());
        assertEquals("QPC, Article 5", provision.get("citation").asText());
        assertTrue(send("GET", "api/documents", null).body().contains("\"nz-qpc\""));
        HttpResponse<String> found = send("GET", "api/search?q=Quivira", null);
        assertTrue(found.body().contains("nz-qpc/art-5"), "imported text is searchable at once: " + found.body());

        HttpResponse<String> replaced = send("PUT", "api/documents/nz-qpc", multipart(fields, "qpc-2.pdf",
                "application/pdf", pdf("Purchase of organs")));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals(2, Mappers.json().readTree(replaced.body()).get("version").asInt());
        JsonNode history = Mappers.json().readTree(send("GET", "api/documents/nz-qpc/history", null).body());
        assertEquals("Organ purchase", history.get(0).get("provisions").get(0).get("heading").asText());

        assertEquals(204, send("DELETE", "api/documents/nz-qpc", null).statusCode());
        assertEquals(404, send("GET", "api/documents/nz-qpc", null).statusCode());
        assertEquals(404, send("GET", "api/provisions/nz-qpc/art-5", null).statusCode());
        assertFalse(send("GET", "api/search?q=Quivira", null).body().contains("nz-qpc/art-5"));
    }

    @Test
    void answersHostileUploadsWithProblemJsonAndStoresNothing() throws Exception {
        Map<String, String> fields = Map.of("jurisdiction", "FJ", "title", "Law", "language", "en",
                "status", "official");
        HttpResponse<String> disguised = send("POST", "api/documents", multipart(fields, "law.pdf",
                "application/pdf", "<html><body>Article 1</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(415, disguised.statusCode(), disguised.body());
        assertEquals(Problem.MEDIA_TYPE, disguised.headers().firstValue("Content-Type").orElse(""));
        assertFalse(disguised.body().contains("Exception"), disguised.body());

        HttpResponse<String> traversal = send("POST", "api/documents", multipart(fields, "../../law.pdf",
                "application/pdf", pdf("X")));
        assertEquals(400, traversal.statusCode(), traversal.body());
        HttpResponse<String> noStatus = send("POST", "api/documents", multipart(Map.of("jurisdiction", "FJ",
                "title", "Law", "language", "en"), "law.pdf", "application/pdf", pdf("X")));
        assertEquals(400, noStatus.statusCode(), noStatus.body());
        assertEquals(404, send("GET", "api/documents/fj-law", null).statusCode());
        assertEquals(404, send("GET", "api/documents/..%2F..%2Fetc", null).statusCode());
    }

    private static byte[] multipart(Map<String, String> fields, String fileName, String type, byte[] content)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Writes go as the bootstrap admin of arquillian.xml. */
    private HttpResponse<String> send(String method, String path, byte[] body) throws Exception {
        return send(method, path, body, "GET".equals(method) ? null : adminToken());
    }

    private String adminToken() throws Exception {
        if (adminToken == null) {
            adminToken = api().signIn(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        }
        return adminToken;
    }

    private HttpResponse<String> send(String method, String path, byte[] body, String token) throws Exception {
        return body == null
                ? api().request(method, path, null, token, Map.of(), HttpResponse.BodyHandlers.ofString())
                : api().request(method, path, HttpRequest.BodyPublishers.ofByteArray(body), token,
                        Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY),
                        HttpResponse.BodyHandlers.ofString());
    }
}
