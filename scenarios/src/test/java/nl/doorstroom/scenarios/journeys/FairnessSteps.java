package nl.doorstroom.scenarios.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** A coordinator looks at how fairly the plan shares commuting, and tries the fairness rule in a variant. */
public class FairnessSteps {

    private final Api coordinator = Journey.sharedCoordinator();
    private long programme;
    private JsonNode report;
    private long variant;

    @When("the coordinator asks how fairly the plan shares commuting")
    public void asksHowFairly() {
        programme = Journey.sharedBrabant();
        Api.Answer answer = coordinator.get("/api/programmes/" + programme + "/fairness");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        report = answer.json();
    }

    /** Checked against the draft's placements as the board lists them, each with its commute (km, one way). */
    @Then("each participant's total commute adds up one commute for every period with a host")
    public void eachTotalAddsUpTheCommutes() {
        Map<String, Long> totals = new HashMap<>();
        Map<String, Integer> placed = new HashMap<>();
        for (JsonNode placement : placements(programme)) {
            if (!placement.path("host").isNull()) {
                String participant = placement.get("participant").asText();
                totals.merge(participant, placement.get("commuteKm").asLong(), Long::sum);
                placed.merge(participant, 1, Integer::sum);
            }
        }
        JsonNode participants = report.get("participants");
        assertThat(participants).hasSize(37);
        participants.forEach(p -> {
            String id = p.get("id").asText();
            assertThat(p.get("totalKm").asLong()).as(id).isEqualTo(totals.get(id));
            assertThat(p.get("placed").asInt()).as(id).isEqualTo(placed.get(id));
        });
        long sum = totals.values().stream().mapToLong(Long::longValue).sum();
        assertThat(report.get("spread").get("totalKm").asLong()).isEqualTo(sum);
    }

    @Then("the percentiles of total commute go up from p10 to p50, p90 and the highest")
    public void thePercentilesGoUp() {
        JsonNode spread = report.get("spread");
        assertThat(spread.get("participants").asInt()).isEqualTo(37);
        assertThat(spread.get("p10").asLong()).isLessThanOrEqualTo(spread.get("p50").asLong());
        assertThat(spread.get("p50").asLong()).isLessThanOrEqualTo(spread.get("p90").asLong());
        assertThat(spread.get("p90").asLong()).isLessThanOrEqualTo(spread.get("max").asLong());
        int counted = 0;
        for (JsonNode bin : report.get("histogram").get("bins")) {
            counted += bin.get("participants").asInt();
        }
        assertThat(counted).as("the histogram counts every participant once").isEqualTo(37);
    }

    @Then("the ten worst off are the participants who commute furthest, furthest first")
    public void theTenWorstOff() {
        JsonNode worstOff = report.get("worstOff");
        assertThat(worstOff).hasSize(10);
        assertThat(worstOff.get(0).get("totalKm").asLong()).isEqualTo(report.get("spread").get("max").asLong());
        List<Long> totals = new ArrayList<>();
        worstOff.forEach(p -> totals.add(p.get("totalKm").asLong()));
        assertThat(totals).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        long tenth = totals.get(9);
        report.get("participants").forEach(p -> {
            if (!totals.isEmpty() && p.get("totalKm").asLong() > tenth) {
                assertThat(worstOff.findValuesAsText("id")).contains(p.get("id").asText());
            }
        });
    }

    @Then("every host's placements are counted against what it declared over all periods")
    public void everyHostAgainstItsDeclaration() {
        Map<String, Integer> placed = new HashMap<>();
        for (JsonNode placement : placements(programme)) {
            if (!placement.path("host").isNull()) {
                placed.merge(placement.get("host").get("code").asText(), 1, Integer::sum);
            }
        }
        JsonNode hosts = report.get("hosts");
        assertThat(hosts).hasSize(14);
        hosts.forEach(host -> {
            String code = host.get("code").asText();
            assertThat(host.get("placed").asInt()).as(code).isEqualTo(placed.getOrDefault(code, 0));
            assertThat(host.get("declaredMin").asInt()).as(code).isLessThanOrEqualTo(host.get("declaredMax").asInt());
            assertThat(host.get("declaredMax").asInt()).as(code + " declared capacity").isPositive();
        });
    }

    @Then("a host or a participant asking for the fairness figures is refused")
    public void hostsAndParticipantsAreRefused() {
        String path = "/api/programmes/" + programme + "/fairness";
        assertThat(Journey.newHost("PV30").get(path).status()).isEqualTo(403);
        assertThat(Journey.newParticipant(programme, "T01").get(path).status()).isEqualTo(403);
    }

    @When("the coordinator makes a variant that weighs fair commuting and has the planner plan it")
    public void makesAFairVariant() {
        Api.Answer made = coordinator.post("/api/programmes/" + programme + "/variants",
                Map.of("name", "Eerlijker reizen"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        variant = made.json().get("id").asLong();
        Api.Answer weighed = coordinator.put("/api/programmes/" + programme + "/variants/" + variant + "/weights",
                Map.of("version", made.json().get("version").asInt(),
                        "weights", Map.of("Oneerlijk verdeelde reisafstand", "0hard/0medium/100soft")));
        assertThat(weighed.status()).as(weighed.body()).isEqualTo(200);
        Journey.solveUntilUsable(coordinator, variant);
    }

    @Then("the variant's explanation scores the fairness rule")
    public void theVariantScoresTheFairnessRule() {
        JsonNode rules = coordinator.get("/api/programmes/" + variant + "/explanation?lang=en").json().get("rules");
        assertThat(rules.findValuesAsText("title")).contains("Unfair commute");
        JsonNode draftRules = coordinator.get("/api/programmes/" + programme + "/explanation?lang=en").json()
                .get("rules");
        assertThat(draftRules.findValuesAsText("title")).as("off in the draft").doesNotContain("Unfair commute");
    }

    @Then("comparing the variant with the draft gives the fairness figures of both plans")
    public void theComparisonGivesTheFairnessFigures() {
        Api.Answer compared = coordinator.get("/api/programmes/" + programme + "/variants/" + variant
                + "/compare?with=draft&lang=en");
        assertThat(compared.status()).as(compared.body()).isEqualTo(200);
        JsonNode fairness = compared.json().get("fairness");
        JsonNode draft = coordinator.get("/api/programmes/" + programme + "/fairness").json().get("spread");
        JsonNode fair = coordinator.get("/api/programmes/" + variant + "/fairness").json().get("spread");
        assertThat(fairness.get("there").get("totalKm").asLong()).isEqualTo(draft.get("totalKm").asLong());
        assertThat(fairness.get("there").get("totalP90Km").asLong()).isEqualTo(draft.get("p90").asLong());
        assertThat(fairness.get("here").get("totalKm").asLong()).isEqualTo(fair.get("totalKm").asLong());
        assertThat(fairness.get("here").get("totalMaxKm").asLong()).isEqualTo(fair.get("max").asLong());
    }

    private JsonNode placements(long id) {
        // The board's API in one page: the 37 participants of the Brabant programme fit in 200.
        Api.Answer answer = coordinator.get("/api/programmes/" + id + "/placements?size=200");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("placements");
    }
}
