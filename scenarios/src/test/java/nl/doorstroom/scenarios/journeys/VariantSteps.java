package nl.doorstroom.scenarios.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** A coordinator tries one more place at a host in a what-if variant, and adopts it. */
public class VariantSteps {

    private Api coordinator;
    private long programme;
    private long variant;
    private Map<String, String> draftBefore;
    private String hostCode;
    private String period;
    private int maxBefore;
    private JsonNode comparison;

    @Given("a coordinator with a usable plan of the Brabant programme")
    public void aCoordinatorWithAUsablePlan() {
        coordinator = Journey.newCoordinator();
        programme = Journey.importDemo(coordinator, "brabant-trainees");
        Journey.solveUntilUsable(coordinator, programme);
        draftBefore = hosts(programme);
    }

    @When("the coordinator makes a variant {string} of the draft")
    public void makesAVariant(String name) {
        Api.Answer made = coordinator.post("/api/programmes/" + programme + "/variants", Map.of("name", name));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("name").asText()).isEqualTo(name);
        variant = made.json().get("id").asLong();
        assertThat(hosts(variant)).as("a copy of the draft").isEqualTo(draftBefore);
    }

    /** The host whose general place in the period is fullest in the draft, so one more place can make a difference. */
    @When("gives the busiest host in {word} one more place in the variant")
    public void givesTheBusiestHostOneMorePlace(String periodId) {
        period = periodId;
        Map<String, Integer> placed = new HashMap<>();
        draftBefore.forEach((placement, host) -> {
            if (placement.endsWith("@" + periodId) && host != null) {
                placed.merge(host, 1, Integer::sum);
            }
        });
        JsonNode busiest = null;
        for (JsonNode declaration : coordinator.get("/api/programmes/" + variant + "/capacity").json()) {
            if (declaration.get("periodId").asText().equals(periodId)
                    && declaration.get("discipline").asText().isEmpty()
                    && (busiest == null || room(declaration, placed) < room(busiest, placed))) {
                busiest = declaration;
            }
        }
        assertThat(busiest).as("a host with a place for any discipline in " + periodId).isNotNull();
        hostCode = busiest.get("hostCode").asText();
        maxBefore = busiest.get("max").asInt();
        Api.Answer changed = coordinator.put("/api/programmes/" + variant + "/capacity/" + busiest.get("id").asLong(),
                Map.of("version", busiest.get("version").asInt(), "min", busiest.get("min").asInt(),
                        "max", maxBefore + 1));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    @Then("the draft still gives that host the places it had")
    public void theDraftStillHasTheHostsPlaces() {
        assertThat(max(programme)).isEqualTo(maxBefore);
        assertThat(max(variant)).isEqualTo(maxBefore + 1);
        assertThat(hosts(programme)).isEqualTo(draftBefore);
    }

    @Then("that host does not see the variant")
    public void thatHostDoesNotSeeTheVariant() {
        Api host = Journey.newHost(hostCode);
        JsonNode programmes = host.get("/api/programmes").json();
        assertThat(programmes.findValuesAsText("id")).contains(String.valueOf(programme))
                .doesNotContain(String.valueOf(variant));
        assertThat(host.get("/api/programmes/" + variant).status()).isEqualTo(404);
        assertThat(host.get("/api/programmes/" + variant + "/capacity").status()).isEqualTo(404);
    }

    @When("the coordinator has the planner make a plan of the variant")
    public void makesAPlanOfTheVariant() {
        Journey.solveUntilUsable(coordinator, variant);
    }

    @Then("the variant's plan is usable")
    public void theVariantsPlanIsUsable() {
        assertThat(coordinator.get("/api/programmes/" + variant + "/placements").json().get("usable").asBoolean())
                .isTrue();
        assertThat(hosts(programme)).as("solving the variant leaves the draft alone").isEqualTo(draftBefore);
    }

    @When("the coordinator compares the variant with the draft")
    public void comparesWithTheDraft() {
        Api.Answer compared = coordinator.get("/api/programmes/" + programme + "/variants/" + variant
                + "/compare?with=draft&lang=en");
        assertThat(compared.status()).as(compared.body()).isEqualTo(200);
        comparison = compared.json();
    }

    @Then("the comparison gives the penalty of every rule for the variant and for the draft")
    public void theComparisonGivesEveryRule() {
        JsonNode rules = comparison.get("rules");
        assertThat(rules.findValuesAsText("title")).contains("Host capacity exceeded", "Long commute",
                "Too few layers of government");
        rules.forEach(rule -> assertThat(rule.has("penaltyHere") && rule.has("penaltyThere")).as(rule.toString())
                .isTrue());
        assertThat(comparison.get("here").get("usable").asBoolean()).isTrue();
        assertThat(comparison.get("there").get("kind").asText()).isEqualTo("DRAFT");
    }

    @Then("it shows the host's extra place in {word}")
    public void itShowsTheExtraPlace(String periodId) {
        assertThat(comparison.get("capacity")).hasSize(1);
        JsonNode slot = comparison.get("capacity").get(0);
        assertThat(slot.get("host").asText()).isEqualTo(hostCode);
        assertThat(slot.get("period").asText()).isEqualTo(periodId);
        assertThat(slot.get("here").get("max").asInt()).isEqualTo(maxBefore + 1);
        assertThat(slot.get("there").get("max").asInt()).isEqualTo(maxBefore);
    }

    @Then("it lists each placement whose host differs, with the host in the variant and in the draft")
    public void itListsEachPlacementThatDiffers() {
        Map<String, String> inVariant = hosts(variant);
        Map<String, String> inDraft = hosts(programme);
        Map<String, String> listed = new HashMap<>();
        comparison.get("placements").forEach(p -> {
            String key = p.get("participantId").asText() + "@" + p.get("periodId").asText();
            listed.put(key, text(p.get("hostHere")) + " instead of " + text(p.get("hostThere")));
        });
        Map<String, String> expected = new HashMap<>();
        inVariant.forEach((key, host) -> {
            if (!Objects.equals(host, inDraft.get(key))) {
                expected.put(key, host + " instead of " + inDraft.get(key));
            }
        });
        assertThat(listed).isEqualTo(expected);
    }

    @When("the coordinator adopts the variant with what the comparison showed")
    public void adoptsTheVariant() {
        Api.Answer adopted = adopt();
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        assertThat(adopted.json().get("usable").asBoolean()).isTrue();
    }

    @Then("the draft has the variant's placements and the host's extra place")
    public void theDraftHasTheVariantsPlacements() {
        assertThat(hosts(programme)).isEqualTo(hosts(variant));
        assertThat(max(programme)).isEqualTo(maxBefore + 1);
        assertThat(coordinator.get("/api/programmes/" + programme + "/placements").json().get("score").asText())
                .isEqualTo(comparison.get("here").get("score").asText());
    }

    @Then("adopting the variant again with what that comparison showed is refused, changing nothing")
    public void adoptingAgainIsRefused() {
        Map<String, String> draft = hosts(programme);
        Api.Answer again = adopt();
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("urn:doorstroom:stale-edit");
        assertThat(hosts(programme)).isEqualTo(draft);
    }

    private Api.Answer adopt() {
        return coordinator.post("/api/programmes/" + programme + "/variants/" + variant + "/adopt",
                Map.of("draftRevision", comparison.get("there").get("revision").asLong(),
                        "variantRevision", comparison.get("here").get("revision").asLong()));
    }

    /** Each placement's host on the board of the draft or a variant, by participant@period. */
    private Map<String, String> hosts(long id) {
        Api.Answer board = coordinator.get("/api/programmes/" + id + "/placements");
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        Map<String, String> hosts = new HashMap<>();
        board.json().get("placements").forEach(p -> hosts.put(p.get("participant").asText() + "@"
                + p.get("period").asText(), p.get("host").isNull() ? null : p.get("host").get("code").asText()));
        return hosts;
    }

    private int max(long id) {
        for (JsonNode declaration : coordinator.get("/api/programmes/" + id + "/capacity").json()) {
            if (declaration.get("hostCode").asText().equals(hostCode) && declaration.get("periodId").asText()
                    .equals(period) && declaration.get("discipline").asText().isEmpty()) {
                return declaration.get("max").asInt();
            }
        }
        throw new AssertionError("no declaration of " + hostCode + " in " + period + " in programme " + id);
    }

    private static int room(JsonNode declaration, Map<String, Integer> placed) {
        return declaration.get("max").asInt() - placed.getOrDefault(declaration.get("hostCode").asText(), 0);
    }

    private static String text(JsonNode host) {
        return host == null || host.isNull() ? "null" : host.asText();
    }
}
