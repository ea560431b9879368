package nl.doorstroom.web.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import nl.doorstroom.web.WebIntegrationTest;

class MeApiTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    private TestRestTemplate as(String username) {
        return rest.withBasicAuth(username, password(username));
    }

    /** A small programme, placed and published once, then the draft changed without publishing. */
    private long publishedThenChanged() {
        String coordinator = newCoordinator();
        long id = importSmall();
        placeFeasibly(id);
        assertThat(as(coordinator).postForEntity("/api/programmes/" + id + "/versions", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        placeDraft(id, "T1", periodIds(id).get(3), null);
        return id;
    }

    @Test
    void aParticipantSeesOnlyTheirOwnPublishedPlacementsNeverTheDraft() {
        long id = publishedThenChanged();
        List<String> periods = periodIds(id);
        String anna = newParticipant(id, "T1");

        List<Map<String, Object>> placements = as(anna).getForObject("/api/me/placements", List.class);

        assertThat(placements).extracting(p -> p.get("periodId")).containsExactlyElementsOf(periods);
        assertThat(placements).extracting(p -> p.get("hostCode"))
                .containsExactly("PV30", "GM0796", "WS0654", "GM0828"); // the draft's empty last period is not shown
        assertThat(placements).extracting(p -> p.get("when"))
                .containsExactly("PAST", "CURRENT", "UPCOMING", "UPCOMING");
        Map<String, Object> oss = placements.get(3);
        assertThat(oss).containsEntry("hostName", "Oss").containsEntry("town", "Oss")
                .containsEntry("layer", "MUNICIPALITY");
        assertThat((Integer) oss.get("commuteKm")).isBetween(10, 40);
        assertThat((Integer) oss.get("commuteMinutes")).isGreaterThan(10);
        assertThat(oss.get("start")).isEqualTo(jdbc.sql("select cast(start_date as text) from period where "
                + "programme_id = ? and id = ?").params(id, periods.get(3)).query(String.class).single());

        String coordinator = newCoordinator();
        assertThat(as(coordinator).getForObject("/api/programmes/" + id + "/participants/T1/placements", List.class))
                .isEqualTo(placements);
    }

    @Test
    void beforeTheFirstPublicationAParticipantSeesNothing() {
        long id = importSmall();
        placeFeasibly(id);
        String anna = newParticipant(id, "T1");

        assertThat(as(anna).getForObject("/api/me/placements", List.class)).isEmpty();
    }

    @Test
    void theCalendarHasOneAllDayEventPerPublishedPlacement() throws Exception {
        long id = publishedThenChanged();
        String bram = newParticipant(id, "T2");

        ResponseEntity<String> response = as(bram).getForEntity("/api/me/calendar.ics", String.class);

        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.getBody()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .containsExactly("'s-Hertogenbosch", "Waterschap Aa en Maas", "Oss",
                        "Provincie Noord-Brabant");
        assertThat(events).extracting(e -> e.getProperty(Property.LOCATION).orElseThrow().getValue())
                .containsExactly("'s-Hertogenbosch", "'s-Hertogenbosch", "Oss", "'s-Hertogenbosch");
        List<Map<String, Object>> placements = as(bram).getForObject("/api/me/placements", List.class);
        VEvent first = events.get(0);
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(((String) placements.get(0).get("start")).replace("-", ""));
        assertThat(first.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo(
                java.time.LocalDate.parse((String) placements.get(0).get("end")).plusDays(1).toString()
                        .replace("-", ""));
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        List<String> uids = events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
        assertThat(uids).doesNotHaveDuplicates();
        String again = as(bram).getForObject("/api/me/calendar.ics", String.class);
        assertThat(new CalendarBuilder().build(new StringReader(again)).<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList()).isEqualTo(uids);
    }

    @Test
    void aParticipantAddsAndWithdrawsWishesAndEveryChangeIsAudited() {
        long id = importSmall();
        List<String> periods = periodIds(id);
        String anna = newParticipant(id, "T1");
        String bram = newParticipant(id, "T2");

        ResponseEntity<Map> added = as(anna).postForEntity("/api/me/wishes",
                Map.of("host", "gm0828", "period", periods.get(3)), Map.class);
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getBody()).containsEntry("hostCode", "GM0828").containsEntry("hostName", "Oss")
                .containsEntry("periodId", periods.get(3));
        ResponseEntity<Map> anyPeriod = as(anna).postForEntity("/api/me/wishes", Map.of("host", "WS0654"), Map.class);
        assertThat(anyPeriod.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(as(anna).getForObject("/api/me/wishes", List.class)).hasSize(2);
        assertThat(as(bram).getForObject("/api/me/wishes", List.class)).isEmpty();
        assertThat(jdbc.sql("select count(*) from wish where programme_id = ? and participant_id = 'T1'").param(id)
                .query(Integer.class).single()).isEqualTo(2);

        long wishId = ((Number) added.getBody().get("id")).longValue();
        assertThat(as(bram).exchange("/api/me/wishes/" + wishId, HttpMethod.DELETE, HttpEntity.EMPTY, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(anna).exchange("/api/me/wishes/" + wishId, HttpMethod.DELETE, HttpEntity.EMPTY, Void.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(as(anna).exchange("/api/me/wishes/" + wishId, HttpMethod.DELETE, HttpEntity.EMPTY, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(anna).getForObject("/api/me/wishes", List.class)).hasSize(1);

        assertThat(jdbc.sql("select action from audit_entry where programme_id = ? and subject = 'participant T1' "
                + "order by id").param(id).query(String.class).list())
                .containsExactly("wish.add", "wish.add", "wish.remove");
    }

    @Test
    void aWishMustNameAHostOfTheProgrammeInAComingPeriod() {
        long id = importSmall();
        List<String> periods = periodIds(id);
        String anna = newParticipant(id, "T1");

        assertThat(refusal(anna, Map.of("host", "GM0828", "period", periods.get(1))))
                .isEqualTo("period " + periods.get(1) + " is not one of your coming periods; expected one of ["
                        + periods.get(2) + ", " + periods.get(3) + "], or no period for any of them");
        assertThat(refusal(anna, Map.of("host", "GM9999"))).startsWith("host: unknown organisation 'GM9999'");
        assertThat(refusal(anna, Map.of("host", "GM0758", "period", periods.get(2))))
                .isEqualTo("host: GM0758 (Breda) is not a host of this programme: expected an organisation that declares "
                        + "capacity");
        assertThat(refusal(anna, Map.of("period", periods.get(2)))).startsWith("host is required");
        as(anna).postForEntity("/api/me/wishes", Map.of("host", "GM0828"), Map.class);
        assertThat(refusal(anna, Map.of("host", "GM0828"))).isEqualTo("you already wish for GM0828 in any period");
        assertThat(as(anna).getForObject("/api/me/wishes", List.class)).hasSize(1);
    }

    private String refusal(String username, Map<String, String> wish) {
        ResponseEntity<Map> response = as(username).postForEntity("/api/me/wishes", wish, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return String.join("; ", (List<String>) response.getBody().get("errors"));
    }

    @Test
    void noWishChangesWhileTheProgrammeIsBeingSolved() {
        long id = importSmall();
        List<String> periods = periodIds(id);
        String anna = newParticipant(id, "T1");
        ResponseEntity<Map> added = as(anna).postForEntity("/api/me/wishes", Map.of("host", "GM0828"), Map.class);
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long job = queueJob(id);
        String before = snapshot(id);

        ResponseEntity<Map> add = as(anna).postForEntity("/api/me/wishes",
                Map.of("host", "WS0654", "period", periods.get(3)), Map.class);
        ResponseEntity<Map> remove = as(anna).exchange("/api/me/wishes/" + added.getBody().get("id"),
                HttpMethod.DELETE, HttpEntity.EMPTY, Map.class);

        assertRefusedWhileSolving(add);
        assertRefusedWhileSolving(remove);
        assertThat(snapshot(id)).isEqualTo(before);
        endJob(job);
        assertThat(as(anna).postForEntity("/api/me/wishes", Map.of("host", "WS0654", "period", periods.get(3)),
                Map.class).getStatusCode()).as("once the job has ended").isEqualTo(HttpStatus.CREATED);
    }
}
