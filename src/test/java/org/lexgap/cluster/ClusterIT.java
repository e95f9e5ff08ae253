package org.lexgap.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.lexgap.it.ApiClient;
import org.lexgap.json.Mappers;
import org.lexgap.store.TestDatabases;

/**
 * Two nodes (the built bundle, which runs without clustering) on one PostgreSQL database (LEXGAP_TEST_PG_URL, a fresh schema; skipped when
 * unset): an import and a finding made through one are seen through the other within 10 s; after kill -9 of the
 * first, the second keeps serving and holds every write the first acknowledged.
 */
class ClusterIT {

    private static final Duration START = Duration.ofSeconds(600);
    private static final Duration PROPAGATION = Duration.ofSeconds(10);
    private static final String PATH = "api/countries/FR/assessment/criteria/JUR-EXTRATERRITORIAL";

    @Test
    void twoNodesOnOneDatabaseServeTheSameDataAndSurviveKillNine() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "cluster-it", String.valueOf(System.currentTimeMillis())))
                .toAbsolutePath();
        String db = TestDatabases.fresh(TestDatabases.POSTGRESQL, folder).url();
        Path bundle = Path.of(System.getProperty("lexgap.microbundle", "target/lexgap-microbundle.jar"));
        try (Node a = Node.start("node-a", folder, bundle, db); Node b = Node.start("node-b", folder, bundle, db)) {
            a.awaitReady(START);
            b.awaitReady(START);
            ApiClient onA = a.api();
            ApiClient onB = b.api();
            String admin = onA.signIn(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            String reviewer = onA.userToken("cluster-reviewer", "reviewer", "a long cluster password");

            // an import through A is searchable and readable through B within 10 s
            HttpResponse<String> imported = upload(onA, admin, "Quuxland penal code", "Article 1 - Organ brokers\n"
                    + "Whoever brokers a zorblax transplant for money is punished.\n");
            assertEquals(201, imported.statusCode(), imported.body());
            String id = json(imported).get("id").asText();
            long seen = within(PROPAGATION, () -> onB.get("api/search?q=zorblax").body(), body -> body.contains(id));
            System.out.printf("ClusterIT: import on A searchable on B after %d ms%n", seen);
            assertEquals(200, onB.get("api/documents/" + id).statusCode());

            // a finding written through A is read through B; a sign-in made on A is valid on B
            HttpResponse<String> created = onA.send("PUT", PATH, finding("Written through node A."), reviewer,
                    Map.of("If-None-Match", "*"));
            assertEquals(201, created.statusCode(), created.body());
            within(PROPAGATION, () -> onB.get(PATH).body(), body -> body.contains("Written through node A."));

            // writes through A until it is killed: every acknowledged one must be on B afterwards
            ConcurrentSkipListMap<Long, String> acknowledged = new ConcurrentSkipListMap<>();
            ExecutorService writer = Executors.newSingleThreadExecutor();
            Future<?> writes = writer.submit(() -> {
                for (int n = 0; a.alive(); n++) {
                    try {
                        String etag = ApiClient.header(onA.get(PATH), "ETag");
                        String text = "Change " + n + " through node A.";
                        HttpResponse<String> put = onA.send("PUT", PATH, finding(text), reviewer, etag);
                        if (put.statusCode() == 200) {
                            acknowledged.put(Long.parseLong(ApiClient.header(put, "ETag").replace("\"", "")), text);
                        }
                    } catch (Exception e) {
                        return null; // the node died under the request: not acknowledged
                    }
                }
                return null;
            });
            within(Duration.ofSeconds(30), acknowledged::size, size -> size >= 5);
            a.kill9();
            writes.get();
            writer.shutdown();
            assertFalse(a.alive());

            // B keeps serving: search, the imported document, the findings with every acknowledged version
            assertEquals(200, onB.get("health/ready").statusCode(), b.tail());
            assertTrue(onB.get("api/search?q=zorblax").body().contains(id));
            HttpResponse<String> stored = onB.get(PATH);
            long last = acknowledged.lastKey();
            long current = Long.parseLong(ApiClient.header(stored, "ETag").replace("\"", ""));
            assertTrue(current >= last, "B holds version " + current + ", A acknowledged " + last);
            if (current == last) {
                assertEquals(acknowledged.get(last), json(stored).get("rationale").asText());
            }
            JsonNode history = json(onB.get(PATH + "/history"));
            List<Long> versions = new java.util.ArrayList<>();
            history.forEach(h -> versions.add(h.get("version").asLong()));
            assertTrue(versions.containsAll(acknowledged.keySet()), "history " + versions + " holds every "
                    + "acknowledged version " + acknowledged.keySet());
            System.out.printf("ClusterIT: %d writes acknowledged by A before kill -9, all on B%n", acknowledged.size());

            // and B takes writes: a second import, searchable at once on B
            HttpResponse<String> second = upload(onB, onB.signIn(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD),
                    "Quuxland health act", "Article 2 - Consent\nA frobnitz donor consents in writing.\n");
            assertEquals(201, second.statusCode(), second.body());
            assertTrue(onB.get("api/search?q=frobnitz").body().contains(json(second).get("id").asText()));
        }
    }

    /** Polls until the value passes; answers the milliseconds it took; fails after the timeout. */
    private static <T> long within(Duration timeout, Checked<T> value, Predicate<T> passes) throws Exception {
        long start = System.nanoTime();
        T last = null;
        while (System.nanoTime() - start < timeout.toNanos()) {
            last = value.get();
            if (passes.test(last)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + timeout + ": " + last);
    }

    @FunctionalInterface
    private interface Checked<T> {
        T get() throws Exception;
    }

    private static String finding(String rationale) throws Exception {
        return Mappers.json().writeValueAsString(Map.of("level", "1", "evidence", List.of(), "rationale", rationale,
                "sources", List.of("https://example.org/fr"), "status", "reviewed"));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Mappers.json().readTree(response.body());
    }

    private static HttpResponse<String> upload(ApiClient api, String token, String title, String text)
            throws Exception {
        String boundary = "cluster-boundary";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("jurisdiction", "NZ", "title", title, "citation", title,
                "language", "en", "status", "official");
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"law.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return api.request("POST", "api/documents", HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()), token,
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary), HttpResponse.BodyHandlers.ofString());
    }
}
