package nl.doorstroom.web.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import nl.doorstroom.web.WebIntegrationTest;

class PlacementApiTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theExplanationIsInDutchByDefaultAndInEnglishOnRequest() {
        String coordinator = newCoordinator();
        long programme = importDemo("brabant-trainees");

        Map<?, ?> nl = as(coordinator).getForObject("/api/programmes/" + programme + "/explanation", Map.class);
        Map<?, ?> en = as(coordinator).getForObject("/api/programmes/" + programme + "/explanation?lang=en",
                Map.class);

        // Freshly imported: nobody is placed yet, so hard rules are broken and every breach is listed.
        assertThat(nl.get("usable")).isEqualTo(false);
        assertThat(nl.get("language")).isEqualTo("nl");
        assertThat(en.get("language")).isEqualTo("en");
        List<Map<String, Object>> brokenNl = (List<Map<String, Object>>) nl.get("broken");
        List<Map<String, Object>> brokenEn = (List<Map<String, Object>>) en.get("broken");
        assertThat(brokenNl).isNotEmpty().hasSameSizeAs(brokenEn)
                .allSatisfy(b -> assertThat(b.get("level")).isIn("HARD", "MEDIUM"));
        assertThat(brokenNl.get(0).get("text")).isNotEqualTo(brokenEn.get(0).get("text"));
        assertThat(brokenNl.get(0).get("ruleTitle")).isNotEqualTo(brokenEn.get(0).get("ruleTitle"));
        assertThat((List<Map<String, Object>>) nl.get("rules")).isNotEmpty()
                .allSatisfy(rule -> assertThat(rule).containsKeys("name", "title", "level", "penalty", "count"));
        assertThat(as(coordinator).getForEntity("/api/programmes/" + programme + "/explanation?lang=fr", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        Map<String, Object> why = as(coordinator).getForObject("/api/programmes/" + programme
                + "/placements/T01/2027-H1/explanation?lang=en", Map.class);
        assertThat(why).containsEntry("participant", "T01").containsEntry("period", "2027-H1")
                .containsEntry("pinned", false);
        assertThat((List<Map<String, Object>>) why.get("breaches")).isNotEmpty()
                .allSatisfy(b -> assertThat(b.get("participant")).isEqualTo("T01"));
    }

    @Test
    void recommendationsComeBestFirst() {
        String coordinator = newCoordinator();
        long programme = importDemo("brabant-trainees");

        List<Map<String, Object>> recommendations = as(coordinator).getForObject("/api/programmes/" + programme
                + "/placements/T01/2027-H1/recommendations", List.class);

        assertThat(recommendations).hasSizeBetween(2, 5);
        List<HardMediumSoftLongScore> scores = recommendations.stream()
                .map(r -> HardMediumSoftLongScore.parseScore((String) r.get("scoreAfter"))).toList();
        for (int i = 1; i < scores.size(); i++) {
            assertThat(scores.get(i - 1)).as("recommendation " + i).isGreaterThanOrEqualTo(scores.get(i));
        }
        assertThat(recommendations.get(0)).containsKeys("host", "difference", "commuteKm");
        assertThat(HardMediumSoftLongScore.parseScore((String) recommendations.get(0).get("difference")).hardScore())
                .as("placing someone unplaced mends a hard rule").isPositive();
    }

    @Test
    void aMoveWithTheCurrentVersionPinsAndIsAuditedAndAStaleOneChangesNothing() {
        String coordinator = newCoordinator();
        long programme = importDemo("brabant-trainees");
        String path = "/api/programmes/" + programme + "/placements/T01/2027-H1";
        List<Map<String, Object>> recommendations = as(coordinator).getForObject(path + "/recommendations",
                List.class);
        String host = (String) ((Map<?, ?>) recommendations.get(0).get("host")).get("code");
        int version = (Integer) as(coordinator).getForObject(path, Map.class).get("version");
        String explained = "/api/programmes/" + programme + "/explanation";
        Object scoreBefore = as(coordinator).getForObject(explained, Map.class).get("score");

        ResponseEntity<Map> moved = as(coordinator).exchange(path, HttpMethod.PUT,
                new HttpEntity<>(Map.of("host", host, "version", version)), Map.class);

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as(coordinator).getForObject(explained, Map.class).get("score")).as("explained after the move")
                .isEqualTo(moved.getBody().get("score")).isNotEqualTo(scoreBefore);
        Map<String, Object> placement = (Map<String, Object>) moved.getBody().get("placement");
        assertThat(placement).containsEntry("pinned", true).containsEntry("version", version + 1);
        assertThat(((Map<?, ?>) placement.get("host")).get("code")).isEqualTo(host);
        assertThat(moved.getBody().get("score")).isNotNull();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where programme_id = ? and action = 'placement.move'
                  and username = ? and subject = 'placement T01@2027-H1' and before_value like 'host -%'
                  and after_value like ?""").params(programme, coordinator, "host " + host + ", pinned%")
                .query(Integer.class).single()).isEqualTo(1);

        ResponseEntity<Map> stale = as(coordinator).exchange(path, HttpMethod.PUT,
                new HttpEntity<>(Map.of("host", "", "version", version)), Map.class);
        ResponseEntity<Map> staleUnpin = as(coordinator).postForEntity(path + "/unpin", Map.of("version", version),
                Map.class);

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(staleUnpin.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(jdbc.sql("""
                select host_code || ' ' || pinned || ' ' || version from placement
                where programme_id = ? and participant_id = 'T01' and period_id = '2027-H1'""").param(programme)
                .query(String.class).single()).isEqualTo(host + " true " + (version + 1));

        ResponseEntity<Map> unpinned = as(coordinator).postForEntity(path + "/unpin",
                Map.of("version", version + 1), Map.class);
        assertThat(unpinned.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) unpinned.getBody().get("placement")).containsEntry("pinned", false)
                .containsEntry("version", version + 2);
        assertThat(jdbc.sql("select count(*) from audit_entry where programme_id = ? and action like 'placement.%'")
                .param(programme).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void pinningAPlacementThatBreaksAHardRuleIsRefused() {
        String coordinator = newCoordinator();
        long programme = importDemo("brabant-trainees");

        // A trainee must be placed: pinning "no host" breaks a hard rule.
        ResponseEntity<Map> refused = as(coordinator).postForEntity("/api/programmes/" + programme
                + "/placements/T01/2027-H1/pin", Map.of("version", 0), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("select pinned from placement where programme_id = ? and participant_id = 'T01' "
                + "and period_id = '2027-H1'").param(programme).query(Boolean.class).single()).isFalse();
        assertThat(as(coordinator).exchange("/api/programmes/" + programme + "/placements/T01/2027-H1",
                HttpMethod.PUT, new HttpEntity<>(Map.of("host", "GM9999", "version", 0)), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as(coordinator).getForEntity("/api/programmes/" + programme + "/placements/T99/2027-H1",
                Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private TestRestTemplate as(String username) {
        return rest.withBasicAuth(username, password(username));
    }
}
