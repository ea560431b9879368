package nl.doorstroom.web.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Doorstroom as a separate operating-system process on its own port, against a PostgreSQL the test started:
 * one instance of a cluster, which a test can kill with SIGKILL as a crash would.
 */
final class ApplicationProcess {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    private final List<String> arguments;
    private final Path log;
    private Process process;
    private int port;

    ApplicationProcess(String name, Path log, List<String> arguments) {
        this.name = name;
        this.log = log;
        this.arguments = arguments;
    }

    /** Starts the instance and waits until it says it is ready for traffic (database and job scheduler up). */
    ApplicationProcess start() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-cp", System.getProperty("java.class.path"), "nl.doorstroom.web.DoorstroomApplication",
                "--server.port=" + port, "--spring.main.banner-mode=off"));
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return this;
    }

    void awaitReady() {
        try {
            awaitReadiness();
        } catch (ConditionTimeoutException notReady) {
            throw new AssertionError(name + " did not become ready; the end of its log:\n" + logTail(60), notReady);
        }
    }

    private String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException unreadable) {
            return "(" + log + " cannot be read: " + unreadable.getMessage() + ")";
        }
    }

    private void awaitReadiness() {
        Awaitility.await(name + " is ready; see " + log).atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    assertThat(process.isAlive()).as(name + " runs; see " + log).isTrue();
                    try {
                        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(url("/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                        return ready.statusCode() == 200 && ready.body().contains("\"UP\"");
                    } catch (IOException notYet) {
                        return false;
                    }
                });
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The instance id it writes into solver_job and solver_job_run: host name, process id, a random part. */
    boolean isInstance(String instanceId) {
        return instanceId != null && instanceId.contains("-" + process.pid() + "-");
    }

    /** SIGKILL: no shutdown hook runs, nothing is handed over; the database keeps what was committed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(name + " died").isTrue();
    }

    /** SIGTERM: a graceful stop, which hands running jobs over. */
    void stop() throws InterruptedException {
        if (isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    HttpResponse<String> send(String method, String path, String auth, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(String path, String auth) throws Exception {
        HttpResponse<String> response = send("GET", path, auth, null);
        assertThat(response.statusCode()).as(name + " GET " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static String basicAuth(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Override
    public String toString() {
        return name + " (pid " + (process == null ? "-" : process.pid()) + ", port " + port + ")";
    }
}
