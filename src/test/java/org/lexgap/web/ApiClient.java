package org.lexgap.web;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The browser tests' own HTTP calls to the deployed service (set-up and checks beside the browser). */
final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URL base;

    ApiClient(URL base) {
        this.base = base;
    }

    String url(String path) throws Exception {
        return base.toURI().resolve("/").resolve(path).toString();
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the service answers at this address (not 404, 405 or 501). */
    boolean available(String path) throws Exception {
        int status = get(path).statusCode();
        return status != 404 && status != 405 && status != 501;
    }

    HttpResponse<String> post(String path, String json, String token) throws Exception {
        return send("POST", path, json, token, null);
    }

    HttpResponse<String> send(String method, String path, String json, String token, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null && !ifMatch.isEmpty()) {
            request.header("If-Match", ifMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
