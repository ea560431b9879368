package nl.doorstroom.scenarios.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Publishing tells the participants and hosts it concerns. The journeys' application has no mail server, so
 * every message is read where the coordinator reads it: the kept messages ("Verzonden berichten", /api/mail).
 */
public class NoticeSteps {

    private final String domain = UUID.randomUUID().toString().substring(0, 8) + ".deelnemer.example.nl";
    private Api coordinator;
    private long programme;
    private final List<String> participants = new ArrayList<>();
    private String hostCode;
    private String contact;
    private JsonNode declaration;
    private JsonNode published;

    @Given("the Brabant programme with the participants' e-mail addresses, imported by a coordinator")
    public void theBrabantProgrammeWithAddresses() {
        coordinator = Journey.newCoordinator();
        Map<String, byte[]> files = new LinkedHashMap<>(Journey.demoFiles("brabant-trainees"));
        String[] lines = new String(files.get("participants.csv"), StandardCharsets.UTF_8).split("\n");
        StringBuilder withAddresses = new StringBuilder(lines[0].strip()).append(",email\n");
        for (int i = 1; i < lines.length; i++) {
            String id = lines[i].substring(0, lines[i].indexOf(','));
            participants.add(id);
            withAddresses.append(lines[i].strip()).append(',').append(address(id)).append('\n');
        }
        files.put("participants.csv", withAddresses.toString().getBytes(StandardCharsets.UTF_8));
        Api.Answer imported = coordinator.upload("/api/programmes", files);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        programme = imported.json().get("id").asLong();
    }

    @Given("the host with the most places in the first period has a contact address")
    public void theHostHasAContact() {
        String first = coordinator.get("/api/programmes/" + programme + "/periods").json().get(0).get("id").asText();
        for (JsonNode d : coordinator.get("/api/programmes/" + programme + "/capacity").json()) {
            if (d.get("periodId").asText().equals(first) && d.get("discipline").asText().isEmpty()
                    && (declaration == null || d.get("max").asInt() > declaration.get("max").asInt())) {
                declaration = d;
            }
        }
        assertThat(declaration).as("an open place in " + first).isNotNull();
        hostCode = declaration.get("hostCode").asText();
        contact = "planning-" + hostCode.toLowerCase() + "@" + domain;
        Api.Answer added = coordinator.post("/api/organisations/" + hostCode + "/contacts", Map.of("email", contact));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    @Given("the coordinator has had the planner make a usable plan")
    public void aUsablePlan() {
        Journey.solveUntilUsable(coordinator, programme);
    }

    @When("the coordinator publishes the plan with these addresses")
    public void publishes() {
        published = Journey.publish(coordinator, programme);
    }

    @When("the coordinator publishes again without changing anything")
    public void publishesAgain() {
        published = Journey.publish(coordinator, programme);
    }

    @Then("the answer says all {int} participants and the host's contact were told")
    public void everyoneWasTold(int count) {
        assertThat(participants).hasSize(count);
        assertThat(published.get("toldParticipants").asInt()).isEqualTo(count);
        // other journeys may have added contacts to the same host
        assertThat(published.get("toldHostContacts").asInt()).isPositive();
    }

    @Then("every participant has a message with their placements and a calendar file")
    public void everyParticipantHasAMessage() {
        Map<String, JsonNode> messages = messagesTo(domain);
        for (String id : participants) {
            JsonNode message = messages.get(address(id));
            assertThat(message).as("a message to " + id).isNotNull();
            assertThat(message.get("subject").asText()).startsWith("Uw plaatsingen in ").endsWith("(versie 1)");
            assertThat(message.get("body").asText()).contains("Uw plaatsingen daarin:", "(gewijzigd)");
            assertThat(message.get("attachments")).extracting(JsonNode::asText).containsExactly("doorstroom.ics");
        }
    }

    @Then("the host's contact has a message saying who comes, with a calendar file")
    public void theHostsContactHasAMessage() {
        JsonNode message = messagesTo(domain).get(contact);
        assertThat(message).isNotNull();
        assertThat(message.get("subject").asText()).startsWith("Wie er bij ").endsWith("(versie 1)");
        assertThat(message.get("body").asText()).contains("Wie er volgens deze versie bij u komt:");
        assertThat(message.get("attachments")).extracting(JsonNode::asText)
                .containsExactly("doorstroom-" + hostCode + ".ics");
    }

    @Then("the answer says nobody was told")
    public void nobodyWasTold() {
        assertThat(published.get("number").asInt()).isEqualTo(2);
        assertThat(published.get("toldParticipants").asInt()).isZero();
        assertThat(published.get("toldHostContacts").asInt()).isZero();
        assertThat(messagesTo(domain).values()).noneMatch(m -> m.get("subject").asText().endsWith("(versie 2)"));
    }

    @When("the coordinator gives that host one more place in the first period")
    public void oneMorePlace() {
        Map<String, Object> change = new HashMap<>();
        change.put("version", declaration.get("version").asInt());
        change.put("discipline", "");
        change.put("min", declaration.get("min").asInt());
        change.put("max", declaration.get("max").asInt() + 1);
        change.put("maxSalaryScale", declaration.path("maxSalaryScale").isNumber()
                ? declaration.get("maxSalaryScale").asInt() : null);
        Api.Answer changed = coordinator.put("/api/programmes/" + programme + "/capacity/"
                + declaration.get("id").asLong(), change);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    @Then("the host's contact has a message with the capacity it had and has now")
    public void theHostIsToldOfItsCapacity() {
        JsonNode message = messagesTo(domain).get(contact);
        assertThat(message.get("subject").asText()).startsWith("Uw capaciteit in ");
        int max = declaration.get("max").asInt();
        assertThat(message.get("body").asText()).contains("maximaal " + max + " plaatsen",
                "Nu: minimaal " + declaration.get("min").asInt() + ", maximaal " + (max + 1) + " plaatsen");
    }

    private String address(String participantId) {
        return participantId.toLowerCase() + "@" + domain;
    }

    /** The newest kept message to each address of this journey's domain. */
    private Map<String, JsonNode> messagesTo(String domain) {
        Api.Answer mail = coordinator.get("/api/mail?limit=200");
        assertThat(mail.status()).as(mail.body()).isEqualTo(200);
        Map<String, JsonNode> newest = new HashMap<>();
        for (JsonNode message : mail.json()) {
            String to = message.get("recipient").asText();
            if (to.endsWith("@" + domain)) {
                newest.putIfAbsent(to, message);
            }
        }
        return newest;
    }
}
