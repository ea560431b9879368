package nl.doorstroom.web.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.doorstroom.web.WebIntegrationTest;

/** Re-planning a published plan on {@link WebIntegrationTest#TODAY}: 2027-H1 and 2027-H2 have started. */
class ReplanApiTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    @Test
    void startedPeriodsStayAsPublishedAndTheFutureChangesLittle() {
        String coordinator = newCoordinator();
        long programme = importDemo("brabant-trainees");
        PlanningApi api = PlanningApi.as(rest, coordinator);
        api.solveUntilUsable(programme, 10);
        publish(programme, coordinator);
        Map<String, String> published = hosts(programme);

        ResponseEntity<Map> started = rest.withBasicAuth(coordinator, password(coordinator))
                .postForEntity("/api/programmes/" + programme + "/replan", Map.of("seconds", 5), Map.class);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getBody()).containsEntry("kind", "REPLAN");
        Map<?, ?> ended = api.awaitEnd(programme);
        assertThat(ended.get("status")).isEqualTo("COMPLETED");
        assertThat(ended.get("usable")).isEqualTo(true);
        Map<String, String> replanned = hosts(programme);
        published.forEach((placement, host) -> {
            if (placement.endsWith("@2027-H1") || placement.endsWith("@2027-H2")) {
                assertThat(replanned.get(placement)).as(placement).isEqualTo(host);
            }
        });
        assertThat(jdbc.sql("""
                select count(*) from placement where programme_id = ? and period_id in ('2027-H1', '2027-H2')
                and not pinned""").param(programme).query(Integer.class).single()).as("unpinned started").isZero();
        assertThat(jdbc.sql("""
                select count(*) from placement where programme_id = ? and period_id in ('2028-H1', '2028-H2')
                and pinned""").param(programme).query(Integer.class).single()).as("pinned future").isZero();
        long changed = published.entrySet().stream().filter(e -> !e.getValue().equals(replanned.get(e.getKey())))
                .count();
        assertThat(changed).as("changed future placements of 74").isLessThanOrEqualTo(8);
        assertThat(jdbc.sql("select count(*) from audit_entry where programme_id = ? and action = 'plan.replan'")
                .param(programme).query(Integer.class).single()).isEqualTo(1);
    }

    private void publish(long programme, String coordinator) {
        long version = jdbc.sql("""
                insert into plan_version (programme_id, number, published_by, score)
                values (?, 1, ?, (select best_score from solver_job where programme_id = ? order by id desc limit 1))
                returning id""").params(programme, coordinator, programme).query(Long.class).single();
        jdbc.sql("""
                insert into published_placement (plan_version_id, participant_id, period_id, host_code, pinned)
                select ?, participant_id, period_id, host_code, pinned from placement where programme_id = ?""")
                .params(version, programme).update();
    }

    private Map<String, String> hosts(long programme) {
        Map<String, String> hosts = new HashMap<>();
        jdbc.sql("select participant_id, period_id, host_code from placement where programme_id = ?")
                .param(programme).query(rs -> {
                    hosts.put(rs.getString(1) + "@" + rs.getString(2), rs.getString(3));
                });
        return hosts;
    }
}
