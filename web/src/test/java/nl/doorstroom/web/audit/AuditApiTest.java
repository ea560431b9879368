package nl.doorstroom.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

import nl.doorstroom.web.WebIntegrationTest;

/** The audit trail read back: filtered, paged, in words, as CSV, and for coordinators only. */
class AuditApiTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;

    private String coordinator;
    private String otherCoordinator;
    private long programme;
    private String first;

    private TestRestTemplate as(String username) {
        return rest.withBasicAuth(username, password(username));
    }

    /** Three recorded changes by two coordinators: a pin and an unpin of T1's first placement, a capacity change. */
    @BeforeEach
    void changes() {
        coordinator = newCoordinator();
        otherCoordinator = newCoordinator();
        programme = importSmall();
        placeFeasibly(programme);
        first = periodIds(programme).get(0);
        String placement = "/api/programmes/" + programme + "/placements/T1/" + first;
        assertThat(as(coordinator).postForEntity(placement + "/pin", Map.of("version", 1), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as(coordinator).postForEntity(placement + "/unpin", Map.of("version", 2), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        long declaration = jdbc.sql("select id from capacity_declaration where programme_id = ? and host_code = "
                + "'GM0828' and period_id = ?").params(programme, first).query(Long.class).single();
        int version = jdbc.sql("select version from capacity_declaration where id = ?").param(declaration)
                .query(Integer.class).single();
        ResponseEntity<Map> changed = as(otherCoordinator).exchange(
                "/api/programmes/" + programme + "/capacity/" + declaration, HttpMethod.PUT,
                new HttpEntity<>(Map.of("version", version, "min", 0, "max", 3)), Map.class);
        assertThat(changed.getStatusCode()).as(String.valueOf(changed.getBody())).isEqualTo(HttpStatus.OK);
    }

    private Map<String, Object> audit(String query) {
        ResponseEntity<Map> answer = as(coordinator).getForEntity("/api/programmes/" + programme + "/audit" + query,
                Map.class);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static List<String> actions(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("entries")).stream().map(e -> (String) e.get("action")).toList();
    }

    @Test
    void everyChangeIsListedNewestFirstWithWhoAndWhom() {
        Map<String, Object> all = audit("");

        assertThat(all).containsEntry("total", 4).containsEntry("page", 1).containsEntry("pages", 1);
        assertThat(actions(all)).containsExactly("capacity.change", "placement.unpin", "placement.pin",
                "programme.import");
        Map<String, Object> pin = ((List<Map<String, Object>>) all.get("entries")).get(2);
        assertThat(pin).containsEntry("user", coordinator).containsEntry("participant", "T1")
                .containsEntry("hosts", List.of("PV30")).containsEntry("kind", "placement")
                .containsEntry("description", "Plaatsing vastgezet");
    }

    @Test
    void filtersByParticipantHostUserAndKindCombine() {
        assertThat(actions(audit("?participant=T1"))).containsExactly("placement.unpin", "placement.pin");
        assertThat(actions(audit("?host=GM0828"))).containsExactly("capacity.change");
        assertThat(actions(audit("?host=PV30&kind=placement"))).containsExactly("placement.unpin", "placement.pin");
        assertThat(actions(audit("?user=" + otherCoordinator))).containsExactly("capacity.change");
        assertThat(actions(audit("?kind=capacity&user=" + coordinator))).isEmpty();
        assertThat(audit("?participant=T2")).containsEntry("total", 0);
    }

    @Test
    void pagesSayTheTotalAndRefuseNonsense() {
        Map<String, Object> second = audit("?size=1&page=2");

        assertThat(second).containsEntry("total", 4).containsEntry("pages", 4).containsEntry("size", 1);
        assertThat(actions(second)).containsExactly("placement.unpin");
        assertThat(as(coordinator).getForEntity("/api/programmes/" + programme + "/audit?page=0", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as(coordinator).getForEntity("/api/programmes/" + programme + "/audit?size=501", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as(coordinator).getForEntity("/api/programmes/999999/audit", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void beforeAndAfterAreNamedFieldByFieldInTheReadersLanguage() {
        List<Map<String, Object>> capacity = (List<Map<String, Object>>) audit("?kind=capacity").get("entries");
        // only what changed: the maximum, not the host, period or the version used for locking
        assertThat((List<Map<String, Object>>) capacity.get(0).get("changes"))
                .containsExactly(Map.of("label", "Maximum", "before", "1", "after", "3"));

        Map<String, Object> pins = audit("?kind=placement&lang=en");
        Map<String, Object> unpin = ((List<Map<String, Object>>) pins.get("entries")).get(0);
        assertThat(unpin).containsEntry("description", "Placement unpinned");
        assertThat((List<Map<String, Object>>) unpin.get("changes")).first()
                .isEqualTo(Map.of("label", "Pinned", "before", "yes", "after", "no"));
    }

    @Test
    void theDownloadIsTheFilteredTrailWithFormulasShownAsText() {
        jdbc.sql("""
                insert into audit_entry (username, action, programme_id, participant_id, subject, before_value,
                                         after_value) values ('import', 'participant.change', ?, 'T2', 'participant T2',
                                         '=HYPERLINK("http://example.org")', '@SUM(1)')""").param(programme).update();

        ResponseEntity<byte[]> csv = as(coordinator).getForEntity(
                "/api/programmes/" + programme + "/audit.csv?participant=T2", byte[].class);

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String[] lines = new String(csv.getBody(), StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("at,user,action,participant,hosts,subject,before,after,change");
        assertThat(lines[1]).contains(",import,participant.change,T2,,participant T2,\"'=HYPERLINK(\"\"http://example.org\"\")\",'@SUM(1),")
                .doesNotContain(",=").doesNotContain(",@");
    }

    @Test
    void hostsAndParticipantsReadNoAuditAndAnonymousIsAskedToSignIn() {
        String host = newHost("GM0828");
        String participant = newParticipant(programme, "T1");

        for (String who : List.of(host, participant)) {
            ResponseEntity<String> refused = as(who).getForEntity("/api/programmes/" + programme + "/audit",
                    String.class);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).doesNotContain("placement.pin").doesNotContain("capacity.change");
            assertThat(as(who).getForEntity("/api/programmes/" + programme + "/audit.csv", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.getForEntity("/api/programmes/" + programme + "/audit", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void thePageShowsTheChangeInWordsAndAFilterSwapsOnlyTheTable() throws Exception {
        String page = mvc.perform(get("/programmes/" + programme + "/audit").with(user(coordinator).roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("<label for=\"a-participant\"", "<label for=\"a-host\"", "<label for=\"a-user\"",
                "<label for=\"a-kind\"", "<th scope=\"col\">Wanneer</th>", "Capaciteit gewijzigd", "Maximum:",
                "Plaatsing losgemaakt", "Vastgezet:", "4 wijzigingen").doesNotContain("DeclarationView[");

        String table = mvc.perform(get("/programmes/" + programme + "/audit").param("participant", "T1")
                        .header("HX-Request", "true").with(user(coordinator).roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(table).startsWith("<div id=\"audit-region\"").doesNotContain("<html", "audit-filters")
                .contains("2 wijzigingen", "Plaatsing vastgezet").doesNotContain("Capaciteit gewijzigd");

        mvc.perform(get("/programmes/" + programme + "/audit").with(user("host").roles("HOST")))
                .andExpect(status().isForbidden());
    }
}
