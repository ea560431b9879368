package nl.doorstroom.web.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.doorstroom.web.WebIntegrationTest;

/** Planning is for coordinators: hosts and participants are refused on every endpoint, strangers are asked to sign in. */
class PlanningAccessTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    private record Call(HttpMethod method, String path, Object body) {
    }

    private static List<Call> calls(long programme) {
        String base = "/api/programmes/" + programme;
        String placement = base + "/placements/T01/2027-H1";
        return List.of(
                new Call(HttpMethod.POST, base + "/solve", Map.of("seconds", 1)),
                new Call(HttpMethod.POST, base + "/replan", Map.of("seconds", 1)),
                new Call(HttpMethod.POST, base + "/solve/stop", null),
                new Call(HttpMethod.GET, base + "/solve", null),
                new Call(HttpMethod.GET, base + "/solve/events", null),
                new Call(HttpMethod.GET, base + "/explanation", null),
                new Call(HttpMethod.GET, placement + "/explanation", null),
                new Call(HttpMethod.GET, base + "/placements", null),
                new Call(HttpMethod.GET, placement, null),
                new Call(HttpMethod.GET, placement + "/recommendations", null),
                new Call(HttpMethod.PUT, placement, Map.of("host", "GM0796", "version", 0)),
                new Call(HttpMethod.POST, placement + "/pin", Map.of("version", 0)),
                new Call(HttpMethod.POST, placement + "/unpin", Map.of("version", 0)));
    }

    @Test
    void hostsAndParticipantsAreRefusedAndNothingChanges() {
        long programme = importDemo("brabant-trainees");
        String host = newHost("GM0796");
        String participant = newParticipant(programme, "T01");

        for (String user : List.of(host, participant)) {
            for (Call call : calls(programme)) {
                HttpStatus status = HttpStatus.valueOf(rest.withBasicAuth(user, password(user))
                        .exchange(call.path(), call.method(), new HttpEntity<>(call.body()), String.class)
                        .getStatusCode().value());
                assertThat(status).as(user + " " + call.method() + " " + call.path())
                        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            }
        }
        assertThat(jdbc.sql("select count(*) from solver_job where programme_id = ?").param(programme)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from placement where programme_id = ? and (pinned or version > 0)")
                .param(programme).query(Integer.class).single()).isZero();
    }

    @Test
    void strangersMustSignIn() {
        long programme = importDemo("brabant-trainees");
        for (Call call : calls(programme)) {
            assertThat(rest.exchange(call.path(), call.method(), new HttpEntity<>(call.body()), String.class)
                    .getStatusCode().value()).as(call.method() + " " + call.path()).isEqualTo(401);
        }
    }
}
