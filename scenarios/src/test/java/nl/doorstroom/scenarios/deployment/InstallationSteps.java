package nl.doorstroom.scenarios.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

public class InstallationSteps {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/password/[A-Za-z0-9_-]+");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private String coordinator;
    private String coordinatorPassword;
    private long programme;
    private HttpResponse<String> lastPage;
    private final Map<String, String> passwords = new LinkedHashMap<>();

    @Given("Doorstroom runs in production on an empty PostgreSQL database, with {string} as the first coordinator")
    public void runsInProduction(String firstCoordinator) {
        coordinator = firstCoordinator;
        Installation.start(firstCoordinator);
    }

    @Then("nobody can read the API description without signing in")
    public void apiDescriptionNeedsSignIn() {
        HttpResponse<String> docs = new Browser().open("/api-docs");
        assertThat(docs.uri().getPath()).isEqualTo("/login");
        assertThat(docs.body()).doesNotContain("\"openapi\"");
    }

    @When("the first coordinator chooses the password {string} through the link in the mail kept for them")
    public void firstCoordinatorChoosesPassword(String password) {
        String mail = Installation.latestMailTo(coordinator).orElseThrow(() -> new AssertionError("no mail kept"));
        choosePassword(link(mail), password);
        coordinatorPassword = password;
    }

    @Then("{string} signs in with {string} and sees {string}")
    public void signsInAndSees(String username, String password, String text) {
        Browser browser = new Browser();
        lastPage = browser.logIn(username, password);
        assertThat(lastPage.statusCode()).as(lastPage.uri().toString()).isEqualTo(200);
        assertThat(lastPage.uri().getPath()).isNotEqualTo("/login");
        assertThat(lastPage.body()).contains(text);
    }

    @When("the coordinator imports the programme files of {string}, with these e-mail addresses:")
    public void importsWithAddresses(String name, List<Map<String, String>> addresses) {
        Map<String, String> byParticipant = new LinkedHashMap<>();
        addresses.forEach(row -> byParticipant.put(row.get("participant"), row.get("email")));
        Map<String, byte[]> files = demoFiles(name);
        StringBuilder participants = new StringBuilder();
        for (String line : new String(files.get("participants.csv"), StandardCharsets.UTF_8).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String id = line.substring(0, line.indexOf(','));
            participants.append(line).append(',').append(id.equals("id") ? "email" : byParticipant.getOrDefault(id, ""))
                    .append('\n');
        }
        files.put("participants.csv", participants.toString().getBytes(StandardCharsets.UTF_8));
        JsonNode imported = upload("/api/programmes", files);
        programme = imported.get("id").asLong();
    }

    @When("the coordinator adds {string} as a contact of {word} and invites {word}")
    public void addsContactAndInvites(String email, String host, String invited) {
        api("POST", "/api/organisations/" + host + "/contacts", Map.of("email", email), 201);
        JsonNode report = api("POST", "/api/invitations/hosts", Map.of("organisations", List.of(invited)), 200);
        assertThat(report.get("invited").toString()).contains(email);
    }

    @When("the coordinator invites participant {word}")
    public void invitesParticipant(String participant) {
        JsonNode report = api("POST", "/api/invitations/participants",
                Map.of("programme", programme, "participants", List.of(participant)), 200);
        assertThat(report.get("invited")).hasSize(1);
    }

    @Then("the sent messages list an invitation to {string} and one to {string}")
    public void sentMessagesList(String first, String second) {
        Browser browser = new Browser();
        browser.logIn(coordinator, coordinatorPassword);
        HttpResponse<String> page = browser.open("/mail");
        assertThat(page.body()).contains("Verzonden berichten").contains(first).contains(second)
                .contains("Uitnodiging voor Doorstroom");
    }

    @When("{string} chooses the password {string} through the link in their invitation")
    public void choosesPasswordThroughInvitation(String email, String password) {
        JsonNode mails = api("GET", "/api/mail", null, 200);
        for (JsonNode mail : mails) {
            if (mail.get("recipient").asText().equals(email)) {
                choosePassword(link(mail.get("body").asText()), password);
                passwords.put(email, password);
                return;
            }
        }
        throw new AssertionError("no mail to " + email);
    }

    @Then("{string} gets 403 Forbidden for the coordinator's programme list")
    public void forbiddenForProgrammes(String email) {
        Browser browser = new Browser();
        browser.logIn(email, passwords.get(email));
        HttpResponse<String> refused = browser.open("/programmes");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Geen toegang");
    }

    @When("{string} signs in through the province's identity provider, which vouches for that address")
    public void signsInThroughProvider(String email) {
        Installation.identityProvider().enqueueCallback(new DefaultOAuth2TokenCallback(Installation.PROVIDER,
                UUID.randomUUID().toString(), JOSEObjectType.JWT.getType(), List.of("doorstroom"),
                Map.of("email", email, "email_verified", true), 3600));
        Browser browser = new Browser();
        assertThat(browser.open("/login").body()).contains("Inloggen met Provincie Noord-Brabant");
        lastPage = browser.open("/oauth2/authorization/" + Installation.PROVIDER);
    }

    @Then("they see {string}")
    public void theySee(String text) {
        assertThat(lastPage.statusCode()).isEqualTo(200);
        assertThat(lastPage.body()).contains(text);
    }

    // ---- helpers

    private static String link(String mail) {
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        return link.group();
    }

    private static void choosePassword(String link, String password) {
        Browser browser = new Browser();
        HttpResponse<String> form = browser.open(link);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Wachtwoord kiezen");
        HttpResponse<String> set = browser.submit(URI.create(link).getPath(),
                Map.of("password", password, "repeated", password));
        assertThat(set.uri().toString()).endsWith("/login?passwordSet");
        assertThat(set.body()).contains("Uw wachtwoord is ingesteld");
    }

    private JsonNode api(String method, String path, Object body, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Installation.baseUrl() + path))
                    .header("Authorization", basic()).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(60));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expected);
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode upload(String path, Map<String, byte[]> files) {
        String boundary = "doorstroom-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        files.forEach((name, bytes) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bytes);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(Installation.baseUrl() + path))
                    .header("Authorization", basic()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((coordinator + ":" + coordinatorPassword)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, byte[]> demoFiles(String name) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(Path.of("..", "data", "programmes", name))) {
            for (Path file : paths.sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LinkedHashMap<>(files);
    }
}
