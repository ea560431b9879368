package nl.doorstroom.scenarios.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

public class ParticipantSteps {

    private long programme;
    private int publishedVersion;
    private String participantId;
    private Api participant;
    private String draftHost;
    private String draftPeriod;
    private JsonNode placements;
    private String calendar;

    @Given("the coordinator has published it")
    public void theCoordinatorHasPublishedIt() {
        programme = Journey.sharedBrabant();
        publishedVersion = Journey.publishSharedBrabant().get("number").asInt();
    }

    @Given("a participant account for {word}")
    public void aParticipantAccountFor(String id) {
        participantId = id;
        participant = Journey.newParticipant(programme, id);
    }

    @Given("a participant whose placement the coordinator has since moved to another host in the draft")
    public void aParticipantWhoseDraftChanged() {
        Api coordinator = Journey.sharedCoordinator();
        // Not every placement has a host to go to that keeps the plan usable; take the first that has.
        for (JsonNode placement : coordinator.get("/api/programmes/" + programme + "/placements").json()
                .get("placements")) {
            String path = "/api/programmes/" + programme + "/placements/" + placement.get("participant").asText()
                    + "/" + placement.get("period").asText();
            for (JsonNode recommendation : coordinator.get(path + "/recommendations").json()) {
                if (recommendation.get("usableAfter").asBoolean()) {
                    draftHost = recommendation.get("host").get("code").asText();
                    draftPeriod = placement.get("period").asText();
                    Api.Answer moved = coordinator.put(path, Map.of("host", draftHost,
                            "version", placement.get("version").asInt()));
                    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
                    aParticipantAccountFor(placement.get("participant").asText());
                    assertThat(published().get(draftPeriod).get("hostCode").asText())
                            .as("the published host differs from the draft").isNotEqualTo(draftHost);
                    return;
                }
            }
        }
        throw new AssertionError("no placement can move to another host and keep the plan usable");
    }

    @When("the participant asks for their placements")
    public void asksForTheirPlacements() {
        Api.Answer answer = participant.get("/api/me/placements");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        placements = answer.json();
    }

    @Then("they see one placement per period, each at the host of the published version")
    public void theySeeThePublishedPlacements() {
        Map<String, JsonNode> published = published();
        Map<String, String> seen = new TreeMap<>();
        for (JsonNode placement : placements) {
            String period = placement.get("periodId").asText();
            seen.put(period, placement.get("hostCode").asText());
            assertThat(placement.get("hostName").asText()).isEqualTo(published.get(period).get("hostName").asText());
            assertThat(placement.get("start").asText()).isEqualTo(published.get(period).get("start").asText());
        }
        Map<String, String> expected = new TreeMap<>();
        published.forEach((period, placement) -> expected.put(period, placement.get("hostCode").asText()));
        assertThat(placements).hasSize(published.size());
        assertThat(seen).isEqualTo(expected);
    }

    @Then("none of them is the draft's new host")
    public void noneIsTheDraftHost() {
        for (JsonNode placement : placements) {
            if (placement.get("periodId").asText().equals(draftPeriod)) {
                assertThat(placement.get("hostCode").asText()).isNotEqualTo(draftHost);
            }
        }
    }

    @When("the participant downloads their calendar")
    public void downloadsTheirCalendar() {
        Api.Answer answer = participant.get("/api/me/calendar.ics");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        calendar = answer.body();
    }

    @Then("the calendar has one event per placement, named after their hosts, and nobody else's")
    public void theCalendarHasTheirHostsOnly() {
        String unfolded = calendar.replace("\r\n ", "").replace("\r\n\t", "");
        List<String> summaries = new ArrayList<>();
        for (String line : unfolded.split("\r\n")) {
            if (line.startsWith("SUMMARY")) {
                summaries.add(line.substring(line.indexOf(':') + 1).replace("\\,", ",").replace("\\;", ";")
                        .replace("\\\\", "\\"));
            }
        }
        List<String> ownHosts = new ArrayList<>();
        placements.forEach(placement -> ownHosts.add(placement.get("hostName").asText()));
        assertThat(summaries).containsExactlyInAnyOrderElementsOf(ownHosts);
        for (JsonNode other : Journey.publishedVersion(Journey.sharedCoordinator(), programme, publishedVersion)
                .get("placements")) {
            if (!other.get("participantId").asText().equals(participantId)) {
                assertThat(unfolded).doesNotContain(other.get("participantName").asText());
            }
        }
    }

    @When("the participant asks for the placements of {word}")
    public void asksForThePlacementsOf(String other) {
        SharedProgrammeSteps.lastAnswer = participant.get("/api/programmes/" + programme + "/participants/" + other
                + "/placements");
    }

    @When("the participant asks for the details of {word}")
    public void asksForTheDetailsOf(String other) {
        SharedProgrammeSteps.lastAnswer = participant.get("/api/programmes/" + programme + "/participants/" + other);
    }

    @When("the participant asks for the participants of the programme")
    public void asksForTheParticipants() {
        SharedProgrammeSteps.lastAnswer = participant.get("/api/programmes/" + programme + "/participants");
    }

    @When("the participant asks for the draft plan of the programme")
    public void asksForTheDraft() {
        SharedProgrammeSteps.lastAnswer = participant.get("/api/programmes/" + programme + "/placements");
    }

    /** This participant's placements in the published version, by period. */
    private Map<String, JsonNode> published() {
        Map<String, JsonNode> own = new HashMap<>();
        for (JsonNode placement : Journey.publishedVersion(Journey.sharedCoordinator(), programme, publishedVersion)
                .get("placements")) {
            if (placement.get("participantId").asText().equals(participantId)) {
                own.put(placement.get("periodId").asText(), placement);
            }
        }
        assertThat(own).isNotEmpty();
        return own;
    }
}
