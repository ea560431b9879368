package nl.doorstroom.web.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.doorstroom.web.SmallProgramme;
import nl.doorstroom.web.WebIntegrationTest;

/**
 * The fairness report of a small programme whose commutes are given as road distances, so every figure can be
 * worked out by hand. The draft is {@link SmallProgramme#FEASIBLE}:
 * <pre>
 * T1 Anna Bakker:   PV30 10 km/20 min, GM0796 5/15, WS0654 12/22, GM0828 30/35  -> 57 km, 92 min, longest 30 (35)
 * T2 Bram de Vries: GM0796 20/30, WS0654 40/45, GM0828 60/60, PV30 8/18         -> 128 km, 153 min, longest 60 (60)
 * </pre>
 * Totals 57 and 128: p10 = p50 = 57, p90 = max = 128, mean 92.5 (93), unfairness √(2 · 35.5²) = 50.2 (50).
 * Both are employed by the province, so their three placements outside it are secondments; both see three layers
 * (province, municipality, water board) of the three asked. Every host takes one a period at most and no minimum,
 * and gets two of the eight placements.
 */
class FairnessApiTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long smallProgrammeWithRoadDistances() {
        Map<String, byte[]> files = SmallProgramme.files(TODAY);
        files.put("distances.csv", """
                participant,host,km,minutes
                T1,PV30,10,20
                T1,GM0796,5,15
                T1,WS0654,12,22
                T1,GM0828,30,35
                T2,GM0796,20,30
                T2,WS0654,40,45
                T2,GM0828,60,60
                T2,PV30,8,18
                """.getBytes(StandardCharsets.UTF_8));
        long programme = programmeImport.importFiles(files, "test");
        placeFeasibly(programme);
        // T1 wishes Oss at some time (honoured), T2 the province in the first period (T2 is at 's-Hertogenbosch).
        jdbc.sql("insert into wish (programme_id, participant_id, host_code, period_id, source) values "
                + "(?, 'T1', 'GM0828', null, 'PARTICIPANT'), (?, 'T2', 'PV30', ?, 'PARTICIPANT')")
                .params(programme, programme, periodIds(programme).get(0)).update();
        return programme;
    }

    @Test
    void theFiguresOfASmallPlanAreThoseWorkedOutByHand() {
        long programme = smallProgrammeWithRoadDistances();
        String coordinator = newCoordinator();

        ResponseEntity<Map> answer = rest.withBasicAuth(coordinator, password(coordinator))
                .getForEntity("/api/programmes/" + programme + "/fairness", Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> report = answer.getBody();
        assertThat((Map<String, Object>) report.get("spread")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "participants", 2, "totalKm", 185, "meanKm", 93, "p10", 57, "p50", 57, "p90", 128, "max", 128,
                "unfairnessKm", 50));
        List<Map<String, Object>> worstOff = (List<Map<String, Object>>) report.get("worstOff");
        assertThat(worstOff).extracting(p -> p.get("id")).containsExactly("T2", "T1");
        assertThat(worstOff.get(0)).containsAllEntriesOf(Map.of("name", "Bram de Vries", "placements", 4,
                "placed", 4, "totalKm", 128, "totalMinutes", 153, "longestKm", 60, "longestMinutes", 60));
        assertThat(worstOff.get(0)).containsAllEntriesOf(Map.of("layersSeen", 3, "layerTarget", 3, "wishes", 1,
                "wishesHonoured", 0, "secondments", 3));
        assertThat(worstOff.get(1)).containsAllEntriesOf(Map.of("totalKm", 57, "totalMinutes", 92, "longestKm", 30,
                "longestMinutes", 35, "wishes", 1, "wishesHonoured", 1, "secondments", 3));
        Map<String, Object> histogram = (Map<String, Object>) report.get("histogram");
        assertThat(histogram.get("binWidthKm")).isEqualTo(20);
        assertThat((List<Map<String, Object>>) histogram.get("bins")).extracting(b -> b.get("participants"))
                .containsExactly(0, 0, 1, 0, 0, 0, 1);
        List<Map<String, Object>> hosts = (List<Map<String, Object>>) report.get("hosts");
        assertThat(hosts).extracting(h -> h.get("code")).containsExactly("GM0796", "GM0828", "PV30", "WS0654");
        assertThat(hosts).allSatisfy(host -> assertThat(host).containsAllEntriesOf(Map.of("placed", 2,
                "declaredMin", 0, "declaredMax", 4, "periodsBelowMin", 0, "periodsAboveMax", 0)));
    }

    @Test
    void theTabShowsTheChartThePercentilesTheWorstOffAndTheHosts() throws Exception {
        long programme = smallProgrammeWithRoadDistances();
        String coordinator = newCoordinator();

        mvc.perform(get("/programmes/" + programme + "/fairness").with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Eerlijkheid van Kleine proef")))
                .andExpect(content().string(containsString(">Eerlijkheid</a>")))
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("De helft reist hoogstens 57 km, 90 % hoogstens 128 km, "
                        + "de hoogste 128 km.")))
                .andExpect(content().string(containsString("<td>128 km (153 min)</td>")))
                .andExpect(content().string(containsString("<td>60 km (60 min)</td>")))
                .andExpect(content().string(containsString("<td>0 van 1</td>")))
                .andExpect(content().string(containsString("<td>0–4</td>")))
                .andExpect(content().string(containsString("<title>40–60 km: 1 deelnemer</title>")));
        mvc.perform(get("/programmes/" + programme + "/fairness").param("lang", "en").with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fairness of Kleine proef")))
                .andExpect(content().string(containsString("The ten participants who commute furthest")));
    }

    @Test
    void aPlanWithNobodyPlacedSaysSo() throws Exception {
        long programme = importSmall();
        mvc.perform(get("/programmes/" + programme + "/fairness").with(as(newCoordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nog niemand heeft een plaatsing")))
                .andExpect(content().string(containsString("<td>0–4</td>")))
                .andExpect(content().string(not(containsString("role=\"img\""))));
    }

    @Test
    void hostsParticipantsAndAnonymousVisitorsAreRefused() throws Exception {
        long programme = smallProgrammeWithRoadDistances();
        String api = "/api/programmes/" + programme + "/fairness";
        String page = "/programmes/" + programme + "/fairness";
        String host = newHost("GM0828");
        String participant = newParticipant(programme, "T1");

        assertThat(rest.getForEntity(api, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth(host, password(host)).getForEntity(api, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(participant, password(participant)).getForEntity(api, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get(page).with(as(host))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(as(participant))).andExpect(status().isForbidden());
    }
}
