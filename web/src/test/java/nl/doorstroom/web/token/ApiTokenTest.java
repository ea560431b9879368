package nl.doorstroom.web.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import nl.doorstroom.web.WebIntegrationTest;

/** Personal API tokens: made with a name and a lifetime, shown once, kept as SHA-256, revoked at once. */
class ApiTokenTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void aParticipantsScriptReadsTheirPlacementsWithATokenUntilItIsRevoked() {
        long programme = importSmall();
        String participant = newParticipant(programme, "T1");
        TestRestTemplate signedIn = rest.withBasicAuth(participant, password(participant));

        ResponseEntity<Map> made = signedIn.postForEntity("/api/me/tokens", Map.of("name", "agenda", "days", 30), Map.class);

        assertThat(made.getStatusCode().value()).isEqualTo(201);
        String token = (String) made.getBody().get("token");
        assertThat(token).startsWith("dst_").hasSizeGreaterThan(40);
        assertThat(bearer(token, "/api/me/placements").getStatusCode().value()).isEqualTo(200);
        assertThat(bearer(token, "/api/programmes/" + programme + "/placements").getStatusCode().value())
                .as("a token carries its owner's role, nothing more").isEqualTo(403);

        List<Map> listed = signedIn.getForObject("/api/me/tokens", List.class);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).containsEntry("name", "agenda").doesNotContainKey("token");
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = sha256(convert_to(?, 'UTF8'))")
                .param(token).query(Integer.class).single()).as("kept as its SHA-256").isEqualTo(1);

        Number id = (Number) made.getBody().get("id");
        signedIn.delete("/api/me/tokens/" + id);

        assertThat(bearer(token, "/api/me/placements").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void expiredUnknownAndDeactivatedTokensAreRefused() {
        String coordinator = newCoordinator();
        String host = newHost("GM0828");
        Map<?, ?> made = rest.withBasicAuth(host, password(host)).postForObject("/api/me/tokens", Map.of("name", "x"), Map.class);
        String token = (String) made.get("token");
        assertThat(bearer(token, "/api/capacity").getStatusCode().value()).isEqualTo(200);

        rest.withBasicAuth(coordinator, password(coordinator)).postForEntity("/api/accounts/" + host + "/deactivate", null, Map.class);
        assertThat(bearer(token, "/api/capacity").getStatusCode().value()).as("deactivated").isEqualTo(401);

        rest.withBasicAuth(coordinator, password(coordinator)).postForEntity("/api/accounts/" + host + "/activate", null, Map.class);
        assertThat(bearer(token, "/api/capacity").getStatusCode().value()).isEqualTo(200);
        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where id = ?").param(made.get("id")).update();
        assertThat(bearer(token, "/api/capacity").getStatusCode().value()).as("expired").isEqualTo(401);

        ResponseEntity<String> unknown = bearer("dst_not-a-token", "/api/capacity");
        assertThat(unknown.getStatusCode().value()).isEqualTo(401);
        assertThat(unknown.getHeaders().getFirst("WWW-Authenticate")).contains("Bearer");
        assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }

    @Test
    void aTokenNeedsANameAndAReasonableLifetime() {
        String host = newHost("GM0758");
        ResponseEntity<Map> refused = rest.withBasicAuth(host, password(host))
                .postForEntity("/api/me/tokens", Map.of("name", " ", "days", 400), Map.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((List<String>) refused.getBody().get("errors"))
                .containsExactly("name: expected 1 to 100 characters", "days: expected 1 to 366, got 400");
        assertThat(jdbc.sql("select count(*) from api_token where username = ?").param(host).query(Integer.class).single())
                .isZero();
    }

    private ResponseEntity<String> bearer(String token, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
