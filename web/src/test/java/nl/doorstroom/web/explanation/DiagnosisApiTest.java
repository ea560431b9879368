package nl.doorstroom.web.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import nl.doorstroom.web.WebIntegrationTest;

/** The explanation answers with the solver's diagnosis: the periods, why the plan is not usable, in words. */
class DiagnosisApiTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void anUnplannedProgrammesExplanationSaysPerPeriodAndPerParticipantWhy() {
        String coordinator = newCoordinator();
        long programme = importDemo("brabant-trainees");

        Map<String, Object> en = rest.withBasicAuth(coordinator, password(coordinator))
                .getForObject("/api/programmes/" + programme + "/explanation?lang=en", Map.class);

        Map<String, Object> diagnosis = (Map<String, Object>) en.get("diagnosis");
        List<Map<String, Object>> periods = (List<Map<String, Object>>) diagnosis.get("periods");
        assertThat(periods).extracting(p -> p.get("id")).containsExactly("2027-H1", "2027-H2", "2028-H1", "2028-H2");
        assertThat(periods.get(0)).containsEntry("start", "2027-01-01").containsEntry("end", "2027-06-30")
                .containsEntry("trainees", 37).containsEntry("places", 48)
                .containsEntry("text", "2027-H1 (2027-01-01 to 2027-06-30): 37 to place, 37 of them trainees; "
                        + "48 places declared.");
        // Freshly imported, nobody is placed yet: there is room left for each, so planning will place them.
        List<Map<String, Object>> participants = (List<Map<String, Object>>) diagnosis.get("participants");
        assertThat(participants).isNotEmpty().allSatisfy(p -> assertThat(p.get("cause")).isEqualTo("room left"));
        assertThat((List<Map<String, Object>>) participants.get(0).get("steps")).first()
                .satisfies(step -> assertThat(step).containsEntry("rule", "hosts").containsEntry("remaining", 14));
    }
}
