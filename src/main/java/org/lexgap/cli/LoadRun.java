package org.lexgap.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * One load scenario against a running service: {@code connections} clients, each sending its next request as soon
 * as the last is answered, for a while; the latency of every request is kept.
 */
final class LoadRun {

    /** What a scenario gave: requests answered, errors (not 2xx, or no answer), and the latencies in ms. */
    record Result(String name, int connections, double seconds, int requests, int errors, double[] millis,
                  java.util.Map<String, Integer> causes) {

        double perSecond() {
            return requests / seconds;
        }

        double percentile(double p) {
            if (millis.length == 0) {
                return Double.NaN;
            }
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
        }
    }

    /** HTTP/1.1 as browsers speak to the service (no h2c upgrade attempt on the first request). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private LoadRun() {
    }

    /** Runs {@code paths} (the n-th request of a client asks path n) from {@code connections} clients. */
    static Result run(String name, URI base, int connections, Duration duration, IntFunction<String> paths)
            throws InterruptedException {
        long start = System.nanoTime();
        long until = start + duration.toNanos();
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        java.util.Map<String, Integer> causes = new java.util.concurrent.ConcurrentSkipListMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<List<Double>>> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            clients.add(pool.submit(() -> {
                List<Double> latencies = new ArrayList<>();
                while (System.nanoTime() < until) {
                    HttpRequest request = HttpRequest.newBuilder(base.resolve(paths.apply(sequence.getAndIncrement())))
                            .timeout(Duration.ofSeconds(120)).GET().build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() / 100 != 2) {
                            errors.incrementAndGet();
                            causes.merge("HTTP " + answer.statusCode(), 1, Integer::sum);
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                        causes.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                    latencies.add((System.nanoTime() - sent) / 1e6);
                }
                return latencies;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> client : clients) {
            try {
                all.addAll(client.get());
            } catch (java.util.concurrent.ExecutionException e) {
                errors.incrementAndGet();
                causes.merge(e.getCause().getClass().getSimpleName(), 1, Integer::sum);
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(name, connections, seconds, all.size(), errors.get(),
                all.stream().mapToDouble(Double::doubleValue).toArray(), causes);
    }
}
