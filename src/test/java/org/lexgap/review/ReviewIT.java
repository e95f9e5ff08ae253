package org.lexgap.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexgap.it.ApiClient;
import org.lexgap.it.DeployedServiceIT;
import org.lexgap.json.Mappers;

/**
 * The reviewer workflow over HTTP on Payara Micro (in-memory H2; the first admin from lexgap.admin.user/password,
 * see arquillian.xml): every write endpoint as anonymous, wrong role and right role; concurrent edits; four eyes;
 * history; limits and headers.
 */
class ReviewIT extends DeployedServiceIT {

    private static final Map<String, String> TOKENS = new HashMap<>();
    private static final String PASSWORD = "a long test password";

    @Test
    void everyWriteEndpointIs401Anonymous403ForOtherRolesAnd2xxForItsRole() throws Exception {
        String finding = "api/countries/GB/assessment/criteria/HEALTH-REGISTRY";
        String approval = finding + "/approval";
        String body = findingBody("2", "reviewed", "The registry rule covers every transplant.");
        String newUser = "{\"username\":\"it-walk\",\"password\":\"" + PASSWORD + "\",\"role\":\"reader\"}";

        record Write(String method, String path, String body, String role, List<String> others) {
        }
        List<Write> writes = List.of(
                new Write("PUT", finding, body, "it-rev-a", List.of("it-reader", "admin")),
                new Write("POST", approval, "", "it-rev-b", List.of("it-reader", "admin")),
                new Write("POST", "api/users", newUser, "admin", List.of("it-reader", "it-rev-a")));
        for (Write w : writes) {
            HttpResponse<String> anonymous = send(w.method(), w.path(), w.body(), null, Map.of());
            assertEquals(401, anonymous.statusCode(), w + ": " + anonymous.body());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse(""));
            for (String other : w.others()) {
                HttpResponse<String> forbidden = send(w.method(), w.path(), w.body(), token(other), Map.of());
                assertEquals(403, forbidden.statusCode(), other + " " + w + ": " + forbidden.body());
            }
            Map<String, String> headers = w.path().equals(approval) ? Map.of("If-Match", "\"1\"") : Map.of();
            HttpResponse<String> allowed = send(w.method(), w.path(), w.body(), token(w.role()), headers);
            assertTrue(allowed.statusCode() / 100 == 2, w + " as " + w.role() + ": " + allowed.statusCode() + " "
                    + allowed.body());
        }
        JsonNode approved = json(get(finding, null));
        assertEquals("approved", approved.get("status").asText());
        assertEquals("it-rev-a", approved.get("author").asText());
        assertEquals("it-rev-b", approved.get("approver").asText());
    }

    @Test
    void twoReviewersEditingConcurrentlyLoseNothingTheSecondGets412() throws Exception {
        String path = "api/countries/GB/assessment/criteria/HEALTH-REPORTING";
        HttpResponse<String> created = send("PUT", path, findingBody("1", "draft", "Reporting duty is partial."),
                token("it-rev-a"), Map.of("If-None-Match", "*"));
        assertEquals(201, created.statusCode(), created.body());
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"1\"", etag);

        HttpResponse<String> first = send("PUT", path, findingBody("2", "draft", "Reviewer A: the duty is express."),
                token("it-rev-a"), Map.of("If-Match", etag));
        HttpResponse<String> second = send("PUT", path, findingBody("0", "draft", "Reviewer B: no duty at all."),
                token("it-rev-b"), Map.of("If-Match", etag));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(412, second.statusCode(), second.body());
        JsonNode problem = json(second);
        assertEquals(2, problem.get("currentVersion").asInt());
        assertEquals("Reviewer A: the duty is express.", problem.get("current").get("rationale").asText());

        HttpResponse<String> blind = send("PUT", path, findingBody("0", "draft", "Reviewer B without ETag."),
                token("it-rev-b"), Map.of());
        assertEquals(428, blind.statusCode(), blind.body());

        HttpResponse<String> merged = send("PUT", path, findingBody("1", "reviewed", "Merged: express but narrow."),
                token("it-rev-b"), Map.of("If-Match", "\"2\""));
        assertEquals(200, merged.statusCode(), merged.body());
        HttpResponse<String> own = send("POST", path + "/approval", "", token("it-rev-b"), Map.of("If-Match", "\"3\""));
        assertEquals(403, own.statusCode(), "four eyes: " + own.body());

        JsonNode history = json(get(path + "/history", null));
        assertEquals(3, history.size(), history.toString());
        assertEquals("it-rev-a", history.get(0).get("changedBy").asText());
        assertEquals("it-rev-a", history.get(1).get("changedBy").asText());
        assertEquals("it-rev-b", history.get(2).get("changedBy").asText());
        assertEquals("Reviewer A: the duty is express.", history.get(2).get("before").get("rationale").asText());

        JsonNode assessment = json(get("api/countries/GB/assessment", null));
        for (JsonNode c : assessment.get("criteria")) {
            if (c.get("id").asText().equals("HEALTH-REPORTING")) {
                assertEquals("1", c.get("level").asText());
                assertEquals("reviewed", c.get("status").asText());
                assertEquals("store", c.get("findingSource").asText());
            }
        }
    }

    @Test
    void badInputGetsProblemJsonWithoutStackTraces() throws Exception {
        String path = "api/countries/GB/assessment/criteria/LIAB-MEDICAL";
        String reviewer = token("it-rev-a");
        Map<String, Integer> cases = Map.of(
                findingBody("5", "draft", "Level five is not on the scale."), 400,
                "{\"level\":\"2\",\"evidence\":[\"gb-nothing/s-1\"],\"rationale\":\"Unknown evidence id.\"}", 400,
                "{\"level\":\"2\",\"evidence\":[],\"rationale\":\"x\",\"extra\":1}", 400,
                "{not json", 400,
                "{\"level\":\"2\",\"evidence\":[],\"rationale\":\"" + "x".repeat(70_000) + "\"}", 413);
        for (Map.Entry<String, Integer> c : cases.entrySet()) {
            HttpResponse<String> r = send("PUT", path, c.getKey(), reviewer, Map.of());
            assertEquals(c.getValue(), r.statusCode(), r.body());
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("")
                    .replace(";charset=UTF-8", ""));
            assertFalse(r.body().contains("Exception") || r.body().contains("org.lexgap"), r.body());
        }
        assertEquals(404, send("PUT", "api/countries/GB/assessment/criteria/NO-SUCH", findingBody("2", "draft",
                "No such criterion here."), reviewer, Map.of()).statusCode());
        HttpResponse<String> expired = send("PUT", path, findingBody("2", "draft", "Token is made up."),
                "not-a-real-token", Map.of());
        assertEquals(401, expired.statusCode());
        assertTrue(json(expired).get("detail").asText().contains("unknown or expired"), expired.body());
    }

    @Test
    void answersCarrySecurityHeaders() throws Exception {
        for (String path : List.of("api/instruments", "api/countries/GB/assessment/criteria/CRIM-ANCILLARY")) {
            HttpResponse<String> r = get(path, null);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
        }
    }

    @Test
    void failedSignInsAreRateLimited() throws Exception {
        String wrong = "{\"username\":\"it-ghost\",\"password\":\"wrong password here\"}";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, send("POST", "api/auth/token", wrong, null, Map.of()).statusCode(), "attempt " + i);
        }
        HttpResponse<String> limited = send("POST", "api/auth/token", wrong, null, Map.of());
        assertEquals(429, limited.statusCode(), limited.body());
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
    }

    private String token(String user) throws Exception {
        synchronized (TOKENS) {
            if (TOKENS.isEmpty()) {
                TOKENS.put("admin", api().signIn(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD));
                for (String[] u : new String[][] {{"it-reader", "reader"}, {"it-rev-a", "reviewer"},
                    {"it-rev-b", "reviewer"}}) {
                    HttpResponse<String> created = send("POST", "api/users", "{\"username\":\"" + u[0]
                            + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + u[1] + "\"}",
                            TOKENS.get("admin"), Map.of());
                    assertEquals(201, created.statusCode(), created.body());
                    TOKENS.put(u[0], api().signIn(u[0], PASSWORD));
                }
            }
            return TOKENS.get(user);
        }
    }

    private static String findingBody(String level, String status, String rationale) {
        return "{\"level\":\"" + level + "\",\"evidence\":[\"gb-hta-2004/s-32\"],\"rationale\":\"" + rationale
                + "\",\"sources\":[\"https://example.org/review\"],\"status\":\"" + status + "\"}";
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Mappers.json().readTree(response.body());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, null, token, Map.of());
    }

    private HttpResponse<String> send(String method, String path, String body, String token,
                                      Map<String, String> headers) throws Exception {
        return api().send(method, path, body, token, headers);
    }
}
