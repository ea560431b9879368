package nl.doorstroom.web.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import nl.doorstroom.web.MailedLinks;
import nl.doorstroom.web.PageClient;
import nl.doorstroom.web.WebIntegrationTest;

/**
 * A coordinator lists a host's contact addresses and invites them (several people may act for one host) and a
 * programme's participants; each chooses a password through a mailed one-time link that works once, in time.
 */
class InvitationTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    @Test
    void twoPeopleOfOneHostAreInvitedSetTheirPasswordsAndActForTheHost() {
        TestRestTemplate coordinator = asNewCoordinator();
        String anna = unique("anna") + "@bergen-op-zoom.example.nl";
        String bram = unique("bram") + "@bergen-op-zoom.example.nl";
        for (String address : List.of(anna, bram)) {
            assertThat(coordinator.postForEntity("/api/organisations/GM0748/contacts", Map.of("email", address), List.class)
                    .getStatusCode().value()).isEqualTo(201);
        }

        Map<?, ?> report = coordinator.postForObject("/api/invitations/hosts", Map.of("organisations", List.of("GM0748")),
                Map.class);

        assertThat((List<String>) report.get("invited")).containsExactlyInAnyOrder(anna, bram);
        for (String address : List.of(anna, bram)) {
            String link = MailedLinks.awaitLink(MAIL_SERVER, address);
            PageClient browser = new PageClient(port);
            assertThat(browser.get(link).body()).contains("Wachtwoord kiezen").contains(address);
            assertThat(browser.post(link, Map.of("password", "kort", "repeated", "kort")).body())
                    .contains("Het wachtwoord is 4 tekens lang; kies er minstens 12.");
            HttpResponse<String> set = browser.post(link, Map.of("password", "een lange zin als wachtwoord",
                    "repeated", "een lange zin als wachtwoord"));
            assertThat(set.headers().firstValue("Location").orElse("")).endsWith("/login?passwordSet");
            assertThat(browser.get(link).statusCode()).as("a link works once").isEqualTo(410);

            assertThat(rest.withBasicAuth(address, "een lange zin als wachtwoord").getForEntity("/api/capacity", String.class)
                    .getStatusCode().value()).isEqualTo(200);
            PageClient signedIn = new PageClient(port);
            assertThat(signedIn.logIn(address, "een lange zin als wachtwoord")).endsWith("/");
            assertThat(signedIn.get("/host").body()).contains("Onze capaciteit");
        }
        assertThat(coordinator.postForObject("/api/invitations/hosts", Map.of("organisations", List.of("GM0748")),
                Map.class).get("alreadyActive")).asList().containsExactlyInAnyOrder(anna, bram);
    }

    @Test
    void aHostThatOnlyOneProgrammeKnowsIsListedInvitedAndSeesItsCapacity() {
        String coordinatorName = newCoordinator();
        TestRestTemplate coordinator = rest.withBasicAuth(coordinatorName, password(coordinatorName));
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(nl.doorstroom.web.SmallProgramme.files(TODAY));
        String firstPeriod = nl.doorstroom.web.SmallProgramme.periodId(
                nl.doorstroom.web.SmallProgramme.firstPeriodStart(TODAY));
        files.put("organisations.csv", bytes("code,name,layer,sector,town,province,latitude,longitude,population\n"
                + "EXPO1,Expertisecentrum Waterbeheer,OTHER,POOL,Tilburg,PV30,51.5600,5.0900,\n"));
        files.put("capacity.csv", bytes(new String(files.get("capacity.csv"), java.nio.charset.StandardCharsets.UTF_8)
                + "EXPO1," + firstPeriod + ",,0,1,\n"));
        programmeImport.importFiles(files, "test");
        String address = unique("expo") + "@expertisecentrum.example.nl";
        PageClient coordinatorPage = new PageClient(port);
        coordinatorPage.logIn(coordinatorName, password(coordinatorName));
        assertThat(coordinatorPage.get("/invitations").body()).contains("Expertisecentrum Waterbeheer");

        assertThat(coordinator.postForEntity("/api/organisations/EXPO1/contacts", Map.of("email", address), List.class)
                .getStatusCode().value()).isEqualTo(201);
        Map<?, ?> report = coordinator.postForObject("/api/invitations/hosts", Map.of("organisations", List.of("EXPO1")),
                Map.class);

        assertThat((List<String>) report.get("invited")).containsExactly(address);
        String link = MailedLinks.awaitLink(MAIL_SERVER, address);
        PageClient browser = new PageClient(port);
        assertThat(browser.get(link).body()).contains(address);
        assertThat(browser.post(link, Map.of("password", "een lange zin als wachtwoord",
                "repeated", "een lange zin als wachtwoord")).statusCode()).isEqualTo(302);
        PageClient signedIn = new PageClient(port);
        assertThat(signedIn.logIn(address, "een lange zin als wachtwoord")).endsWith("/");
        assertThat(signedIn.get("/host").body()).contains("Onze capaciteit").contains(firstPeriod);
    }

    /** A shared organisation no programme counts on is listed for invitations once it has a contact. */
    @Test
    void aSharedOrganisationWithAContactIsListedByItsName() {
        PageClient coordinatorPage = new PageClient(port);
        String coordinatorName = newCoordinator();
        coordinatorPage.logIn(coordinatorName, password(coordinatorName));
        TestRestTemplate coordinator = rest.withBasicAuth(coordinatorName, password(coordinatorName));

        assertThat(coordinator.postForEntity("/api/organisations/GM0014/contacts",
                Map.of("email", unique("groningen") + "@groningen.example.nl"), List.class).getStatusCode().value())
                .isEqualTo(201);

        assertThat(coordinatorPage.get("/invitations").body()).contains("Groningen (GM0014)");
        assertThat(coordinator.postForEntity("/api/organisations/XX9999/contacts",
                Map.of("email", unique("nobody") + "@example.nl"), String.class).getStatusCode().value())
                .as("an unknown organisation has no contacts").isEqualTo(404);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void participantsWithAnAddressAreInvitedAndBoundToThemselves() {
        TestRestTemplate coordinator = asNewCoordinator();
        long programme = importSmall();
        String address = unique("t1") + "@example.nl";
        jdbc.sql("update participant set email = ? where programme_id = ? and id = 'T1'").params(address, programme).update();

        Map<?, ?> report = coordinator.postForObject("/api/invitations/participants", Map.of("programme", programme), Map.class);

        assertThat(report.get("invited")).asList().containsExactly(address);
        assertThat(report.get("withoutAddress")).asList().contains("T2");
        String link = MailedLinks.awaitLink(MAIL_SERVER, address);
        PageClient browser = new PageClient(port);
        browser.get(link);
        browser.post(link, Map.of("password", "deelnemer wachtwoord 1", "repeated", "deelnemer wachtwoord 1"));
        ResponseEntity<String> own = rest.withBasicAuth(address, "deelnemer wachtwoord 1").getForEntity("/api/me/placements", String.class);
        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.sql("select participant_id from app_user where username = ?").param(address).query(String.class).single())
                .isEqualTo("T1");
    }

    @Test
    void anAddressOfAnotherAccountRefusesTheWholeInvitation() {
        TestRestTemplate coordinator = asNewCoordinator();
        long programme = importSmall();
        String taken = unique("bezet") + "@example.nl";
        coordinator.postForEntity("/api/invitations/coordinators", Map.of("email", taken), Map.class);
        String free = unique("vrij") + "@example.nl";
        jdbc.sql("update participant set email = ? where programme_id = ? and id = 'T1'").params(free, programme).update();
        jdbc.sql("update participant set email = ? where programme_id = ? and id = 'T2'").params(taken, programme).update();
        int mailsBefore = jdbc.sql("select count(*) from mail_message").query(Integer.class).single();

        ResponseEntity<Map> refused = coordinator.postForEntity("/api/invitations/participants",
                Map.of("programme", programme), Map.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("errors")).asList().singleElement().asString()
                .contains(taken).contains("already belongs to another account");
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(free).query(Integer.class).single())
                .as("nobody invited").isZero();
        assertThat(jdbc.sql("select count(*) from mail_message").query(Integer.class).single()).isEqualTo(mailsBefore);
    }

    @Test
    void anExpiredLinkSetsNothingAndAResetLinkReplacesAForgottenPassword() {
        TestRestTemplate coordinator = asNewCoordinator();
        String address = unique("carla") + "@example.nl";
        coordinator.postForEntity("/api/invitations/coordinators", Map.of("email", address), Map.class);
        String expired = MailedLinks.awaitLink(MAIL_SERVER, address);
        // long ago: expired, and no longer holding back a new link (at most one every five minutes)
        jdbc.sql("update password_link set expires_at = now() - interval '1 second', created_at = now() - interval '1 hour' "
                + "where username = ?").param(address).update();
        PageClient browser = new PageClient(port);
        assertThat(browser.get(expired).statusCode()).isEqualTo(410);
        assertThat(browser.get(expired).body()).contains("Deze link werkt niet meer");

        browser.get("/password/forgot");
        assertThat(browser.post("/password/forgot", Map.of("email", address.toUpperCase())).body())
                .contains("Als dit adres bij een account hoort");
        String reset = MailedLinks.awaitLink(MAIL_SERVER, address, expired);
        browser.get(reset);
        browser.post(reset, Map.of("password", "eerste wachtwoord!", "repeated", "eerste wachtwoord!"));
        assertThat(rest.withBasicAuth(address, "eerste wachtwoord!").getForEntity("/api/programmes", String.class)
                .getStatusCode().value()).isEqualTo(200);

        // a later reset: the old password stops working at once, though it was just verified (and remembered)
        jdbc.sql("update password_link set created_at = now() - interval '1 hour' where username = ?").param(address).update();
        browser.get("/password/forgot");
        browser.post("/password/forgot", Map.of("email", address));
        String second = MailedLinks.awaitLink(MAIL_SERVER, address, expired, reset);
        browser.get(second);
        browser.post(second, Map.of("password", "tweede wachtwoord!", "repeated", "tweede wachtwoord!"));
        assertThat(rest.withBasicAuth(address, "eerste wachtwoord!").getForEntity("/api/programmes", String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(rest.withBasicAuth(address, "tweede wachtwoord!").getForEntity("/api/programmes", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aHostListsItsOwnContactsButNotAnothersAndAnUnknownAddressIsRefused() {
        String host = newHost("GM0828");
        TestRestTemplate asHost = rest.withBasicAuth(host, password(host));

        assertThat(asHost.postForEntity("/api/organisations/GM0828/contacts", Map.of("email", "geen adres"), Map.class)
                .getBody().get("errors")).asList().singleElement().asString().contains("expected an e-mail address");
        String address = unique("eigen") + "@example.nl";
        assertThat(asHost.postForEntity("/api/organisations/GM0828/contacts", Map.of("email", address), List.class)
                .getStatusCode().value()).isEqualTo(201);
        assertThat(asHost.postForEntity("/api/organisations/GM0828/contacts", Map.of("email", address), Map.class)
                .getStatusCode().value()).isEqualTo(409);
        assertThat(asHost.getForEntity("/api/organisations/GM0796/contacts", String.class).getStatusCode().value())
                .isEqualTo(404);
    }

    private TestRestTemplate asNewCoordinator() {
        String username = newCoordinator();
        return rest.withBasicAuth(username, password(username));
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }
}
