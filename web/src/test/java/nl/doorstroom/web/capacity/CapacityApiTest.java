package nl.doorstroom.web.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.doorstroom.web.WebIntegrationTest;

class CapacityApiTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    private TestRestTemplate as(String username) {
        return rest.withBasicAuth(username, password(username));
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    private ResponseEntity<Map> put(String username, String path, Map<String, Object> body) {
        return as(username).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
    }

    private ResponseEntity<Map> delete(String username, String path) {
        return as(username).exchange(path, HttpMethod.DELETE, HttpEntity.EMPTY, Map.class);
    }

    private List<String> auditActions(long programmeId) {
        return jdbc.sql("select action from audit_entry where programme_id = ? and action like 'capacity.%' order by id")
                .param(programmeId).query(String.class).list();
    }

    @Test
    void aHostCreatesChangesAndWithdrawsItsOwnDeclaration() {
        long id = importSmall();
        String period = periodIds(id).get(2);
        String oss = newHost("GM0828");
        String capacity = "/api/programmes/" + id + "/capacity";

        ResponseEntity<Map> created = as(oss).postForEntity(capacity,
                body("period", period, "discipline", "ruimte", "min", 0, "max", 2, "maxSalaryScale", 10), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("hostCode", "GM0828").containsEntry("discipline", "ruimte")
                .containsEntry("max", 2).containsEntry("maxSalaryScale", 10).containsEntry("version", 0);
        String declaration = capacity + "/" + created.getBody().get("id");

        ResponseEntity<Map> changed = put(oss, declaration,
                body("version", 0, "discipline", "ruimte", "min", 1, "max", 3, "maxSalaryScale", null));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody()).containsEntry("min", 1).containsEntry("max", 3)
                .containsEntry("maxSalaryScale", null).containsEntry("version", 1);

        ResponseEntity<Map> stale = put(oss, declaration, body("version", 0, "min", 0, "max", 1));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody()).containsEntry("type", "urn:doorstroom:stale-edit");
        assertThat(delete(oss, declaration + "?version=0").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(jdbc.sql("select max from capacity_declaration where id = ?").param(created.getBody().get("id"))
                .query(Integer.class).single()).isEqualTo(3);

        assertThat(delete(oss, declaration + "?version=1").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(as(oss).getForObject(capacity, List.class)).extracting(d -> ((Map) d).get("discipline"))
                .containsOnly("");

        assertThat(auditActions(id)).containsExactly("capacity.create", "capacity.change", "capacity.delete");
        Map<String, Object> change = jdbc.sql("""
                select before_value, after_value from audit_entry where programme_id = ? and action = 'capacity.change'""")
                .param(id).query().singleRow();
        assertThat((String) change.get("before_value")).contains("max=2");
        assertThat((String) change.get("after_value")).contains("max=3");
    }

    @Test
    void badNumbersAreRefusedWithEveryProblemInWords() {
        long id = importSmall();
        List<String> periods = periodIds(id);
        String coordinator = newCoordinator();
        String capacity = "/api/programmes/" + id + "/capacity";

        ResponseEntity<Map> refused = as(coordinator).postForEntity(capacity,
                body("host", "GM0828", "period", "2099-H1", "min", -1, "max", 2, "maxSalaryScale", 19), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) refused.getBody().get("errors")).containsExactly(
                "period: unknown period '2099-H1': expected one of " + String.join(", ", periods),
                "min: min -1 is negative: expected a whole number from 0 to 10000",
                "maxSalaryScale: maxSalaryScale 19 is outside 1..18");

        assertThat(errors(as(coordinator).postForEntity(capacity,
                body("host", "GM0828", "period", periods.get(0), "discipline", "x", "min", 3, "max", 2), Map.class)))
                .containsExactly("max: min 3 is above max 2");
        assertThat(errors(as(coordinator).postForEntity(capacity,
                body("host", "GM0828", "period", periods.get(0), "discipline", "", "min", 0, "max", 2), Map.class)))
                .containsExactly("period: duplicate capacity for GM0828 in " + periods.get(0)
                        + " without discipline (one exists already)");
        assertThat(errors(as(coordinator).postForEntity(capacity,
                body("host", "GM9999", "period", periods.get(0), "min", 0, "max", 2), Map.class)))
                .containsExactly("host: unknown organisation 'GM9999': expected an organisation code such as GM0796, "
                        + "PV30, WS0155 or BZK, from the reference or organisations.csv");
        assertThat(errors(as(coordinator).postForEntity(capacity, body("period", periods.get(0), "max", 2),
                Map.class))).containsExactly("host: empty host: expected a host organisation code",
                        "min: empty min: expected a whole number from 0 to 10000");
        assertThat(auditActions(id)).isEmpty();
    }

    @Test
    void aChangeThatMakesTheProgrammeUnreadableIsRolledBackWithTheLocatedProblems() {
        long id = importSmall();
        String period = periodIds(id).get(0);
        String coordinator = newCoordinator();
        // A pinned placement is a promise: a ceiling below the trainee's salary scale 8 would break it.
        jdbc.sql("update placement set host_code = 'GM0828', pinned = true where programme_id = ? and "
                + "participant_id = 'T1' and period_id = ?").params(id, period).update();
        Map<String, Object> declaration = jdbc.sql("select id, version from capacity_declaration where programme_id = ? "
                + "and host_code = 'GM0828' and period_id = ?").params(id, period).query().singleRow();

        ResponseEntity<Map> refused = put(coordinator, "/api/programmes/" + id + "/capacity/" + declaration.get("id"),
                body("version", declaration.get("version"), "min", 0, "max", 1, "maxSalaryScale", 7));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("title", "Invalid input");
        assertThat((List<String>) refused.getBody().get("errors")).singleElement().asString()
                .startsWith("placements[T1@" + period + "].host: ").contains("pinned placement of T1 in " + period);
        assertThat(jdbc.sql("select max_salary_scale, version from capacity_declaration where id = ?")
                .param(declaration.get("id")).query().singleRow())
                .containsEntry("max_salary_scale", null).containsEntry("version", declaration.get("version"));
        assertThat(auditActions(id)).isEmpty();
    }

    @Test
    void capacityADraftPlacementNeedsCannotBeWithdrawn() {
        long id = importSmall();
        String period = periodIds(id).get(0);
        String oss = newHost("GM0828");
        placeDraft(id, "T2", period, "GM0828");
        Map<String, Object> declaration = jdbc.sql("select id, version from capacity_declaration where programme_id = ? "
                + "and host_code = 'GM0828' and period_id = ?").params(id, period).query().singleRow();

        ResponseEntity<Map> refused = delete(oss, "/api/programmes/" + id + "/capacity/" + declaration.get("id")
                + "?version=" + declaration.get("version"));

        assertThat(errors(refused)).containsExactly("the draft places T2 at GM0828 in " + period
                + ", which needs a capacity declaration of GM0828 in that period; move the placement first");
        assertThat(jdbc.sql("select count(*) from capacity_declaration where id = ?").param(declaration.get("id"))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aHostNeverReachesAnotherHostsDeclarations() {
        long id = importSmall();
        String oss = newHost("GM0828");
        String province = newHost("PV30");
        String breda = newHost("GM0758");
        Map<String, Object> theirs = jdbc.sql("select id, version from capacity_declaration where programme_id = ? "
                + "and host_code = 'PV30' order by id limit 1").param(id).query().singleRow();
        String path = "/api/programmes/" + id + "/capacity/" + theirs.get("id");

        assertThat(put(oss, path, body("version", theirs.get("version"), "min", 0, "max", 5)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(delete(oss, path + "?version=" + theirs.get("version")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(errors(as(oss).postForEntity("/api/programmes/" + id + "/capacity",
                body("host", "PV30", "period", periodIds(id).get(0), "discipline", "x", "min", 0, "max", 1),
                Map.class))).containsExactly("host PV30 is not your organisation; you declare capacity for GM0828 only");

        List<Map<String, Object>> own = as(oss).getForObject("/api/programmes/" + id + "/capacity", List.class);
        assertThat(own).hasSize(4).allMatch(d -> d.get("hostCode").equals("GM0828"));
        assertThat(as(oss).getForObject("/api/capacity", List.class))
                .allMatch(d -> ((Map) d).get("hostCode").equals("GM0828"));
        assertThat(as(oss).getForObject("/api/capacity?host=PV30", List.class))
                .allMatch(d -> ((Map) d).get("hostCode").equals("GM0828"));
        assertThat(as(breda).getForEntity("/api/programmes/" + id + "/capacity", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put(province, path, body("version", theirs.get("version"), "min", 0, "max", 5)).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        String coordinator = newCoordinator();
        assertThat(as(coordinator).getForObject("/api/capacity?programme=" + id, List.class)).hasSize(16);
        assertThat(as(coordinator).getForObject("/api/capacity?programme=" + id + "&host=gm0828", List.class))
                .hasSize(4);
    }

    @Test
    void incomingShowsOnlyTheLatestPublishedVersion() {
        long id = importSmall();
        List<String> periods = periodIds(id);
        String coordinator = newCoordinator();
        String oss = newHost("GM0828");
        placeFeasibly(id);
        assertThat(as(oss).getForObject("/api/hosts/me/incoming", List.class)).noneMatch(
                p -> ((Number) ((Map) p).get("programmeId")).longValue() == id);

        as(coordinator).postForEntity("/api/programmes/" + id + "/versions", null, Map.class);
        placeDraft(id, "T1", periods.get(3), null); // a draft change nobody has published

        Map<String, Object> programme = ((List<Map<String, Object>>) as(oss).getForObject("/api/hosts/me/incoming",
                List.class)).stream().filter(p -> ((Number) p.get("programmeId")).longValue() == id)
                .findFirst().orElseThrow();
        assertThat(programme).containsEntry("programmeName", "Kleine proef").containsEntry("version", 1);
        List<Map<String, Object>> incoming = (List<Map<String, Object>>) programme.get("periods");
        assertThat(incoming).extracting(p -> p.get("periodId")).containsExactly(periods.get(2), periods.get(3));
        assertThat((List<Map<String, Object>>) incoming.get(1).get("participants")).singleElement()
                .satisfies(person -> assertThat(person).containsEntry("name", "Anna Bakker")
                        .containsEntry("discipline", "ruimte").containsEntry("periodId", periods.get(3)));
        assertThat(as(coordinator).getForEntity("/api/hosts/me/incoming", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static List<String> errors(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return (List<String>) response.getBody().get("errors");
    }

    @Test
    void noDeclarationChangesWhileTheProgrammeIsBeingSolved() {
        long id = importSmall();
        List<String> periods = periodIds(id);
        String coordinator = newCoordinator();
        String oss = newHost("GM0828");
        String capacity = "/api/programmes/" + id + "/capacity";
        ResponseEntity<Map> created = as(oss).postForEntity(capacity,
                body("period", periods.get(2), "discipline", "ruimte", "min", 0, "max", 2), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String declaration = capacity + "/" + created.getBody().get("id");
        long job = queueJob(id);
        String before = snapshot(id);

        List<ResponseEntity<Map>> refused = List.of(
                as(oss).postForEntity(capacity, body("period", periods.get(3), "min", 0, "max", 1), Map.class),
                as(coordinator).postForEntity(capacity, body("host", "GM0796", "period", periods.get(3),
                        "discipline", "ruimte", "min", 0, "max", 1), Map.class),
                put(oss, declaration, body("version", 0, "discipline", "ruimte", "min", 1, "max", 3)),
                delete(oss, declaration + "?version=0"));

        refused.forEach(WebIntegrationTest::assertRefusedWhileSolving);
        assertThat(snapshot(id)).isEqualTo(before);
        endJob(job);
        assertThat(delete(oss, declaration + "?version=0").getStatusCode()).as("once the job has ended")
                .isEqualTo(HttpStatus.NO_CONTENT);
    }
}
