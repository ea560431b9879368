package nl.doorstroom.web.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.ProgrammeReader;
import nl.doorstroom.solver.io.ProgrammeSource;
import nl.doorstroom.web.WebIntegrationTest;
import nl.doorstroom.web.programme.ProgrammeStore;

class PublishingApiTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProgrammeStore store;

    private TestRestTemplate as(String username) {
        return rest.withBasicAuth(username, password(username));
    }

    @Test
    void twoPublishedVersionsStayReadableAndTheirDifferencesAreListed() {
        String coordinator = newCoordinator();
        long id = importSmall();
        List<String> periods = periodIds(id);
        placeFeasibly(id);

        ResponseEntity<Map> first = as(coordinator).postForEntity("/api/programmes/" + id + "/versions", null, Map.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody()).containsEntry("number", 1).containsEntry("publishedBy", coordinator)
                .containsEntry("placements", 8);
        assertThat((String) first.getBody().get("score")).startsWith("0hard/0medium/");
        assertThat(first.getHeaders().getLocation()).hasPath("/api/programmes/" + id + "/versions/1");

        // Each trainee swaps their last two hosts: still feasible.
        placeDraft(id, "T1", periods.get(2), "GM0828");
        placeDraft(id, "T1", periods.get(3), "WS0654");
        placeDraft(id, "T2", periods.get(2), "PV30");
        placeDraft(id, "T2", periods.get(3), "GM0828");
        ResponseEntity<Map> second = as(coordinator).postForEntity("/api/programmes/" + id + "/versions", null,
                Map.class);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody()).containsEntry("number", 2);

        List<Map<String, Object>> versions = as(coordinator).getForObject("/api/programmes/" + id + "/versions",
                List.class);
        assertThat(versions).extracting(v -> v.get("number")).containsExactly(1, 2);

        Map<String, Object> one = as(coordinator).getForObject("/api/programmes/" + id + "/versions/1", Map.class);
        List<Map<String, Object>> placements = (List<Map<String, Object>>) one.get("placements");
        assertThat(placements).hasSize(8);
        assertThat(placements).filteredOn(p -> p.get("participantId").equals("T1")
                && p.get("periodId").equals(periods.get(3)))
                .singleElement().satisfies(p -> {
                    assertThat(p).containsEntry("hostCode", "GM0828").containsEntry("hostName", "Oss");
                });

        Map<String, Object> diff = as(coordinator).getForObject(
                "/api/programmes/" + id + "/versions/diff?from=1&to=2", Map.class);
        List<Map<String, Object>> changes = (List<Map<String, Object>>) diff.get("changes");
        assertThat(changes).extracting(c -> List.of(c.get("participantId"), c.get("periodId"), c.get("hostBefore"),
                c.get("hostAfter"))).containsExactly(
                        List.of("T1", periods.get(2), "WS0654", "GM0828"),
                        List.of("T1", periods.get(3), "GM0828", "WS0654"),
                        List.of("T2", periods.get(2), "GM0828", "PV30"),
                        List.of("T2", periods.get(3), "PV30", "GM0828"));
        assertThat(changes.get(1)).containsEntry("participantName", "Anna Bakker")
                .containsEntry("hostBeforeName", "Oss");

        assertThat(jdbc.sql("select count(*) from audit_entry where programme_id = ? and action = 'plan.publish'")
                .param(id).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aDraftThatBreaksAHardRuleIsOnlyPublishedWhenForced() {
        String coordinator = newCoordinator();
        long id = importSmall(); // nobody placed: every trainee misses every period

        ResponseEntity<Map> refused = as(coordinator).postForEntity("/api/programmes/" + id + "/versions", null,
                Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("type", "urn:doorstroom:hard-rules-broken");
        assertThat((String) refused.getBody().get("detail")).contains("force=true");
        assertThat(as(coordinator).getForObject("/api/programmes/" + id + "/versions", List.class)).isEmpty();

        ResponseEntity<Map> forced = as(coordinator).postForEntity("/api/programmes/" + id + "/versions?force=true",
                null, Map.class);
        assertThat(forced.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((String) forced.getBody().get("score")).doesNotStartWith("0hard");
        assertThat(jdbc.sql("select after_value from audit_entry where programme_id = ? and action = 'plan.publish'")
                .param(id).query(String.class).single()).contains("broken hard rule");
    }

    @Test
    void theDraftAndAVersionExportAsPlacementsCsvThatThePlannerReadsBack() {
        String coordinator = newCoordinator();
        long id = importSmall();
        placeFeasibly(id);
        as(coordinator).postForEntity("/api/programmes/" + id + "/versions", null, Map.class);
        placeDraft(id, "T1", periodIds(id).get(3), null);

        ResponseEntity<String> draft = as(coordinator).getForEntity("/api/programmes/" + id + "/plan.csv",
                String.class);
        ResponseEntity<String> version = as(coordinator).getForEntity(
                "/api/programmes/" + id + "/versions/1/plan.csv", String.class);

        assertThat(draft.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(draft.getBody()).startsWith("participant,period,host,pinned,participant_name,host_name,layer,town,"
                + "commute_km,commute_minutes");
        assertThat(draft.getBody()).contains("T1," + periodIds(id).get(3) + ",,false,Anna Bakker,,,,,");
        assertThat(version.getBody()).contains("T1," + periodIds(id).get(3) + ",GM0828,false,Anna Bakker,Oss,");

        Map<String, byte[]> files = new java.util.LinkedHashMap<>(
                nl.doorstroom.solver.io.ProgrammeWriter.files(store.load(id)));
        files.put("placements.csv", version.getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Plan read = ProgrammeReader.read(ProgrammeSource.of(files));
        assertThat(read.getPlacements()).allMatch(p -> p.getHost() != null);
    }

    @Test
    void unknownVersionsAndProgrammesAreNotFound() {
        String coordinator = newCoordinator();
        long id = importSmall();
        assertThat(as(coordinator).getForEntity("/api/programmes/" + id + "/versions/1", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(coordinator).getForEntity("/api/programmes/" + id + "/versions/diff?from=1&to=2", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(coordinator).postForEntity("/api/programmes/999999/versions", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void nothingIsPublishedWhileTheProgrammeIsBeingSolved() {
        String coordinator = newCoordinator();
        long id = importSmall();
        placeFeasibly(id);
        long job = queueJob(id);
        String before = snapshot(id);

        ResponseEntity<Map> refused = as(coordinator).postForEntity("/api/programmes/" + id + "/versions", null,
                Map.class);
        ResponseEntity<Map> forced = as(coordinator).postForEntity("/api/programmes/" + id + "/versions?force=true",
                null, Map.class);

        assertRefusedWhileSolving(refused);
        assertRefusedWhileSolving(forced);
        assertThat(snapshot(id)).isEqualTo(before);
        endJob(job);
        assertThat(as(coordinator).postForEntity("/api/programmes/" + id + "/versions", null, Map.class)
                .getStatusCode()).as("once the job has ended").isEqualTo(HttpStatus.CREATED);
    }
}
