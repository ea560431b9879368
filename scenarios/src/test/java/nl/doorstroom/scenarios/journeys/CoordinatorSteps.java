package nl.doorstroom.scenarios.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

public class CoordinatorSteps {

    private Api coordinator;
    private long programme;
    private JsonNode board;
    private JsonNode explanation;
    private String recommendedHost;
    private JsonNode moved;
    private String movedParticipant;
    private String movedPeriod;
    private final Map<String, String> beforeReplan = new HashMap<>();
    private JsonNode version;

    @Given("a coordinator")
    public void aCoordinator() {
        coordinator = Journey.newCoordinator();
    }

    @When("the coordinator imports the programme files of {string}")
    public void importsTheProgrammeFilesOf(String name) {
        programme = Journey.importDemo(coordinator, name);
    }

    @Then("the programme {string} is stored with {int} participants in {int} periods")
    public void theProgrammeIsStored(String name, int participants, int periods) {
        JsonNode stored = coordinator.get("/api/programmes/" + programme).json();
        assertThat(stored.get("name").asText()).isEqualTo(name);
        assertThat(stored.get("participants").asInt()).isEqualTo(participants);
        assertThat(stored.get("periodCount").asInt()).isEqualTo(periods);
    }

    @When("the coordinator has the planner make a plan")
    public void makesAPlan() {
        Journey.solveUntilUsable(coordinator, programme);
    }

    @Then("the plan is usable and every participant has a host in every period")
    public void thePlanIsUsableAndComplete() {
        board = board();
        assertThat(board.get("usable").asBoolean()).as(board.get("score").asText()).isTrue();
        JsonNode stored = coordinator.get("/api/programmes/" + programme).json();
        assertThat(board.get("placements")).hasSize(stored.get("participants").asInt() * stored.get("periodCount").asInt());
        board.get("placements").forEach(placement -> assertThat(placement.get("host").isNull())
                .as(placement.toString()).isFalse());
    }

    @When("the coordinator asks why {word} is placed where they are in {word}")
    public void asksWhy(String participant, String period) {
        Api.Answer answer = coordinator.get("/api/programmes/" + programme + "/placements/" + participant + "/"
                + period + "/explanation?lang=en");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        explanation = answer.json();
    }

    @Then("the answer names {word}'s host in {word} and gives the reasons in words")
    public void theAnswerNamesTheHost(String participant, String period) {
        JsonNode placement = Journey.boardPlacement(coordinator, programme, participant, period);
        assertThat(explanation.get("participant").asText()).isEqualTo(participant);
        assertThat(explanation.get("period").asText()).isEqualTo(period);
        assertThat(explanation.get("host").get("code").asText()).isEqualTo(placement.get("host").get("code").asText());
        assertThat(explanation.get("host").get("name").asText()).isNotBlank();
        assertThat(explanation.get("breaches")).as(explanation.toString()).isNotEmpty();
        explanation.get("breaches").forEach(reason -> assertThat(reason.get("text").asText())
                .as(reason.toString()).matches(".*\\p{L}+ \\p{L}+.*"));
    }

    @When("the coordinator moves a placement in {word} to a recommended host that keeps the plan usable")
    public void movesToARecommendedHost(String period) {
        // Not every placement has another host that keeps the plan usable; take the first that has.
        for (JsonNode placement : board().get("placements")) {
            if (!placement.get("period").asText().equals(period)) {
                continue;
            }
            String participant = placement.get("participant").asText();
            String path = "/api/programmes/" + programme + "/placements/" + participant + "/" + period;
            Api.Answer recommendations = coordinator.get(path + "/recommendations");
            assertThat(recommendations.status()).as(recommendations.body()).isEqualTo(200);
            for (JsonNode recommendation : recommendations.json()) {
                if (recommendation.get("usableAfter").asBoolean()) {
                    recommendedHost = recommendation.get("host").get("code").asText();
                    assertThat(recommendedHost).isNotEqualTo(hostCode(placement));
                    Api.Answer move = coordinator.put(path, Map.of("host", recommendedHost,
                            "version", placement.get("version").asInt()));
                    assertThat(move.status()).as(move.body()).isEqualTo(200);
                    moved = move.json();
                    movedParticipant = participant;
                    movedPeriod = period;
                    return;
                }
            }
        }
        throw new AssertionError("no placement in " + period + " has a recommended host that keeps the plan usable");
    }

    @Then("the placement is at that host, pinned, and the plan is still usable")
    public void isPlacedThere() {
        assertThat(moved.get("usable").asBoolean()).as(moved.toString()).isTrue();
        JsonNode placement = Journey.boardPlacement(coordinator, programme, movedParticipant, movedPeriod);
        assertThat(placement.get("host").get("code").asText()).isEqualTo(recommendedHost);
        assertThat(placement.get("pinned").asBoolean()).isTrue();
        assertThat(board().get("usable").asBoolean()).isTrue();
    }

    @When("the coordinator re-plans with today being {word}, in the second period")
    public void replans(String today) {
        board().get("placements").forEach(p -> beforeReplan.put(key(p), hostCode(p)));
        Api.Answer replan = coordinator.post("/api/programmes/" + programme + "/replan",
                Map.of("seconds", 5, "today", today));
        assertThat(replan.status()).as(replan.body()).isEqualTo(202);
        JsonNode job = Journey.awaitEnd(coordinator, programme);
        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        if (!job.path("usable").asBoolean()) {
            Journey.solveUntilUsable(coordinator, programme);
        }
    }

    @Then("the placements of the started periods are unchanged and pinned:")
    public void startedPeriodsUnchanged(List<String> periods) {
        List<String> started = periods.subList(1, periods.size()); // the header
        int checked = 0;
        for (JsonNode placement : board().get("placements")) {
            if (started.contains(placement.get("period").asText())) {
                assertThat(hostCode(placement)).as(key(placement)).isEqualTo(beforeReplan.get(key(placement)));
                assertThat(placement.get("pinned").asBoolean()).as(key(placement)).isTrue();
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Then("the moved placement is still at the recommended host")
    public void stillAtTheRecommendedHost() {
        JsonNode placement = Journey.boardPlacement(coordinator, programme, movedParticipant, movedPeriod);
        assertThat(placement.get("host").get("code").asText()).isEqualTo(recommendedHost);
    }

    @Then("the plan is usable")
    public void thePlanIsUsable() {
        assertThat(board().get("usable").asBoolean()).isTrue();
    }

    @When("the coordinator publishes the plan")
    public void publishes() {
        version = Journey.publish(coordinator, programme);
    }

    @Then("version {int} is published with every placement of the plan")
    public void versionIsPublished(int number) {
        assertThat(version.get("number").asInt()).isEqualTo(number);
        JsonNode draft = board();
        Map<String, String> planned = new HashMap<>();
        draft.get("placements").forEach(p -> planned.put(key(p), hostCode(p)));
        Map<String, String> published = new HashMap<>();
        Journey.publishedVersion(coordinator, programme, number).get("placements").forEach(p -> published.put(
                p.get("participantId").asText() + "@" + p.get("periodId").asText(), p.get("hostCode").asText()));
        assertThat(published).isEqualTo(planned);
        Api.Answer versions = coordinator.get("/api/programmes/" + programme + "/versions");
        assertThat(versions.json()).hasSize(1);
    }

    private JsonNode board() {
        Api.Answer answer = coordinator.get("/api/programmes/" + programme + "/placements");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static String key(JsonNode placement) {
        return placement.get("participant").asText() + "@" + placement.get("period").asText();
    }

    private static String hostCode(JsonNode placement) {
        return placement.get("host").isNull() ? null : placement.get("host").get("code").asText();
    }
}
