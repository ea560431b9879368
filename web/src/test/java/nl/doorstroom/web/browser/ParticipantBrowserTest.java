package nl.doorstroom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** A participant sees only their own published rotations and downloads them as a calendar. */
class ParticipantBrowserTest extends BrowserTest {

    @Test
    void aParticipantSeesOnlyTheirOwnRotationsAndDownloadsTheCalendar() throws Exception {
        long programme = importSmall();
        placeFeasibly(programme);
        jdbc.sql("insert into plan_version (programme_id, number, published_by, score) values (?, 1, 'test', '0hard/0medium/0soft')")
                .param(programme).update();
        jdbc.sql("""
                insert into published_placement (plan_version_id, participant_id, period_id, host_code, pinned)
                select (select id from plan_version where programme_id = ?), participant_id, period_id, host_code, pinned
                from placement where programme_id = ?""").params(programme, programme).update();
        logIn(newParticipant(programme, "T1"));

        assertThat(browser.getCurrentUrl()).endsWith("/me");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Mijn rotaties, Anna Bakker");
        String rotations = browser.findElement(By.id("rotations")).getText();
        assertThat(rotations).contains("Provincie Noord-Brabant").contains("geweest").contains("nu").contains("komt eraan");
        assertThat(browser.getPageSource()).doesNotContain("Bram de Vries");
        screenshot("participant-rotations");

        // on a phone the page fits the screen: no sideways scrolling
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open("/me");
        waitFor(By.id("rotations"));
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        screenshot("participant-rotations-phone");
        assertThat(((Number) overflow).intValue()).as("sideways overflow on a phone").isLessThanOrEqualTo(0);

        // the calendar link works with the browser's own session
        String href = browser.findElement(By.id("calendar")).getAttribute("href");
        Cookie session = browser.manage().getCookieNamed("SESSION");
        HttpResponse<String> calendar = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Provincie Noord-Brabant")
                .doesNotContain("Bram de Vries");

        open("/programmes/" + programme);
        assertThat(browser.getPageSource()).doesNotContain("Bram de Vries");
        open("/api/programmes/" + programme + "/participants/T2");
        assertThat(browser.getPageSource()).doesNotContain("Bram de Vries");
        screenshot("participant-refused-other");
    }
}
