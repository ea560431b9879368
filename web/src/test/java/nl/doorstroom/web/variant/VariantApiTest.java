package nl.doorstroom.web.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.doorstroom.web.WebIntegrationTest;

/** What-if variants through the API, against the real database: copy, change, compare, adopt, never leak. */
class VariantApiTest extends WebIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    private TestRestTemplate as(String username) {
        return rest.withBasicAuth(username, password(username));
    }

    private ResponseEntity<Map> put(String username, String path, Object body) {
        return as(username).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
    }

    private long createVariant(String coordinator, long programme, String name) {
        ResponseEntity<Map> created = as(coordinator).postForEntity("/api/programmes/" + programme + "/variants",
                Map.of("name", name), Map.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private Map<String, Object> variant(String coordinator, long programme, long variant) {
        return as(coordinator).getForObject("/api/programmes/" + programme + "/variants/" + variant, Map.class);
    }

    private Map<String, Object> compare(String coordinator, long programme, long variant, String with, String lang) {
        ResponseEntity<Map> answer = as(coordinator).getForEntity("/api/programmes/" + programme + "/variants/"
                + variant + "/compare?with=" + with + "&lang=" + lang, Map.class);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private String hostOf(String coordinator, long programme, String participant, String period) {
        Map<String, Object> placement = as(coordinator).getForObject("/api/programmes/" + programme + "/placements/"
                + participant + "/" + period, Map.class);
        return (String) ((Map<String, Object>) placement.get("host")).get("code");
    }

    /** Moves a placement with the version it has now, as the board does. */
    private ResponseEntity<Map> move(String coordinator, long programme, String participant, String period,
            String host) {
        Map<String, Object> placement = as(coordinator).getForObject("/api/programmes/" + programme + "/placements/"
                + participant + "/" + period, Map.class);
        return put(coordinator, "/api/programmes/" + programme + "/placements/" + participant + "/" + period,
                Map.of("host", host, "version", placement.get("version")));
    }

    /** The capacity declaration of a host in a period, as the API lists it. */
    private Map<String, Object> declaration(String coordinator, long programme, String host, String period) {
        List<Map<String, Object>> all = as(coordinator).getForObject("/api/programmes/" + programme + "/capacity",
                List.class);
        return all.stream().filter(d -> d.get("hostCode").equals(host) && d.get("periodId").equals(period))
                .findFirst().orElseThrow();
    }

    /** One more place at Oss (GM0828) in the variant's third period, T1 moved there, and wishes weighing more. */
    private void changeTheVariant(String coordinator, long variant, List<String> periods) {
        Map<String, Object> oss = declaration(coordinator, variant, "GM0828", periods.get(2));
        assertThat(put(coordinator, "/api/programmes/" + variant + "/capacity/" + oss.get("id"),
                Map.of("version", oss.get("version"), "min", 0, "max", 2)).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> moved = move(coordinator, variant, "T1", periods.get(2), "GM0828");
        assertThat(moved.getStatusCode()).as(String.valueOf(moved.getBody())).isEqualTo(HttpStatus.OK);
    }

    private Map<String, Object> adopt(String coordinator, long programme, long variant, Object draftRevision,
            Object variantRevision, HttpStatus expected) {
        ResponseEntity<Map> answer = as(coordinator).postForEntity("/api/programmes/" + programme + "/variants/"
                + variant + "/adopt", Map.of("draftRevision", draftRevision, "variantRevision", variantRevision),
                Map.class);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(expected);
        return answer.getBody();
    }

    /** The stored draft of a programme: placements with host and pin, capacity, weights and rules. */
    private String draft(long programme) {
        return jdbc.sql("""
                select concat_ws(' | ',
                    (select string_agg(participant_id || '@' || period_id || '=' || coalesce(host_code, '-')
                                       || case when pinned then ' pinned' else '' end, ', '
                                       order by participant_id, period_id)
                     from placement where programme_id = :id),
                    (select string_agg(host_code || '@' || period_id || '/' || discipline || '=' || min || '-' || max
                                       || '/' || coalesce(max_salary_scale::text, '-'), ', '
                                       order by host_code, period_id, discipline)
                     from capacity_declaration where programme_id = :id),
                    (select string_agg(rule || '=' || weight, ', ' order by rule) from programme_weight
                     where programme_id = :id),
                    (select max_commute_km || '/' || layer_variety_target from programme where id = :id))""")
                .param("id", programme).query(String.class).single();
    }

    private long audited(long programme, String action) {
        return jdbc.sql("select count(*) from audit_entry where programme_id = ? and action = ?")
                .params(programme, action).query(Long.class).single();
    }

    @Test
    void aChangeInAVariantLeavesTheDraftAsItIs() {
        String coordinator = newCoordinator();
        long programme = importSmall();
        placeFeasibly(programme);
        List<String> periods = periodIds(programme);
        long variant = createVariant(coordinator, programme, "Eén plek meer bij Oss");
        assertThat(draft(variant)).as("the variant starts as a copy of the draft").isEqualTo(draft(programme));
        String before = snapshot(programme);

        changeTheVariant(coordinator, variant, periods);
        ResponseEntity<Map> weighted = put(coordinator, "/api/programmes/" + programme + "/variants/" + variant
                + "/weights", Map.of("version", variant(coordinator, programme, variant).get("version"),
                        "weights", Map.of("Wish not honoured", "0hard/0medium/2000soft")));
        assertThat(weighted.getStatusCode()).as(String.valueOf(weighted.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(weighted.getBody().get("weights")).isEqualTo(Map.of("Wish not honoured", "0hard/0medium/2000soft"));

        assertThat(hostOf(coordinator, variant, "T1", periods.get(2))).isEqualTo("GM0828");
        assertThat(hostOf(coordinator, programme, "T1", periods.get(2))).isEqualTo("WS0654");
        assertThat(declaration(coordinator, variant, "GM0828", periods.get(2))).containsEntry("max", 2);
        assertThat(declaration(coordinator, programme, "GM0828", periods.get(2))).containsEntry("max", 1);
        assertThat(snapshot(programme)).as("the draft, its capacity, rules and audit trail").isEqualTo(before);
        assertThat(draft(variant)).isNotEqualTo(draft(programme));
    }

    @Test
    void variantsAreListedWithTheirProgrammeAndNeverAsProgrammes() {
        String coordinator = newCoordinator();
        long programme = importSmall();
        long first = createVariant(coordinator, programme, "Een");
        long second = createVariant(coordinator, programme, "Twee");

        List<Map<String, Object>> variants = as(coordinator).getForObject("/api/programmes/" + programme
                + "/variants", List.class);
        assertThat(variants).extracting(v -> ((Number) v.get("id")).longValue()).containsExactly(first, second);
        assertThat(variants.get(0)).containsEntry("name", "Een").containsEntry("programmeId", (int) programme)
                .containsEntry("solving", false).containsKeys("score", "usable", "revision", "draftRevision");
        List<Map<String, Object>> programmes = as(coordinator).getForObject("/api/programmes", List.class);
        assertThat(programmes).extracting(p -> ((Number) p.get("id")).longValue()).contains(programme)
                .doesNotContain(first, second);
        assertThat(audited(programme, "variant.create")).isEqualTo(2);
    }

    @Test
    void aComparisonListsEveryRuleTheFiguresAndWhatDiffers() {
        String coordinator = newCoordinator();
        long programme = importSmall();
        placeFeasibly(programme);
        List<String> periods = periodIds(programme);
        long variant = createVariant(coordinator, programme, "Oss groter");
        changeTheVariant(coordinator, variant, periods);
        put(coordinator, "/api/programmes/" + programme + "/variants/" + variant + "/weights",
                Map.of("version", variant(coordinator, programme, variant).get("version"),
                        "weights", Map.of("Wish not honoured", "0hard/0medium/2000soft")));

        Map<String, Object> english = compare(coordinator, programme, variant, "draft", "en");
        assertThat((Map<String, Object>) english.get("here")).containsEntry("kind", "VARIANT")
                .containsEntry("name", "Oss groter");
        assertThat((Map<String, Object>) english.get("there")).containsEntry("kind", "DRAFT");
        List<Map<String, Object>> rules = (List<Map<String, Object>>) english.get("rules");
        assertThat(rules).extracting(r -> r.get("title")).contains("Same host twice", "Long commute");
        assertThat(rules).extracting(r -> r.get("level")).isSortedAccordingTo(java.util.Comparator.comparing(
                level -> List.of("HARD", "MEDIUM", "SOFT").indexOf(level)));
        // T1 now meets Oss twice in the variant: a hard rule the draft does not break.
        assertThat(rules).filteredOn(r -> r.get("rule").equals("Same host twice")).singleElement()
                .satisfies(r -> {
                    assertThat(((Number) r.get("penaltyHere")).longValue()).isPositive();
                    assertThat(((Number) r.get("penaltyThere")).longValue()).isZero();
                });
        assertThat((List<Map<String, Object>>) english.get("placements")).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("participantId", "T1").containsEntry("participantName", "Anna Bakker")
                    .containsEntry("periodId", periods.get(2)).containsEntry("hostHere", "GM0828")
                    .containsEntry("hostHereName", "Oss").containsEntry("hostThere", "WS0654");
        });
        assertThat((List<Map<String, Object>>) english.get("capacity")).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("host", "GM0828").containsEntry("period", periods.get(2));
            assertThat((Map<String, Object>) c.get("here")).containsEntry("max", 2);
            assertThat((Map<String, Object>) c.get("there")).containsEntry("max", 1);
        });
        assertThat((List<Map<String, Object>>) english.get("weights")).singleElement().satisfies(w -> {
            assertThat(w).containsEntry("rule", "Wish not honoured").containsEntry("title", "Wish not honoured")
                    .containsEntry("here", "0hard/0medium/2000soft").containsEntry("there", null);
        });
        Map<String, Map<String, Object>> fairness = (Map<String, Map<String, Object>>) english.get("fairness");
        assertThat(fairness.get("there")).containsEntry("participants", 2);
        assertThat(((Number) fairness.get("there").get("totalKm")).longValue()).isPositive();
        assertThat(((Number) fairness.get("there").get("totalMaxKm")).longValue())
                .isGreaterThanOrEqualTo(((Number) fairness.get("there").get("totalP90Km")).longValue());

        Map<String, Object> dutch = compare(coordinator, programme, variant, "draft", "nl");
        assertThat((List<Map<String, Object>>) dutch.get("rules")).extracting(r -> r.get("title"))
                .contains("Twee keer dezelfde gastorganisatie", "Lange reisafstand");

        // Against a published version (the draft as it was published) and against another variant.
        assertThat(as(coordinator).postForEntity("/api/programmes/" + programme + "/versions?force=true", null,
                Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> version = compare(coordinator, programme, variant, "version:1", "en");
        assertThat((Map<String, Object>) version.get("there")).containsEntry("kind", "VERSION")
                .containsEntry("version", 1);
        assertThat((List<Map<String, Object>>) version.get("placements")).extracting(p -> p.get("hostThere"))
                .containsExactly("WS0654");
        long copy = createVariant(coordinator, programme, "Ongewijzigd");
        Map<String, Object> other = compare(coordinator, programme, variant, String.valueOf(copy), "en");
        assertThat((Map<String, Object>) other.get("there")).containsEntry("kind", "VARIANT")
                .containsEntry("name", "Ongewijzigd");
        assertThat((List<Map<String, Object>>) other.get("placements")).hasSize(1);
    }

    @Test
    void aComparisonWithSomethingUnknownIsRefusedClearly() {
        String coordinator = newCoordinator();
        long programme = importSmall();
        long variant = createVariant(coordinator, programme, "Proef");
        long elsewhere = createVariant(coordinator, importSmall(), "Elders");
        String path = "/api/programmes/" + programme + "/variants/" + variant + "/compare?with=";

        ResponseEntity<Map> nonsense = as(coordinator).getForEntity(path + "gisteren", Map.class);
        assertThat(nonsense.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) nonsense.getBody().get("errors")).singleElement().asString()
                .contains("with must be draft, the id of another variant", "not 'gisteren'");
        assertThat(as(coordinator).getForEntity(path + "version:7", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(coordinator).getForEntity(path + elsewhere, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(coordinator).getForEntity("/api/programmes/" + programme + "/variants/" + elsewhere
                + "/compare", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void adoptingMakesTheDraftEqualToTheVariantAndIsAudited() {
        String coordinator = newCoordinator();
        long programme = importSmall();
        placeFeasibly(programme);
        List<String> periods = periodIds(programme);
        long variant = createVariant(coordinator, programme, "Oss groter");
        changeTheVariant(coordinator, variant, periods);
        // Swap T1's last two periods back into a usable plan: Oss in the third, Waterschap Aa en Maas in the fourth.
        assertThat(move(coordinator, variant, "T1", periods.get(3), "WS0654").getStatusCode()).isEqualTo(HttpStatus.OK);
        put(coordinator, "/api/programmes/" + programme + "/variants/" + variant + "/weights",
                Map.of("version", variant(coordinator, programme, variant).get("version"),
                        "weights", Map.of("Secondment needed", "0hard/0medium/300soft")));
        Map<String, Object> read = variant(coordinator, programme, variant);
        assertThat(draft(programme)).isNotEqualTo(draft(variant));

        Map<String, Object> adopted = adopt(coordinator, programme, variant, read.get("draftRevision"),
                read.get("revision"), HttpStatus.OK);

        assertThat(adopted).containsEntry("placementsChanged", 2).containsEntry("usable", true);
        assertThat(draft(programme)).isEqualTo(draft(variant));
        assertThat(hostOf(coordinator, programme, "T1", periods.get(2))).as("the draft's working plan follows")
                .isEqualTo("GM0828");
        Map<String, Object> after = compare(coordinator, programme, variant, "draft", "en");
        assertThat((List<?>) after.get("placements")).isEmpty();
        assertThat((List<?>) after.get("capacity")).isEmpty();
        assertThat((List<?>) after.get("weights")).isEmpty();
        assertThat(((Map<?, ?>) after.get("here")).get("score"))
                .isEqualTo(((Map<?, ?>) after.get("there")).get("score"));
        assertThat(audited(programme, "variant.adopt")).isEqualTo(1);
        assertThat(jdbc.sql("select after_value from audit_entry where programme_id = ? and action = 'variant.adopt'")
                .param(programme).query(String.class).single()).contains("'Oss groter'", "2 placement(s) changed");
    }

    @Test
    void adoptingAStaleVariantOrOneBeingSolvedIsRefusedAndChangesNothing() {
        String coordinator = newCoordinator();
        long programme = importSmall();
        placeFeasibly(programme);
        List<String> periods = periodIds(programme);
        long variant = createVariant(coordinator, programme, "Oss groter");
        changeTheVariant(coordinator, variant, periods);
        Map<String, Object> read = variant(coordinator, programme, variant);

        // Someone moves a placement of the draft after the coordinator compared.
        assertThat(move(coordinator, programme, "T2", periods.get(3), "PV30").getStatusCode()).isEqualTo(HttpStatus.OK);
        String before = snapshot(programme);
        Map<String, Object> stale = adopt(coordinator, programme, variant, read.get("draftRevision"),
                read.get("revision"), HttpStatus.CONFLICT);
        assertThat(stale).containsEntry("type", "urn:doorstroom:stale-edit");
        assertThat((String) stale.get("detail")).contains("changed since you read them; nothing was adopted");
        assertThat(snapshot(programme)).isEqualTo(before);

        Map<String, Object> fresh = variant(coordinator, programme, variant);
        long job = queueJob(variant);
        ResponseEntity<Map> solving = as(coordinator).postForEntity("/api/programmes/" + programme + "/variants/"
                + variant + "/adopt", Map.of("draftRevision", fresh.get("draftRevision"),
                        "variantRevision", fresh.get("revision")), Map.class);
        assertRefusedWhileSolving(solving);
        endJob(job);
        assertThat(snapshot(programme)).isEqualTo(before);

        ResponseEntity<Map> missing = as(coordinator).postForEntity("/api/programmes/" + programme + "/variants/"
                + variant + "/adopt", Map.of(), Map.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(snapshot(programme)).isEqualTo(before);
    }

    @Test
    void aVariantWhoseDraftGainedAParticipantCannotBeAdopted() {
        String coordinator = newCoordinator();
        long programme = importSmall();
        placeFeasibly(programme);
        long variant = createVariant(coordinator, programme, "Voor Cas");
        assertThat(as(coordinator).postForEntity("/api/programmes/" + programme + "/participants",
                Map.of("id", "T3", "name", "Cas Smit", "kind", "JUNIOR", "employer", "PV30", "salaryScale", 7,
                        "home", "Tilburg"), Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> read = variant(coordinator, programme, variant);
        String before = snapshot(programme);

        Map<String, Object> refused = adopt(coordinator, programme, variant, read.get("draftRevision"),
                read.get("revision"), HttpStatus.CONFLICT);

        assertThat(refused).containsEntry("type", "urn:doorstroom:variant-diverged");
        assertThat((String) refused.get("detail")).contains("T3@");
        assertThat(snapshot(programme)).isEqualTo(before);
    }

    @Test
    void hostsAndParticipantsNeverSeeAVariant() {
        String coordinator = newCoordinator();
        long programme = importSmall();
        placeFeasibly(programme);
        List<String> periods = periodIds(programme);
        assertThat(as(coordinator).postForEntity("/api/programmes/" + programme + "/versions", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long variant = createVariant(coordinator, programme, "Geheim");
        String oss = newHost("GM0828");
        String anna = newParticipant(programme, "T1");

        for (String user : List.of(oss, anna)) {
            List<Map<String, Object>> programmes = as(user).getForObject("/api/programmes", List.class);
            assertThat(programmes).extracting(p -> ((Number) p.get("id")).longValue()).contains(programme)
                    .doesNotContain(variant);
            for (String path : List.of("", "/periods", "/capacity")) {
                assertThat(as(user).getForEntity("/api/programmes/" + variant + path, Map.class).getStatusCode())
                        .as(user + " " + path).isEqualTo(HttpStatus.NOT_FOUND);
            }
        }
        List<Map<String, Object>> declarations = as(oss).getForObject("/api/capacity", List.class);
        assertThat(declarations).isNotEmpty().extracting(d -> ((Number) d.get("programmeId")).longValue())
                .doesNotContain(variant);
        assertThat(as(oss).getForObject("/api/capacity?programme=" + variant, List.class)).isEmpty();
        assertThat(as(coordinator).getForObject("/api/capacity?programme=" + variant, List.class)).isEmpty();
        List<Map<String, Object>> incoming = as(oss).getForObject("/api/hosts/me/incoming", List.class);
        assertThat(incoming).extracting(p -> ((Number) p.get("programmeId")).longValue()).contains(programme)
                .doesNotContain(variant);

        // The host's own declaration copied into the variant is out of reach, for reading and changing.
        Map<String, Object> copied = declaration(coordinator, variant, "GM0828", periods.get(2));
        String before = snapshot(variant);
        assertThat(put(oss, "/api/programmes/" + variant + "/capacity/" + copied.get("id"),
                Map.of("version", copied.get("version"), "min", 0, "max", 3)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(oss).exchange("/api/programmes/" + variant + "/capacity/" + copied.get("id") + "?version="
                + copied.get("version"), HttpMethod.DELETE, HttpEntity.EMPTY, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(oss).postForEntity("/api/programmes/" + variant + "/capacity", Map.of("period", periods.get(3),
                "discipline", "water", "min", 0, "max", 1), Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(snapshot(variant)).isEqualTo(before);

        // A variant is never published, so nothing of it reaches a host's or participant's published pages.
        ResponseEntity<Map> publish = as(coordinator).postForEntity("/api/programmes/" + variant
                + "/versions?force=true", null, Map.class);
        assertThat(publish.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(publish.getBody()).containsEntry("type", "urn:doorstroom:variant");
        assertThat((String) publish.getBody().get("detail")).contains("is never published");
        assertThat(snapshot(variant)).isEqualTo(before);
    }

    @Test
    void deletingAVariantIsAuditedAndDeletingTheProgrammeTakesItsVariants() {
        String coordinator = newCoordinator();
        long programme = importSmall();
        long kept = createVariant(coordinator, programme, "Blijft");
        long gone = createVariant(coordinator, programme, "Gaat");

        assertThat(as(coordinator).exchange("/api/programmes/" + programme + "/variants/" + gone, HttpMethod.DELETE,
                HttpEntity.EMPTY, Map.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(audited(programme, "variant.delete")).isEqualTo(1);
        assertThat(as(coordinator).getForEntity("/api/programmes/" + programme + "/variants/" + gone, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // Deleted as a programme, a variant would leave no trace with its programme: that way is refused.
        ResponseEntity<Map> asProgramme = as(coordinator).exchange("/api/programmes/" + kept, HttpMethod.DELETE,
                HttpEntity.EMPTY, Map.class);
        assertThat(asProgramme.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) asProgramme.getBody().get("errors")).singleElement().asString()
                .contains("/api/programmes/" + programme + "/variants/" + kept);
        assertThat(variant(coordinator, programme, kept)).containsEntry("name", "Blijft");

        assertThat(as(coordinator).exchange("/api/programmes/" + programme, HttpMethod.DELETE, HttpEntity.EMPTY,
                Map.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.sql("select count(*) from programme where id in (?, ?)").params(kept, gone)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void badNamesAndWeightsAreRefusedWithEveryProblem() {
        String coordinator = newCoordinator();
        long programme = importSmall();
        long variant = createVariant(coordinator, programme, "Proef");
        String variants = "/api/programmes/" + programme + "/variants";

        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("name", "  "), Map.of("name", "pRoEf "),
                Map.of("name", "x".repeat(81)), Map.of())) {
            ResponseEntity<Map> refused = as(coordinator).postForEntity(variants, body, Map.class);
            assertThat(refused.getStatusCode()).as(body.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((List<String>) refused.getBody().get("errors")).singleElement().asString()
                    .containsAnyOf("name is required", "already has a variant named 'pRoEf'", "at most 80 fit");
        }
        assertThat(as(coordinator).postForEntity("/api/programmes/" + variant + "/variants", Map.of("name", "Nest"),
                Map.class).getStatusCode()).as("no variants of a variant").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(coordinator).getForObject(variants, List.class)).hasSize(1);

        String before = snapshot(variant);
        ResponseEntity<Map> notScores = put(coordinator, variants + "/" + variant + "/weights", Map.of("version", 0,
                "weights", Map.of("Long commute", "veel", "Wish not honoured", "3")));
        assertThat(notScores.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) notScores.getBody().get("errors")).hasSize(2)
                .anySatisfy(e -> assertThat(e).contains("'Long commute' is 'veel'"));
        ResponseEntity<Map> unknownRule = put(coordinator, variants + "/" + variant + "/weights", Map.of("version", 0,
                "weights", Map.of("Gezelligheid", "0hard/0medium/5soft")));
        assertThat(unknownRule.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) unknownRule.getBody().get("errors")).singleElement().asString()
                .contains("weights[Gezelligheid]", "unknown rule 'Gezelligheid'");
        ResponseEntity<Map> stale = put(coordinator, variants + "/" + variant + "/weights", Map.of("version", 7,
                "weights", Map.of()));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(snapshot(variant)).isEqualTo(before);
    }
}
