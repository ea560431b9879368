package nl.doorstroom.web.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import nl.doorstroom.web.PageClient;
import nl.doorstroom.web.WebIntegrationTest;

/**
 * After publishing, the participants and hosts whose placements changed are mailed, through a real SMTP server
 * and in the database-kept mail; a mail that cannot be sent leaves the version published.
 */
class PublicationNoticesTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    private String coordinator;
    private long programme;
    private List<String> periods;
    private String anna;
    private String bram;
    private String oss;

    private TestRestTemplate as(String username) {
        return rest.withBasicAuth(username, password(username));
    }

    /** The small programme, placed; both trainees have an address and GM0828 (Oss) has a contact. */
    @BeforeEach
    void programme() {
        coordinator = newCoordinator();
        programme = importSmall();
        placeFeasibly(programme);
        periods = periodIds(programme);
        anna = "anna-" + programme + "@deelnemer.example.nl";
        bram = "bram-" + programme + "@deelnemer.example.nl";
        oss = "planning-" + programme + "@oss.example.nl";
        jdbc.sql("update participant set email = ? where programme_id = ? and id = 'T1'").params(anna, programme)
                .update();
        jdbc.sql("update participant set email = ? where programme_id = ? and id = 'T2'").params(bram, programme)
                .update();
        jdbc.sql("insert into host_contact (organisation_code, email, added_by) values ('GM0828', ?, 'test')")
                .param(oss).update();
    }

    private ResponseEntity<Map> publish() {
        ResponseEntity<Map> published = as(coordinator).postForEntity("/api/programmes/" + programme + "/versions",
                null, Map.class);
        assertThat(published.getStatusCode()).as(String.valueOf(published.getBody())).isEqualTo(HttpStatus.CREATED);
        return published;
    }

    @Test
    void theFirstVersionTellsEveryParticipantAndHostContactWithTheirPlacementsAndACalendar() throws Exception {
        ResponseEntity<Map> published = publish();

        assertThat(published.getBody()).containsEntry("toldParticipants", 2)
                .containsEntry("toldHostContacts", contactsOf("PV30", "GM0796", "WS0654", "GM0828"));
        MimeMessage toAnna = awaitMail(anna, 1).get(0);
        assertThat(toAnna.getSubject()).isEqualTo("Uw plaatsingen in Kleine proef (versie 1)");
        String body = text(toAnna);
        assertThat(body).contains("Versie 1 van het plan van Kleine proef is gepubliceerd",
                "- " + periods.get(3) + " (", "Oss, Oss (gewijzigd)", "/me");
        String ics = attachment(toAnna, "doorstroom.ics");
        assertThat(ics).contains("BEGIN:VCALENDAR", "SUMMARY:Oss",
                "UID:placement-" + programme + "-T1-" + periods.get(3) + "@doorstroom");

        MimeMessage toOss = awaitMail(oss, 1).get(0);
        assertThat(toOss.getSubject()).isEqualTo("Wie er bij Oss komt: Kleine proef (versie 1)");
        assertThat(text(toOss)).contains("Anna Bakker, vakgebied ruimte", "Bram de Vries, vakgebied financiën");
        assertThat(attachment(toOss, "doorstroom-GM0828.ics")).contains("SUMMARY:Anna Bakker",
                "SUMMARY:Bram de Vries");

        // kept in the database too, for "Verzonden berichten"
        assertThat(jdbc.sql("select status from mail_message where recipient in (?, ?, ?)").params(anna, bram, oss)
                .query(String.class).list()).containsExactly("SENT", "SENT", "SENT");
    }

    @Test
    void peopleWhoChoseEnglishOnTheSiteAreToldInEnglish() throws Exception {
        String participant = newParticipant(programme, "T1");
        PageClient annaBrowser = new PageClient(port);
        annaBrowser.logIn(participant, password(participant));
        annaBrowser.get("/me?lang=en");
        String host = newHost("GM0828");
        jdbc.sql("update app_user set email = ? where username = ?").params(oss, host).update();
        PageClient hostBrowser = new PageClient(port);
        hostBrowser.get("/login?lang=en");
        hostBrowser.logIn(host, password(host));

        publish();

        assertThat(awaitMail(anna, 1).get(0).getSubject()).isEqualTo("Your placements in Kleine proef (version 1)");
        assertThat(awaitMail(oss, 1).get(0).getSubject()).isEqualTo("Who comes to Oss: Kleine proef (version 1)");
        assertThat(awaitMail(bram, 1).get(0).getSubject()).as("Bram never chose").isEqualTo(
                "Uw plaatsingen in Kleine proef (versie 1)");
    }

    @Test
    void aLaterVersionTellsOnlyThoseWhosePlacementsChanged() throws Exception {
        publish();
        awaitMail(bram, 1);
        // T1 swaps its last two hosts: WS0654 and GM0828 (Oss) are concerned, T2 and the rest are not
        placeDraft(programme, "T1", periods.get(2), "GM0828");
        placeDraft(programme, "T1", periods.get(3), "WS0654");
        jdbc.sql("update capacity_declaration set max = 2 where programme_id = ?").param(programme).update();

        ResponseEntity<Map> second = publish();

        assertThat(second.getBody()).containsEntry("toldParticipants", 1)
                .containsEntry("toldHostContacts", contactsOf("GM0828", "WS0654"));
        List<MimeMessage> toAnna = awaitMail(anna, 2);
        assertThat(toAnna.get(1).getSubject()).isEqualTo("Uw plaatsingen in Kleine proef (versie 2)");
        assertThat(text(toAnna.get(1))).contains(periods.get(2) + " (").contains("Oss, Oss (gewijzigd)")
                .doesNotContain("Provincie Noord-Brabant, 's-Hertogenbosch (gewijzigd)");
        assertThat(awaitMail(oss, 2).get(1).getSubject()).endsWith("(versie 2)");
        assertThat(received(bram)).as("Bram's placements did not change").hasSize(1);
    }

    @Test
    void aMailThatCannotBeSentIsRecordedAndTheVersionStaysPublished() {
        // passes the import's loose check, but no mail library takes it as an address
        String broken = "(bram-" + programme + "@deelnemer.example.nl";
        jdbc.sql("update participant set email = ? where programme_id = ? and id = 'T2'").params(broken, programme)
                .update();

        ResponseEntity<Map> published = publish();

        assertThat(published.getBody()).containsEntry("number", 1).containsEntry("toldParticipants", 2);
        assertThat(jdbc.sql("select status || ':' || (error is not null) from mail_message where recipient = ?")
                .param(broken).query(String.class).single()).isEqualTo("FAILED:true");
        awaitMail(anna, 1);
        assertThat(jdbc.sql("select count(*) from plan_version where programme_id = ?").param(programme)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theCoordinatorReadsAfterPublishingHowManyWereTold() {
        PageClient browser = new PageClient(port);
        browser.logIn(coordinator, password(coordinator));
        browser.get("/programmes/" + programme + "/versions");

        String redirected = browser.post("/programmes/" + programme + "/versions", Map.of()).headers()
                .firstValue("Location").orElseThrow();
        String page = browser.get(redirected).body();

        assertThat(page).contains("id=\"told\"", "2 deelnemers en "
                + contactsOf("PV30", "GM0796", "WS0654", "GM0828") + " contactpersonen van gastorganisaties krijgen "
                + "bericht", "href=\"/mail\"");
        // the page lists the newest messages; other tests' host contacts may push the participants' further down
        assertThat(browser.get("/mail").body()).contains(oss, "Kleine proef (versie 1)");
        assertThat(jdbc.sql("select subject from mail_message where recipient = ?").param(anna).query(String.class)
                .list()).containsExactly("Uw plaatsingen in Kleine proef (versie 1)");
    }

    @Test
    void aHostIsToldWhenTheCoordinatorChangesItsCapacityButNotOfItsOwnChanges() {
        long declaration = jdbc.sql("select id from capacity_declaration where programme_id = ? and host_code = "
                + "'GM0828' and period_id = ?").params(programme, periods.get(0)).query(Long.class).single();
        ResponseEntity<Map> changed = as(coordinator).exchange(
                "/api/programmes/" + programme + "/capacity/" + declaration, HttpMethod.PUT,
                new HttpEntity<>(Map.of("version", version(declaration), "min", 0, "max", 3)), Map.class);
        assertThat(changed.getStatusCode()).as(String.valueOf(changed.getBody())).isEqualTo(HttpStatus.OK);

        MimeMessage told = awaitMail(oss, 1).get(0);
        assertThat(told).satisfies(m -> assertThat(m.getSubject()).isEqualTo("Uw capaciteit in Kleine proef is gewijzigd"));
        assertThat(GreenMailUtil.getBody(told)).contains("periode " + periods.get(0),
                "Was: minimaal 0, maximaal 1 plaatsen", "Nu: minimaal 0, maximaal 3 plaatsen");

        String host = newHost("GM0828");
        ResponseEntity<Map> own = as(host).exchange("/api/programmes/" + programme + "/capacity/" + declaration,
                HttpMethod.PUT, new HttpEntity<>(Map.of("version", version(declaration), "min", 0, "max", 2)),
                Map.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("select count(*) from mail_message where recipient = ?").param(oss)
                .query(Integer.class).single()).as("no mail about the host's own change").isEqualTo(1);
        // and none about a change in a what-if variant, which hosts never see
        long variant = ((Number) as(coordinator).postForObject("/api/programmes/" + programme + "/variants",
                Map.of("name", "Proef"), Map.class).get("id")).longValue();
        long copy = jdbc.sql("select id from capacity_declaration where programme_id = ? and host_code = 'GM0828' "
                + "and period_id = ?").params(variant, periods.get(0)).query(Long.class).single();
        assertThat(as(coordinator).exchange("/api/programmes/" + variant + "/capacity/" + copy, HttpMethod.PUT,
                new HttpEntity<>(Map.of("version", version(copy), "min", 0, "max", 4)), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("select count(*) from mail_message where recipient = ?").param(oss)
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** Host contacts are per organisation, not per programme: other tests add theirs to the same hosts. */
    private int contactsOf(String... hosts) {
        return jdbc.sql("select count(*) from host_contact where organisation_code = any(?)").param(hosts)
                .query(Integer.class).single();
    }

    private int version(long declaration) {
        return jdbc.sql("select version from capacity_declaration where id = ?").param(declaration)
                .query(Integer.class).single();
    }

    private static List<MimeMessage> awaitMail(String to, int count) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> received(to), found -> found.size() >= count);
    }

    private static List<MimeMessage> received(String to) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : MAIL_SERVER.getReceivedMessages()) {
            try {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(to)) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** The plain text of the message, wherever the multipart nests it. */
    private static String text(MimeMessage message) throws MessagingException, IOException {
        return textOf(message.getContent());
    }

    private static String textOf(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        Multipart parts = (Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() == null && (part.isMimeType("text/plain") || part.isMimeType("multipart/*"))) {
                return textOf(part.getContent());
            }
        }
        throw new AssertionError("no text in the message");
    }

    private static String attachment(MimeMessage message, String filename) throws MessagingException, IOException {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (filename.equals(part.getFileName())) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getInputStream().transferTo(out);
                return out.toString(java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no attachment " + filename);
    }
}
