package nl.doorstroom.scenarios.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

public class HostSteps {

    private long programme;
    private String hostCode;
    private Api host;
    private JsonNode declared;
    private JsonNode otherBefore;
    private int publishedVersion;

    @Given("a host account for the {}, {word}")
    public void aHostAccountFor(String name, String code) {
        programme = Journey.sharedBrabant();
        hostCode = code;
        host = Journey.newHost(code);
        JsonNode organisation = Journey.sharedCoordinator().get("/api/organisations/" + code).json();
        assertThat(organisation.get("name").asText()).isEqualTo(name);
    }

    @When("the host declares capacity for {word}:")
    public void declaresCapacity(String period, List<Map<String, String>> declarations) {
        Map<String, String> declaration = declarations.get(0);
        Map<String, Object> body = new HashMap<>();
        body.put("period", period);
        body.put("discipline", declaration.get("discipline"));
        body.put("min", Integer.valueOf(declaration.get("min")));
        body.put("max", Integer.valueOf(declaration.get("max")));
        Api.Answer created = host.post("/api/programmes/" + programme + "/capacity", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        declared = created.json();
        assertThat(declared.get("hostCode").asText()).isEqualTo(hostCode);
    }

    @Then("the host's declarations in the programme include {word} {string} with min {int} and max {int}")
    public void theHostsDeclarationsInclude(String period, String discipline, int min, int max) {
        Api.Answer own = host.get("/api/programmes/" + programme + "/capacity");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        JsonNode found = null;
        for (JsonNode declaration : own.json()) {
            assertThat(declaration.get("hostCode").asText()).as("only its own declarations").isEqualTo(hostCode);
            if (declaration.get("id").asLong() == declared.get("id").asLong()) {
                found = declaration;
            }
        }
        assertThat(found).as(own.body()).isNotNull();
        assertThat(found.get("periodId").asText()).isEqualTo(period);
        assertThat(found.get("discipline").asText()).isEqualTo(discipline);
        assertThat(found.get("min").asInt()).isEqualTo(min);
        assertThat(found.get("max").asInt()).isEqualTo(max);
    }

    @Then("the coordinator sees the same declaration for {word}")
    public void theCoordinatorSeesIt(String code) {
        JsonNode all = Journey.sharedCoordinator().get("/api/programmes/" + programme + "/capacity").json();
        boolean seen = false;
        for (JsonNode declaration : all) {
            if (declaration.get("id").asLong() == declared.get("id").asLong()) {
                assertThat(declaration).isEqualTo(declared);
                assertThat(declaration.get("hostCode").asText()).isEqualTo(code);
                seen = true;
            }
        }
        assertThat(seen).isTrue();
    }

    @When("the coordinator has the plan made again and publishes it")
    public void theCoordinatorPublishes() {
        publishedVersion = Journey.publishSharedBrabant().get("number").asInt();
    }

    @Then("the host sees, per period, exactly the participants the published version places at {word}")
    public void theHostSeesItsIncoming(String code) {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (JsonNode placement : Journey.publishedVersion(Journey.sharedCoordinator(), programme, publishedVersion)
                .get("placements")) {
            if (code.equals(placement.get("hostCode").asText())) {
                expected.computeIfAbsent(placement.get("periodId").asText(), period -> new TreeSet<>())
                        .add(placement.get("participantName").asText());
            }
        }
        assertThat(expected).as("PV30 receives participants in the published plan").isNotEmpty();

        Api.Answer incoming = host.get("/api/hosts/me/incoming");
        assertThat(incoming.status()).as(incoming.body()).isEqualTo(200);
        Map<String, Set<String>> seen = new TreeMap<>();
        for (JsonNode ofProgramme : incoming.json()) {
            if (ofProgramme.get("programmeId").asLong() != programme) {
                continue;
            }
            assertThat(ofProgramme.get("version").asInt()).isEqualTo(publishedVersion);
            for (JsonNode period : ofProgramme.get("periods")) {
                for (JsonNode person : period.get("participants")) {
                    seen.computeIfAbsent(period.get("periodId").asText(), p -> new TreeSet<>())
                            .add(person.get("name").asText());
                }
            }
        }
        assertThat(seen).isEqualTo(expected);
    }

    @When("the host changes the declaration of {word} for {word} to max {int}")
    public void changesAnotherHostsDeclaration(String otherHost, String period, int max) {
        otherBefore = declarationOf(otherHost, period);
        SharedProgrammeSteps.lastAnswer = host.put("/api/programmes/" + programme + "/capacity/"
                + otherBefore.get("id").asLong(), Map.of("version", otherBefore.get("version").asInt(),
                        "min", otherBefore.get("min").asInt(), "max", max));
    }

    @When("the host withdraws the declaration of {word} for {word}")
    public void withdrawsAnotherHostsDeclaration(String otherHost, String period) {
        otherBefore = declarationOf(otherHost, period);
        SharedProgrammeSteps.lastAnswer = host.delete("/api/programmes/" + programme + "/capacity/"
                + otherBefore.get("id").asLong() + "?version=" + otherBefore.get("version").asInt());
    }

    @Then("the declaration of {word} for {word} is unchanged")
    public void theDeclarationIsUnchanged(String otherHost, String period) {
        assertThat(declarationOf(otherHost, period)).isEqualTo(otherBefore);
    }

    @When("the host asks for the capacity of a programme {word} takes no part in")
    public void asksForAnotherProgramme(String code) {
        long other = Journey.importDemo(Journey.sharedCoordinator(), "zuid-holland-pool");
        JsonNode declarations = Journey.sharedCoordinator().get("/api/programmes/" + other + "/capacity").json();
        declarations.forEach(d -> assertThat(d.get("hostCode").asText()).isNotEqualTo(code));
        SharedProgrammeSteps.lastAnswer = host.get("/api/programmes/" + other + "/capacity");
    }

    /** The general (no discipline) declaration of a host for a period, as the coordinator reads it. */
    private JsonNode declarationOf(String code, String period) {
        for (JsonNode declaration : Journey.sharedCoordinator().get("/api/programmes/" + programme + "/capacity")
                .json()) {
            if (declaration.get("hostCode").asText().equals(code) && declaration.get("periodId").asText().equals(period)
                    && (declaration.get("discipline").isNull() || declaration.get("discipline").asText().isEmpty())) {
                return declaration;
            }
        }
        throw new AssertionError("no declaration of " + code + " for " + period);
    }
}
