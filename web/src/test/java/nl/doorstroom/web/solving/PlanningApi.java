package nl.doorstroom.web.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.doorstroom.web.WebIntegrationTest;

/** Calls of the planning API as a signed-in user, and waiting for solving jobs. */
record PlanningApi(TestRestTemplate rest) {

    static PlanningApi as(TestRestTemplate rest, String username) {
        return new PlanningApi(rest.withBasicAuth(username, WebIntegrationTest.password(username)));
    }

    ResponseEntity<Map> solve(long programme, int seconds) {
        return rest.postForEntity("/api/programmes/" + programme + "/solve", Map.of("seconds", seconds), Map.class);
    }

    Map<?, ?> status(long programme) {
        ResponseEntity<Map> status = rest.getForEntity("/api/programmes/" + programme + "/solve", Map.class);
        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
        return status.getBody();
    }

    /**
     * Solves in rounds of {@code seconds} until the stored plan is usable; each round starts from the plan the
     * last one stored. On a loaded machine one round may not be enough; the result is asserted, not the time.
     */
    Map<?, ?> solveUntilUsable(long programme, int seconds) {
        Map<?, ?> job = null;
        for (int round = 0; round < 6; round++) {
            assertThat(solve(programme, seconds).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            job = awaitEnd(programme);
            assertThat(job.get("status")).isEqualTo("COMPLETED");
            if (Boolean.TRUE.equals(job.get("usable"))) {
                return job;
            }
        }
        throw new AssertionError("no usable plan after six rounds: " + job);
    }

    /** Waits (generously: the result is asserted, not the time) until the job has ended. */
    Map<?, ?> awaitEnd(long programme) {
        return await(programme, job -> !JobStatus.valueOf((String) job.get("status")).isActive());
    }

    /** Waits until a best score was stored. */
    Map<?, ?> awaitBestScore(long programme) {
        return await(programme, job -> job.get("score") != null);
    }

    private Map<?, ?> await(long programme, Predicate<Map<?, ?>> done) {
        return Awaitility.await("the job of programme " + programme).atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(250)).until(() -> status(programme), done::test);
    }
}
