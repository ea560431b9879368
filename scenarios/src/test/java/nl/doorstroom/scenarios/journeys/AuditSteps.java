package nl.doorstroom.scenarios.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** A coordinator reads the changes other coordinators made, narrowed to a host, a participant or a person. */
public class AuditSteps {

    private Api coordinator;
    private Api second;
    private String secondName;
    private long programme;
    private String hostCode;
    private int maxBefore;
    private String nameBefore;
    private JsonNode read;

    @Given("the Brabant programme, imported by a coordinator")
    public void theBrabantProgramme() {
        coordinator = Journey.newCoordinator();
        programme = Journey.importDemo(coordinator, "brabant-trainees");
    }

    @Given("a second coordinator who gives a host one more place in the first period")
    public void aSecondCoordinatorGivesAHostOneMorePlace() {
        secondName = "tweede-" + programme;
        RunningApplication.accounts().createCoordinator(secondName, "journey-secret-" + secondName);
        second = Api.as(secondName, "journey-secret-" + secondName);
        String first = coordinator.get("/api/programmes/" + programme + "/periods").json().get(0).get("id").asText();
        JsonNode declaration = null;
        for (JsonNode d : coordinator.get("/api/programmes/" + programme + "/capacity").json()) {
            if (d.get("periodId").asText().equals(first)) {
                declaration = d;
                break;
            }
        }
        assertThat(declaration).as("a capacity declaration in " + first).isNotNull();
        hostCode = declaration.get("hostCode").asText();
        maxBefore = declaration.get("max").asInt();
        // everything as it was but the maximum
        Map<String, Object> change = new HashMap<>();
        change.put("version", declaration.get("version").asInt());
        change.put("discipline", declaration.path("discipline").asText(""));
        change.put("min", declaration.get("min").asInt());
        change.put("max", maxBefore + 1);
        change.put("maxSalaryScale", declaration.path("maxSalaryScale").isNumber()
                ? declaration.get("maxSalaryScale").asInt() : null);
        Api.Answer changed = second.put("/api/programmes/" + programme + "/capacity/" + declaration.get("id").asLong(),
                change);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    @Given("who corrects the name of participant {word} to {string}")
    public void whoCorrectsTheName(String participant, String name) {
        JsonNode before = second.get("/api/programmes/" + programme + "/participants/" + participant).json();
        nameBefore = before.get("name").asText();
        Api.Answer changed = second.patch("/api/programmes/" + programme + "/participants/" + participant,
                Map.of("version", before.get("version").asInt(), "name", name));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    @When("the first coordinator reads the changes made by the second coordinator")
    public void readsTheChangesOfTheSecond() {
        read = audit("user=" + secondName);
    }

    @When("the first coordinator reads the changes about that host")
    public void readsTheChangesAboutTheHost() {
        read = audit("host=" + hostCode);
    }

    @When("the first coordinator reads the changes about participant {word}")
    public void readsTheChangesAboutTheParticipant(String participant) {
        read = audit("participant=" + participant);
    }

    @Then("there are {int} changes, the renaming first and then the capacity change")
    public void thereAreChanges(int count) {
        assertThat(read.get("total").asInt()).isEqualTo(count);
        assertThat(descriptions()).containsExactly("Deelnemer gewijzigd", "Capaciteit gewijzigd");
        read.get("entries").forEach(e -> assertThat(e.get("user").asText()).isEqualTo(secondName));
    }

    @Then("only the capacity change is listed, saying in words the maximum it was and became")
    public void onlyTheCapacityChange() {
        assertThat(descriptions()).containsExactly("Capaciteit gewijzigd");
        assertThat(changes(read.get("entries").get(0)))
                .containsExactly("Maximum: " + maxBefore + " → " + (maxBefore + 1));
    }

    @Then("only the renaming is listed, with the name it was and the name {string}")
    public void onlyTheRenaming(String name) {
        assertThat(descriptions()).containsExactly("Deelnemer gewijzigd");
        assertThat(changes(read.get("entries").get(0))).containsExactly("Naam: " + nameBefore + " → " + name);
    }

    @Then("the download of the changes about that host holds that capacity change and no other")
    public void theDownloadHoldsTheChange() {
        Api.Answer csv = coordinator.get("/api/programmes/" + programme + "/audit.csv?host=" + hostCode);
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.body().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(secondName, "capacity.change", hostCode,
                "Maximum: " + maxBefore + " → " + (maxBefore + 1));
    }

    @Then("a host of the programme is refused the changes")
    public void aHostIsRefused() {
        Api host = Journey.newHost(hostCode);
        assertThat(host.get("/api/programmes/" + programme + "/audit").status()).isEqualTo(403);
        assertThat(host.get("/api/programmes/" + programme + "/audit.csv").status()).isEqualTo(403);
    }

    private JsonNode audit(String query) {
        Api.Answer answer = coordinator.get("/api/programmes/" + programme + "/audit?" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private List<String> descriptions() {
        List<String> descriptions = new ArrayList<>();
        read.get("entries").forEach(e -> descriptions.add(e.get("description").asText()));
        return descriptions;
    }

    private static List<String> changes(JsonNode entry) {
        List<String> changes = new ArrayList<>();
        entry.get("changes").forEach(c -> changes.add(c.get("label").asText() + ": " + c.get("before").asText()
                + " → " + c.get("after").asText()));
        return changes;
    }
}
