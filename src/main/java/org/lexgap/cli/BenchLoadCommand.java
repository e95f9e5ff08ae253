package org.lexgap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lexgap.json.Mappers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Load on a running service: search, then reports (every format, every State), each from several clients for a
 * while; prints requests/s, p50 and p99 latency and errors, and the service's memory before and after.
 */
@Command(name = "bench-load", description = "Load a running service with searches and reports; print requests/s, "
        + "p50/p99 latency, errors, and the service's memory before and after.")
final class BenchLoadCommand implements Callable<Integer> {

    private static final String[] QUERIES = {"organ trafficking", "Organhandel", "\"organ removal\"",
        "transplant*", "art. 10", "§ 18 TPG", "trata de seres humanos", "Статья 127.1", "consent -payment",
        "extraterritorial jurisdiction", "trafic d'organes", "broker OR intermediary"};
    private static final String[] FORMATS = {"json", "csv", "html", "pdf"};

    @Option(names = "--url", defaultValue = "http://localhost:8080/", description = "the service (default: "
            + "${DEFAULT-VALUE})")
    private URI url;

    @Option(names = "--connections", defaultValue = "16", description = "clients for search (default: "
            + "${DEFAULT-VALUE})")
    private int connections;

    @Option(names = "--report-connections", defaultValue = "4", description = "clients for reports (default: "
            + "${DEFAULT-VALUE})")
    private int reportConnections;

    @Option(names = "--seconds", defaultValue = "20", description = "how long each scenario runs (default: "
            + "${DEFAULT-VALUE})")
    private int seconds;

    @Option(names = "--pid", description = "the service's process id, to read its resident memory from /proc")
    private Long pid;

    @Override
    public Integer call() throws Exception {
        URI base = url.toString().endsWith("/") ? url : URI.create(url + "/");
        List<String> countries = countries(base);
        System.out.printf("service %s: %d States; memory before: %s%n", base, countries.size(), memory(base));
        List<LoadRun.Result> results = new ArrayList<>();
        results.add(LoadRun.run("search", base, connections, Duration.ofSeconds(seconds), n -> "api/search?q="
                + URLEncoder.encode(QUERIES[n % QUERIES.length], StandardCharsets.UTF_8)));
        results.add(LoadRun.run("reports", base, reportConnections, Duration.ofSeconds(seconds), n ->
                "api/countries/" + countries.get(n / FORMATS.length % countries.size()) + "/report?format="
                        + FORMATS[n % FORMATS.length]));
        System.out.printf("%-8s %11s %8s %9s %9s %9s %9s %7s%n", "scenario", "connections", "seconds", "requests",
                "req/s", "p50 ms", "p99 ms", "errors");
        for (LoadRun.Result r : results) {
            System.out.printf("%-8s %11d %8.1f %9d %9.1f %9.1f %9.1f %7d%n", r.name(), r.connections(), r.seconds(),
                    r.requests(), r.perSecond(), r.percentile(50), r.percentile(99), r.errors());
        }
        results.stream().filter(r -> !r.causes().isEmpty())
                .forEach(r -> System.out.printf("errors of %s: %s%n", r.name(), r.causes()));
        System.out.printf("memory after: %s%n", memory(base));
        return results.stream().anyMatch(r -> r.errors() > 0) ? 1 : 0;
    }

    private static List<String> countries(URI base) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(
                "api/countries")).timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(base + "api/countries answered " + answer.statusCode());
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode country : Mappers.json().readTree(answer.body())) {
            codes.add(country.get("code").asText());
        }
        return codes;
    }

    /** The resident memory of --pid, and the heap the service reports on /metrics, where each can be read. */
    private String memory(URI base) {
        List<String> parts = new ArrayList<>();
        if (pid != null) {
            try {
                Files.readAllLines(Path.of("/proc", pid.toString(), "status")).stream()
                        .filter(l -> l.startsWith("VmRSS:")).findFirst()
                        .ifPresent(l -> parts.add("resident " + Long.parseLong(l.replaceAll("\\D", "")) / 1024
                                + " MB"));
            } catch (IOException | NumberFormatException e) {
                parts.add("resident unknown (" + e.getMessage() + ")");
            }
        }
        try {
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(
                    "/metrics?scope=base")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            metrics.body().lines().filter(l -> !l.startsWith("#"))
                    .filter(l -> l.contains("memory_usedHeap") || l.contains("memory_maxHeap"))
                    .forEach(l -> {
                        String[] kv = l.trim().split("\\s+");
                        double bytes = Double.parseDouble(kv[kv.length - 1]);
                        parts.add(kv[0].replaceAll("\\{.*", "").replace("base_", "") + " "
                                + Math.round(bytes / (1 << 20)) + " MB");
                    });
        } catch (IOException | InterruptedException | RuntimeException e) {
            parts.add("heap unknown (/metrics: " + e.getClass().getSimpleName() + ")");
        }
        return parts.isEmpty() ? "unknown (give --pid)" : String.join(", ", parts);
    }
}
