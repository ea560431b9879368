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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Kills the application with SIGKILL while it solves, starts it again on the same data directory, and
 * checks that nothing committed was lost: the stored plan, the capacity declarations, the audit trail, and
 * the job, which shows INTERRUPTED with the last score it stored. (Here the job is not resumed after the
 * restart, {@code doorstroom.solver.max-resumes=0}; MultiInstanceSolvingTest shows the resume.)
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class SolverCrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;
    private Process application;
    private Path log;

    @Test
    void aKilledSolvingInstanceLosesNothingThatWasStored() throws Exception {
        Path database = temp.resolve("db");
        Path accounts = temp.resolve("demo-accounts.txt");
        int port = start(database, accounts, 1);
        String password = Files.readAllLines(accounts).stream().filter(l -> l.startsWith("coordinator "))
                .map(l -> l.trim().split("\\s+")[1]).findFirst().orElseThrow();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("coordinator:" + password)
                .getBytes(StandardCharsets.UTF_8));
        long programme = ((List<Map<String, Object>>) get(port, "/api/programmes", auth, List.class)).stream()
                .filter(p -> ((String) p.get("name")).startsWith("Trainee in Brabant"))
                .map(p -> ((Number) p.get("id")).longValue()).findFirst().orElseThrow();
        HttpResponse<String> solve = HTTP.send(HttpRequest.newBuilder(url(port, "/api/programmes/" + programme
                + "/solve")).header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\": 60}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(solve.statusCode()).isEqualTo(202);
        Map<String, Object> solving = awaitJob(port, programme, auth, job -> job.get("score") != null);
        assertThat(solving.get("status")).isEqualTo("SOLVING");
        Snapshot beforeKill = awaitPlacedPlan(database, programme);

        application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        // The orphaned PostgreSQL still serves what was committed when the application died.
        Snapshot atKill = Snapshot.of(database, programme);
        assertThat(atKill.bestScore()).isNotNull();
        assertThat(atKill.capacity()).isEqualTo(beforeKill.capacity());
        assertThat(atKill.audit()).isEqualTo(beforeKill.audit());
        assertThat(atKill.placed()).isGreaterThanOrEqualTo(beforeKill.placed());

        port = start(database, accounts, 2);
        Map<String, Object> interrupted = awaitJob(port, programme, auth,
                job -> job.get("status").equals("INTERRUPTED"));
        Snapshot afterRestart = Snapshot.of(database, programme);

        assertThat(interrupted.get("score")).isEqualTo(atKill.bestScore());
        assertThat((String) interrupted.get("message")).contains("last stored plan is kept");
        assertThat(afterRestart.placements()).isEqualTo(atKill.placements());
        assertThat(afterRestart.capacity()).isEqualTo(atKill.capacity());
        assertThat(afterRestart.audit()).isEqualTo(atKill.audit());
    }

    /** The first stored best plan may be the empty one the solver starts from; wait for one with hosts. */
    private static Snapshot awaitPlacedPlan(Path database, long programme) throws Exception {
        Snapshot snapshot = Awaitility.await("a stored plan with hosts").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> Snapshot.of(database, programme), s -> s.placed() > 0);
        assertThat(snapshot.placed()).as("placements with a host").isPositive();
        return snapshot;
    }

    /** Starts the application as a child process; returns its port once it is healthy. */
    private int start(Path database, Path accounts, int run) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        log = temp.resolve("application-" + run + ".log");
        Path programmes = Path.of("..", "data", "programmes").toAbsolutePath().normalize();
        application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nl.doorstroom.web.DoorstroomApplication",
                "--server.port=" + port,
                "--doorstroom.embedded-database.directory=" + database,
                "--doorstroom.demo.enabled=true",
                "--doorstroom.demo.programmes=" + programmes,
                "--doorstroom.demo.accounts-file=" + accounts,
                "--db-scheduler.heartbeat-interval=1s",
                "--db-scheduler.missed-heartbeats-limit=5",
                "--doorstroom.solver.max-resumes=0",
                "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Process started = application;
        Path startLog = log;
        Awaitility.await("application " + run + " is healthy; see " + startLog).atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    assertThat(started.isAlive()).as("application " + run + " runs; see " + startLog).isTrue();
                    try {
                        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(url(port, "/actuator/health"))
                                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                        return health.statusCode() == 200 && health.body().contains("UP");
                    } catch (IOException notYet) {
                        return false; // still starting
                    }
                });
        return port;
    }

    private Map<String, Object> awaitJob(int port, long programme, String auth, Predicate<Map<String, Object>> done)
            throws Exception {
        return Awaitility.await("the job gets there").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> (Map<String, Object>) get(port, "/api/programmes/" + programme + "/solve", auth, Map.class),
                        done);
    }

    private static <T> T get(int port, String path, String auth, Class<T> type) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url(port, path))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readValue(response.body(), type);
    }

    private static URI url(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** What is committed in the embedded database, read directly (its port is in postmaster.pid). */
    private record Snapshot(List<String> placements, List<String> capacity, List<String> audit, String bestScore) {

        long placed() {
            return placements.stream().filter(p -> !p.contains("=null")).count();
        }

        static Snapshot of(Path database, long programme) throws IOException, SQLException {
            String port = Files.readAllLines(database.resolve("postmaster.pid")).get(3).trim();
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port
                    + "/postgres", "postgres", "");
                    Statement statement = connection.createStatement()) {
                return new Snapshot(
                        rows(statement, "select participant_id || '@' || period_id || '=' || coalesce(host_code, "
                                + "'null') || ' pinned ' || pinned || ' v' || version from placement "
                                + "where programme_id = " + programme + " order by 1"),
                        rows(statement, "select host_code || ' ' || period_id || ' ' || discipline || ' ' || min "
                                + "|| '-' || max from capacity_declaration where programme_id = " + programme
                                + " order by 1"),
                        rows(statement, "select id || ' ' || username || ' ' || action || ' ' || subject "
                                + "from audit_entry order by id"),
                        rows(statement, "select best_score from solver_job where programme_id = " + programme
                                + " order by id desc limit 1").get(0));
            }
        }

        private static List<String> rows(Statement statement, String sql) throws SQLException {
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }

    @AfterEach
    void stopApplication() throws Exception {
        if (application != null && application.isAlive()) {
            application.destroy(); // a clean stop also stops its PostgreSQL
            if (!application.waitFor(60, TimeUnit.SECONDS)) {
                application.destroyForcibly();
            }
        }
        Path pid = temp.resolve("db").resolve("postmaster.pid");
        if (Files.exists(pid)) {
            // Left behind by a failed run: stop the PostgreSQL this test's application started.
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim())).ifPresent(ProcessHandle::destroy);
        }
    }
}
