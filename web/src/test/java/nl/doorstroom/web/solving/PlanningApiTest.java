package nl.doorstroom.web.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.doorstroom.web.WebIntegrationTest;

class PlanningApiTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aDemoProgrammeIsSolvedToAUsablePlanThatIsStored() {
        String coordinator = newCoordinator();
        long programme = importDemo("brabant-trainees");
        PlanningApi api = PlanningApi.as(rest, coordinator);

        ResponseEntity<Map> started = api.solve(programme, 10);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getBody()).containsEntry("programmeId", (int) programme).containsEntry("timeLimitMs", 10000);
        assertThat(started.getBody().get("status")).isIn("QUEUED", "SOLVING");
        assertThat(api.awaitEnd(programme).get("status")).isEqualTo("COMPLETED");
        Map<?, ?> ended = api.solveUntilUsable(programme, 10); // continues from the stored plan if need be
        assertThat(ended.get("usable")).isEqualTo(true);
        assertThat((Double) ended.get("progress")).isGreaterThan(0.9);
        assertThat(jdbc.sql("select best_score from solver_job where programme_id = ? order by id desc limit 1")
                .param(programme)
                .query(String.class).single()).startsWith("0hard/");
        assertThat(jdbc.sql("select count(*) from placement where programme_id = ? and host_code is null")
                .param(programme).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select min(version) from placement where programme_id = ?").param(programme)
                .query(Integer.class).single()).isPositive();
        Map<?, ?> board = as(coordinator).getForObject("/api/programmes/" + programme + "/placements", Map.class);
        assertThat(board.get("usable")).isEqualTo(true);
        assertThat((List<?>) board.get("placements")).hasSize(37 * 4);
    }

    @Test
    void oneJobPerProgrammeAndNoEditsWhileSolvingAndAStopKeepsTheBestPlan() {
        String coordinator = newCoordinator();
        long programme = importDemo("brabant-trainees");
        PlanningApi api = PlanningApi.as(rest, coordinator);
        assertThat(api.solve(programme, 120).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        ResponseEntity<Map> second = api.solve(programme, 10);
        ResponseEntity<Map> move = as(coordinator).exchange("/api/programmes/" + programme
                + "/placements/T01/2027-H1", HttpMethod.PUT, new HttpEntity<>(Map.of("host", "GM0796", "version", 0)),
                Map.class);
        ResponseEntity<Map> pin = as(coordinator).postForEntity("/api/programmes/" + programme
                + "/placements/T01/2027-H1/pin", Map.of("version", 0), Map.class);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(move.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) move.getBody().get("detail")).contains("being solved; stop it first");
        assertThat(pin.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Map<?, ?> solving = api.awaitBestScore(programme);

        ResponseEntity<Map> stopped = as(coordinator).postForEntity("/api/programmes/" + programme + "/solve/stop",
                null, Map.class);

        assertThat(stopped.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stopped.getBody().get("status")).isEqualTo("STOPPED");
        assertThat(stopped.getBody().get("score")).isNotNull();
        assertThat(stopped.getBody().get("endedAt")).isNotNull();
        assertThat(solving.get("startedAt")).isNotNull();
        assertThat(jdbc.sql("select count(*) from placement where programme_id = ? and host_code is not null")
                .param(programme).query(Integer.class).single()).isPositive();
        assertThat(as(coordinator).postForEntity("/api/programmes/" + programme + "/solve/stop", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.solve(programme, 1).getStatusCode()).as("a new job after the stop")
                .isEqualTo(HttpStatus.ACCEPTED);
        api.awaitEnd(programme);
    }

    @Test
    void serverSentEventsFollowTheJobUntilItEnds() throws Exception {
        String coordinator = newCoordinator();
        long programme = importDemo("brabant-trainees");
        PlanningApi.as(rest, coordinator).solve(programme, 3);

        HttpResponse<String> events = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/programmes/" + programme + "/solve/events"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (coordinator + ":" + password(coordinator)).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.body()).contains("event:end").contains("\"programmeId\":" + programme);
        assertThat(events.body()).containsAnyOf("event:progress", "event:best");
    }

    @Test
    void solverMetricsAreExported() {
        String coordinator = newCoordinator();
        long programme = importDemo("brabant-trainees");
        PlanningApi api = PlanningApi.as(rest, coordinator);
        api.solve(programme, 1);
        api.awaitEnd(programme);

        String metrics = as(coordinator).getForObject("/actuator/prometheus", String.class);

        assertThat(metrics).contains("doorstroom_solver_jobs_active")
                .contains("doorstroom_solver_jobs_ended_total{status=\"COMPLETED\"}")
                .contains("doorstroom_solver_best_score_updates_total");
    }

    @Test
    void aTooLongOrTooShortTimeLimitIsRefused() {
        String coordinator = newCoordinator();
        long programme = importDemo("brabant-trainees");
        PlanningApi api = PlanningApi.as(rest, coordinator);

        assertThat(api.solve(programme, 0).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.solve(programme, 601).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.withBasicAuth(coordinator, password(coordinator))
                .getForEntity("/api/programmes/" + programme + "/solve", Map.class).getStatusCode())
                .as("never solved").isEqualTo(HttpStatus.NOT_FOUND);
    }

    private TestRestTemplate as(String username) {
        return rest.withBasicAuth(username, password(username));
    }
}
