package nl.doorstroom.scenarios.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/** What the journeys share: accounts, the demo files, and solving a programme as a coordinator's script would. */
final class Journey {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** The Brabant programme that hosts and participants meet in, imported and solved once. */
    private static Long sharedBrabant;
    private static Api sharedCoordinator;

    private Journey() {
    }

    static Api newCoordinator() {
        String username = unique("coordinator");
        RunningApplication.accounts().createCoordinator(username, password(username));
        return Api.as(username, password(username));
    }

    static Api newHost(String organisationCode) {
        String username = unique("host-" + organisationCode.toLowerCase());
        RunningApplication.accounts().createHost(username, password(username), organisationCode);
        return Api.as(username, password(username));
    }

    static Api newParticipant(long programme, String participantId) {
        String username = unique("participant-" + participantId.toLowerCase());
        RunningApplication.accounts().createParticipant(username, password(username), programme, participantId);
        return Api.as(username, password(username));
    }

    private static String unique(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet();
    }

    private static String password(String username) {
        return "journey-secret-" + username;
    }

    /** The files of a demo programme folder, by name, as a coordinator would pick them. */
    static Map<String, byte[]> demoFiles(String name) {
        Path folder = Path.of("..", "data", "programmes", name);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path file : paths.sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static long importDemo(Api coordinator, String name) {
        Api.Answer imported = coordinator.upload("/api/programmes", demoFiles(name));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        return imported.json().get("id").asLong();
    }

    /** Solves in rounds of a few seconds, each continuing from the stored plan, until no hard rule is broken. */
    static JsonNode solveUntilUsable(Api coordinator, long programme) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonNode job = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Answer started = coordinator.post("/api/programmes/" + programme + "/solve", Map.of("seconds", 5));
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            job = awaitEnd(coordinator, programme);
            assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
            if (job.path("usable").asBoolean()) {
                return job;
            }
        }
        throw new AssertionError("no usable plan in time: " + job);
    }

    static JsonNode awaitEnd(Api coordinator, long programme) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            Api.Answer status = coordinator.get("/api/programmes/" + programme + "/solve");
            assertThat(status.status()).as(status.body()).isEqualTo(200);
            String state = status.json().get("status").asText();
            if (!state.equals("QUEUED") && !state.equals("SOLVING")) {
                return status.json();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the job of programme " + programme + " did not end");
    }

    static synchronized long sharedBrabant() {
        if (sharedBrabant == null) {
            Api coordinator = sharedCoordinator();
            long programme = importDemo(coordinator, "brabant-trainees");
            solveUntilUsable(coordinator, programme);
            sharedBrabant = programme;
        }
        return sharedBrabant;
    }

    /** The coordinator of the shared Brabant programme. */
    static synchronized Api sharedCoordinator() {
        if (sharedCoordinator == null) {
            sharedCoordinator = newCoordinator();
        }
        return sharedCoordinator;
    }

    /** The placement on the draft board, as the coordinator sees it. */
    static JsonNode boardPlacement(Api coordinator, long programme, String participant, String period) {
        Api.Answer one = coordinator.get("/api/programmes/" + programme + "/placements/" + participant + "/" + period);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        return one.json();
    }

    static JsonNode publish(Api coordinator, long programme) {
        Api.Answer published = coordinator.post("/api/programmes/" + programme + "/versions", null);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return published.json();
    }

    /** Publishes the shared programme's draft, having the planner make it usable again first if need be. */
    static JsonNode publishSharedBrabant() {
        Api coordinator = sharedCoordinator();
        long programme = sharedBrabant();
        if (!coordinator.get("/api/programmes/" + programme + "/placements").json().get("usable").asBoolean()) {
            solveUntilUsable(coordinator, programme);
        }
        return publish(coordinator, programme);
    }

    static JsonNode publishedVersion(Api coordinator, long programme, int number) {
        Api.Answer version = coordinator.get("/api/programmes/" + programme + "/versions/" + number);
        assertThat(version.status()).as(version.body()).isEqualTo(200);
        return version.json();
    }
}
