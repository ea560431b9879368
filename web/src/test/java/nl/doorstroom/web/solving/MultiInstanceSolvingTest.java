package nl.doorstroom.web.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two instances of Doorstroom, each its own process, share one real PostgreSQL, as behind a load balancer.
 * A job whose instance is killed with SIGKILL mid-solve is resumed by the other instance from the stored plan,
 * for the rest of its time limit, and ends no worse than the plan stored when the instance died; a stop asked
 * at either instance stops a job, wherever it runs; three programmes solving at once across both instances
 * all survive the death of one. Heartbeats are short here (a job is seen dead 4 s after its last beat).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 12, unit = TimeUnit.MINUTES)
class MultiInstanceSolvingTest {

    private static final int PROGRAMMES = 5;

    @TempDir
    static Path temp;
    private static EmbeddedPostgres database;
    private static JdbcClient jdbc;
    private static final List<ApplicationProcess> instances = new ArrayList<>();
    private static String auth;
    private static List<Long> programmes;

    @BeforeAll
    static void startDatabaseAndTwoInstances() throws Exception {
        database = EmbeddedPostgres.builder().setDataDirectory(temp.resolve("pg")).setCleanDataDirectory(true).start();
        jdbc = JdbcClient.create(database.getPostgresDatabase());
        Path demo = Files.createDirectories(temp.resolve("programmes"));
        Path brabant = Path.of("..", "data", "programmes", "brabant-trainees");
        for (int i = 1; i <= PROGRAMMES; i++) {
            Path copy = Files.createDirectories(demo.resolve("brabant-" + i));
            try (Stream<Path> files = Files.list(brabant)) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
        }
        Path accounts = temp.resolve("accounts.txt");
        // Only the first loads the demo programmes and accounts; both migrate the same schema (Flyway takes turns).
        instances.add(instance("instance-a", "--doorstroom.demo.enabled=true", "--doorstroom.demo.programmes=" + demo,
                "--doorstroom.demo.accounts-file=" + accounts));
        instances.add(instance("instance-b", "--doorstroom.demo.enabled=false"));
        for (ApplicationProcess instance : instances) {
            instance.start();
        }
        for (ApplicationProcess instance : instances) {
            instance.awaitReady();
        }
        String password = Files.readAllLines(accounts).stream().filter(l -> l.startsWith("coordinator "))
                .map(l -> l.trim().split("\\s+")[1]).findFirst().orElseThrow();
        auth = ApplicationProcess.basicAuth("coordinator", password);
        List<Long> ids = new ArrayList<>();
        instances.get(1).get("/api/programmes", auth).forEach(p -> ids.add(p.get("id").asLong()));
        programmes = ids.stream().sorted().toList();
        assertThat(programmes).hasSize(PROGRAMMES);
    }

    private static ApplicationProcess instance(String name, String... extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--doorstroom.embedded-database.directory=" + temp.resolve("unused-" + name),
                "--doorstroom.solver.parallel-jobs=2",
                "--db-scheduler.heartbeat-interval=1s", "--db-scheduler.missed-heartbeats-limit=4",
                "--db-scheduler.polling-interval=1s"));
        arguments.addAll(List.of(extra));
        return new ApplicationProcess(name, temp.resolve(name + ".log"), arguments);
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (ApplicationProcess instance : instances) {
            instance.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void theJobOfAKilledInstanceIsResumedByTheOtherAndEndsNoWorse() throws Exception {
        bothRunning();
        long programme = programmes.get(0);
        JsonNode queued = solve(instances.get(0), programme, 20);
        assertThat(queued.get("status").asText()).isIn("QUEUED", "SOLVING");

        JsonNode solving = awaitJob(instances.get(1), programme, job -> job.get("status").asText().equals("SOLVING")
                && job.hasNonNull("score") && job.get("elapsedMs").asLong() >= 5000 && placed(programme) > 0);
        ApplicationProcess runner = runnerOf(solving);
        ApplicationProcess survivor = other(runner);
        runner.kill();
        String storedAtKill = bestScore(programme);

        JsonNode ended = awaitJob(survivor, programme, job -> job.get("status").asText().equals("COMPLETED"));

        assertResumedOnce(ended, runner, survivor);
        assertThat(score(ended.get("score").asText())).as("no worse than when the instance died")
                .isGreaterThanOrEqualTo(score(storedAtKill));
        assertStoredPlanNeverGotWorseAndIsTheJobs(programme, ended, survivor);
        JsonNode resumed = ended.get("runs").get(1);
        Duration resumedFor = Duration.between(OffsetDateTime.parse(resumed.get("startedAt").asText()),
                OffsetDateTime.parse(resumed.get("endedAt").asText()));
        assertThat(resumedFor).as("the rest of the time limit, not all of it").isLessThan(Duration.ofSeconds(20));
        assertThat(ended.get("elapsedMs").asLong()).isBetween(19_000L, 26_000L);
        assertThat(jdbc.sql("select count(*) from scheduled_tasks").query(Integer.class).single())
                .as("the scheduler's row goes with the ended job").isZero();
    }

    @Test
    @Order(2)
    void aStopAskedAtEitherInstanceStopsTheJobWhereverItRuns() throws Exception {
        bothRunning();
        long programme = programmes.get(1);
        for (boolean askTheRunner : new boolean[] {false, true}) {
            solve(instances.get(askTheRunner ? 1 : 0), programme, 120);
            JsonNode solving = awaitJob(instances.get(0), programme,
                    job -> job.get("status").asText().equals("SOLVING") && job.hasNonNull("score"));
            ApplicationProcess runner = runnerOf(solving);
            ApplicationProcess asked = askTheRunner ? runner : other(runner);

            var stop = asked.send("POST", "/api/programmes/" + programme + "/solve/stop", auth, null);

            assertThat(stop.statusCode()).as(asked + ": " + stop.body()).isEqualTo(200);
            JsonNode stopped = ApplicationProcess.json(stop);
            assertThat(stopped.get("id").asLong()).isEqualTo(solving.get("id").asLong());
            assertThat(stopped.get("status").asText()).as("asked at the " + (askTheRunner ? "same" : "other")
                    + " instance").isEqualTo("STOPPED");
            assertThat(stopped.get("endedAt").isNull()).isFalse();
            assertThat(stopped.get("runs").get(0).get("outcome").asText()).startsWith("stopped");
            assertThat(stopped.get("elapsedMs").asLong()).isLessThan(60_000);
            assertThat(bestScore(programme)).isEqualTo(stopped.get("score").asText());
        }
    }

    @Test
    @Order(3)
    void threeProgrammesSolvingAcrossBothInstancesAllSurviveTheDeathOfOne() throws Exception {
        bothRunning();
        List<Long> three = programmes.subList(2, 5);
        for (int i = 0; i < three.size(); i++) {
            solve(instances.get(i % 2), three.get(i), 15);
        }
        Map<Long, JsonNode> solving = new HashMap<>();
        for (long programme : three) {
            solving.put(programme, awaitJob(instances.get(0), programme,
                    job -> job.get("status").asText().equals("SOLVING") && job.hasNonNull("score")
                            && job.get("elapsedMs").asLong() >= 3000));
        }
        Set<ApplicationProcess> runners = new HashSet<>();
        solving.values().forEach(job -> runners.add(runnerOf(job)));
        assertThat(runners).as("the three jobs run on both instances").hasSize(2);
        ApplicationProcess victim = instances.stream().max((a, b) -> Long.compare(jobsOn(a, solving), jobsOn(b, solving)))
                .orElseThrow();
        ApplicationProcess survivor = other(victim);
        victim.kill();
        Map<Long, String> storedAtKill = new HashMap<>();
        three.forEach(programme -> storedAtKill.put(programme, bestScore(programme)));

        for (long programme : three) {
            JsonNode ended = awaitJob(survivor, programme, job -> job.get("status").asText().equals("COMPLETED"));
            boolean wasOnVictim = victim.isInstance(solving.get(programme).get("runs").get(0).get("instance").asText());
            if (wasOnVictim) {
                assertResumedOnce(ended, victim, survivor);
            } else {
                assertThat(ended.get("runs")).as("solved by the survivor from start to end").hasSize(1);
            }
            assertThat(score(ended.get("score").asText())).as("programme " + programme + " no worse")
                    .isGreaterThanOrEqualTo(score(storedAtKill.get(programme)));
            assertStoredPlanNeverGotWorseAndIsTheJobs(programme, ended, survivor);
        }
    }

    /** Restarts an instance a test killed, so every test starts with two. */
    private static void bothRunning() throws IOException {
        List<ApplicationProcess> restarted = new ArrayList<>();
        for (ApplicationProcess instance : instances) {
            if (!instance.isAlive()) {
                restarted.add(instance.start());
            }
        }
        restarted.forEach(ApplicationProcess::awaitReady);
    }

    private static JsonNode solve(ApplicationProcess at, long programme, int seconds) throws Exception {
        var response = at.send("POST", "/api/programmes/" + programme + "/solve", auth, "{\"seconds\": " + seconds + "}");
        assertThat(response.statusCode()).as(at + ": " + response.body()).isEqualTo(202);
        return ApplicationProcess.json(response);
    }

    private static JsonNode awaitJob(ApplicationProcess at, long programme,
            java.util.function.Predicate<JsonNode> done) {
        return Awaitility.await("the job of programme " + programme + " as " + at + " shows it")
                .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> at.get("/api/programmes/" + programme + "/solve", auth), done);
    }

    private static void assertResumedOnce(JsonNode ended, ApplicationProcess died, ApplicationProcess resumedBy) {
        JsonNode runs = ended.get("runs");
        assertThat(runs).as("two runs: " + runs).hasSize(2);
        assertThat(died.isInstance(runs.get(0).get("instance").asText())).as("first run on " + died).isTrue();
        assertThat(runs.get(0).get("outcome").asText()).contains("stopped responding");
        assertThat(resumedBy.isInstance(runs.get(1).get("instance").asText())).as("resumed on " + resumedBy).isTrue();
        assertThat(runs.get(1).get("note").asText()).startsWith("resumed on instance")
                .contains("s without an instance, from the stored plan (score ");
        assertThat(runs.get(1).get("outcome").asText()).startsWith("completed");
        assertThat(ended.get("progress").asDouble()).isGreaterThan(0.9);
    }

    /**
     * Every stored score is better than the one before it, and the plan in the database scores exactly what the
     * job says it stored.
     */
    private static void assertStoredPlanNeverGotWorseAndIsTheJobs(long programme, JsonNode job, ApplicationProcess at)
            throws Exception {
        List<HardMediumSoftLongScore> history = jdbc.sql("select score from solver_job_score where job_id = ? order by at")
                .param(job.get("id").asLong()).query(String.class).list().stream().map(MultiInstanceSolvingTest::score)
                .toList();
        assertThat(history).isNotEmpty();
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i)).as("stored score " + i + " of " + history).isGreaterThan(history.get(i - 1));
        }
        assertThat(history.get(history.size() - 1).toString()).isEqualTo(job.get("score").asText());
        JsonNode explanation = at.get("/api/programmes/" + programme + "/explanation?lang=en", auth);
        assertThat(explanation.get("score").asText()).as("the stored plan's score").isEqualTo(job.get("score").asText());
    }

    private static ApplicationProcess runnerOf(JsonNode job) {
        String instance = job.get("runs").get(job.get("runs").size() - 1).get("instance").asText();
        return instances.stream().filter(i -> i.isInstance(instance)).findFirst()
                .orElseThrow(() -> new AssertionError("no instance " + instance + " among " + instances));
    }

    private static ApplicationProcess other(ApplicationProcess instance) {
        return instances.get(0) == instance ? instances.get(1) : instances.get(0);
    }

    private static long jobsOn(ApplicationProcess instance, Map<Long, JsonNode> jobs) {
        return jobs.values().stream().filter(job -> runnerOf(job) == instance).count();
    }

    private static String bestScore(long programme) {
        return jdbc.sql("select best_score from solver_job where programme_id = ? order by id desc limit 1")
                .param(programme).query(String.class).single();
    }

    private static int placed(long programme) {
        return jdbc.sql("select count(*) from placement where programme_id = ? and host_code is not null")
                .param(programme).query(Integer.class).single();
    }

    private static HardMediumSoftLongScore score(String text) {
        return HardMediumSoftLongScore.parseScore(text);
    }
}
