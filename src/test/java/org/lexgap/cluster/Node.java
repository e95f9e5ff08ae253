package org.lexgap.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.lexgap.it.ApiClient;

/**
 * One lexgap node for the cluster test: the built bundle ({@code target/lexgap-microbundle.jar}, Payara Micro without
 * clustering or Hazelcast) started as its own process on a free port, with its own data folder and the shared
 * database; its log goes to a file.
 */
final class Node implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private Node(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts a node (returns at once; see {@link #awaitReady}). */
    static Node start(String name, Path folder, Path bundle, String dbUrl) throws IOException {
        int port = freePort();
        Path data = Files.createDirectories(folder.resolve(name));
        Path log = folder.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx700m",
                "-Dlexgap.data.dir=" + data, "-Dlexgap.db.url=" + dbUrl,
                "-Dlexgap.admin.user=" + ApiClient.ADMIN, "-Dlexgap.admin.password=" + ApiClient.ADMIN_PASSWORD,
                "-Dlexgap.changes.poll-interval=PT0.5S",
                "-jar", bundle.toString(), "--port", String.valueOf(port)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Node(name, port, log, process);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until {@code /health/ready} answers 200; fails with the end of the node's log otherwise. */
    void awaitReady(Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " ended while starting:\n" + tail());
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " not ready within " + timeout + ":\n" + tail());
    }

    String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    ApiClient api() throws Exception {
        return new ApiClient(new URL(base()));
    }

    /** kill -9: the process ends at once, without shutting anything down. */
    void kill9() throws Exception {
        Process kill = new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            process.destroyForcibly();
        }
        process.waitFor();
    }

    boolean alive() {
        return process.isAlive();
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
