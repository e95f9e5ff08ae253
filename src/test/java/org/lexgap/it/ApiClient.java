package org.lexgap.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.lexgap.json.Mappers;

/** The integration tests' HTTP calls to the deployed service, JSON in, text out. */
public final class ApiClient {

    /** The first admin that arquillian.xml has the server create. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URL base;

    public ApiClient(URL base) {
        this.base = base;
    }

    public String url(String path) throws Exception {
        return base.toURI().resolve("/").resolve(path).toString();
    }

    public HttpResponse<String> get(String path) throws Exception {
        return request("GET", path, null, null, Map.of(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose answer is read as bytes (PDF, zip). */
    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return request("GET", path, null, null, Map.of(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Whether the service answers at this address (not 404, 405 or 501). */
    public boolean available(String path) throws Exception {
        int status = get(path).statusCode();
        return status != 404 && status != 405 && status != 501;
    }

    public HttpResponse<String> post(String path, String json, String token) throws Exception {
        return send("POST", path, json, token, Map.of());
    }

    /** A JSON request with an If-Match header when {@code ifMatch} is not empty. */
    public HttpResponse<String> send(String method, String path, String json, String token, String ifMatch)
            throws Exception {
        return send(method, path, json, token, ifMatch == null || ifMatch.isEmpty() ? Map.of()
                : Map.of("If-Match", ifMatch));
    }

    /** A JSON request (no body when {@code json} is null; no content type when it is empty) with more headers. */
    public HttpResponse<String> send(String method, String path, String json, String token,
                                     Map<String, String> headers) throws Exception {
        Map<String, String> all = new HashMap<>(headers);
        if (json != null && !json.isEmpty()) {
            all.put("Content-Type", "application/json");
        }
        return request(method, path, json == null ? null : HttpRequest.BodyPublishers.ofString(json), token, all,
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any request: a body (null for none), a bearer token (null for none), headers, and how to read the answer. */
    public <T> HttpResponse<T> request(String method, String path, HttpRequest.BodyPublisher body, String token,
                                       Map<String, String> headers, HttpResponse.BodyHandler<T> answer)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), answer);
    }

    public static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /** Signs in and answers the bearer token; the sign-in must succeed. */
    public String signIn(String user, String password) throws Exception {
        HttpResponse<String> signedIn = post("api/auth/token",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}", null);
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        return Mappers.json().readTree(signedIn.body()).get("token").asText();
    }

    /** Has the bootstrap admin create a user (or finds it there from an earlier test) and signs it in. */
    public String userToken(String name, String role, String password) throws Exception {
        HttpResponse<String> created = post("api/users", "{\"username\":\"" + name + "\",\"password\":\""
                + password + "\",\"role\":\"" + role + "\"}", signIn(ADMIN, ADMIN_PASSWORD));
        assertTrue(created.statusCode() == 201 || created.statusCode() == 409, created.body());
        return signIn(name, password);
    }
}
