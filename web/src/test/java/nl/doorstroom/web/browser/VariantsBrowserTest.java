package nl.doorstroom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** A coordinator makes a variant with one more place at Oss, compares it with the draft and adopts it. */
class VariantsBrowserTest extends BrowserTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void makeAVariantCompareItWithTheDraftAndAdoptIt() {
        long programme = importSmall();
        placeFeasibly(programme);
        List<String> periods = periodIds(programme);
        String coordinator = newCoordinator();
        logIn(coordinator);

        open("/programmes/" + programme);
        click(waitFor(By.linkText("Varianten")));
        assertThat(waitFor(By.id("no-variants")).getText()).isEqualTo("Dit programma heeft nog geen varianten.");
        waitFor(By.id("variant-name")).sendKeys("Oss groter");
        click(browser.findElement(By.id("create-variant")));
        assertThat(waitFor(By.id("created")).getText()).startsWith("De variant is gemaakt");
        screenshot("variant-created");
        long variant = jdbc.sql("select id from programme where variant_of = ?").param(programme).query(Long.class)
                .single();

        // In the variant only: one more place at Oss in the third period, and T1 placed there, as on its board.
        TestRestTemplate api = rest.withBasicAuth(coordinator, password(coordinator));
        Map<String, Object> oss = ((List<Map<String, Object>>) api.getForObject("/api/programmes/" + variant
                + "/capacity", List.class)).stream()
                .filter(d -> d.get("hostCode").equals("GM0828") && d.get("periodId").equals(periods.get(2)))
                .findFirst().orElseThrow();
        assertThat(api.exchange("/api/programmes/" + variant + "/capacity/" + oss.get("id"), HttpMethod.PUT,
                new HttpEntity<>(Map.of("version", oss.get("version"), "min", 0, "max", 2)), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        for (List<String> move : List.of(List.of(periods.get(2), "GM0828"), List.of(periods.get(3), "WS0654"))) {
            assertThat(api.exchange("/api/programmes/" + variant + "/placements/T1/" + move.get(0), HttpMethod.PUT,
                    new HttpEntity<>(Map.of("host", move.get(1), "version", 0)), Map.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }

        open("/programmes/" + variant + "/board");
        assertThat(waitFor(By.id("variant-banner")).getText())
                .contains("Variant Oss groter van programma Kleine proef");
        screenshot("variant-board");

        click(browser.findElement(By.linkText("Terug naar de varianten van het programma")));
        click(waitFor(By.id("compare")));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Oss groter naast Het concept");
        assertThat(browser.findElement(By.id("compare-rules")).getText()).contains("Twee keer dezelfde gastorganisatie");
        assertThat(browser.findElements(By.cssSelector("#compare-placements tbody tr"))).hasSize(2);
        assertThat(browser.findElement(By.id("compare-capacity")).getText()).contains("Oss", "0–2", "0–1");
        screenshot("variant-compared");

        click(browser.findElement(By.id("adopt")));
        assertThat(waitFor(By.tagName("h1")).getText())
                .isEqualTo("Variant Oss groter overnemen als concept van Kleine proef?");
        screenshot("variant-adopt-confirmation");
        click(browser.findElement(By.id("confirm")));
        assertThat(waitFor(By.id("adopted")).getText()).contains("Variant Oss groter is overgenomen als concept.");
        screenshot("variant-adopted");

        assertThat(jdbc.sql("select host_code from placement where programme_id = ? and participant_id = 'T1' "
                + "and period_id = ?").params(programme, periods.get(2)).query(String.class).single())
                .isEqualTo("GM0828");
        assertThat(jdbc.sql("select max from capacity_declaration where programme_id = ? and host_code = 'GM0828' "
                + "and period_id = ?").params(programme, periods.get(2)).query(Integer.class).single()).isEqualTo(2);
    }
}
