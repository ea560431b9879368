package nl.doorstroom.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.doorstroom.web.PageClient;
import nl.doorstroom.web.WebIntegrationTest;

/** Deactivating an account ends its page sessions and its remembered password at once; nobody deactivates themselves. */
class DeactivationTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    @Test
    void aDeactivatedHostIsSignedOutEverywhereAndCanSignInAgainOnceReactivated() {
        String coordinator = newCoordinator();
        String host = newHost("GM0828");
        PageClient browser = new PageClient(port);
        browser.logIn(host, password(host));
        assertThat(browser.get("/host").statusCode()).isEqualTo(200);
        TestRestTemplate asHost = rest.withBasicAuth(host, password(host));
        assertThat(asHost.getForEntity("/api/capacity", String.class).getStatusCode().value()).isEqualTo(200);

        Map<?, ?> deactivated = rest.withBasicAuth(coordinator, password(coordinator))
                .postForObject("/api/accounts/" + host + "/deactivate", null, Map.class);

        assertThat(deactivated.get("enabled")).isEqualTo(false);
        assertThat(browser.get("/host").headers().firstValue("Location").orElse("")).as("signed out").endsWith("/login");
        assertThat(asHost.getForEntity("/api/capacity", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(jdbc.sql("select action from audit_entry where subject = ? order by id desc limit 1")
                .param("account " + host).query(String.class).single()).isEqualTo("account.deactivate");

        rest.withBasicAuth(coordinator, password(coordinator)).postForObject("/api/accounts/" + host + "/activate", null, Map.class);
        assertThat(asHost.getForEntity("/api/capacity", String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aCoordinatorCannotDeactivateThemselves() {
        String coordinator = newCoordinator();
        Map<?, ?> refused = rest.withBasicAuth(coordinator, password(coordinator))
                .postForObject("/api/accounts/" + coordinator + "/deactivate", null, Map.class);

        assertThat(refused.get("status")).isEqualTo(400);
        assertThat(accounts.find(coordinator).orElseThrow().enabled()).isTrue();
    }
}
