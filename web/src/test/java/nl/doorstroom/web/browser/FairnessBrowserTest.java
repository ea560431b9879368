package nl.doorstroom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class FairnessBrowserTest extends BrowserTest {

    @Test
    void aCoordinatorOpensTheFairnessTabAndReadsTheChartAndTheTables() {
        long programme = importSmall();
        placeFeasibly(programme);
        logIn(newCoordinator());

        open("/programmes/" + programme);
        click(browser.findElement(By.linkText("Eerlijkheid")));
        waitFor(By.cssSelector("svg#fairness-chart[role=img]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Eerlijkheid van Kleine proef");
        // one bar per row of the histogram's table, which a screen reader reads instead of the chart
        int bins = browser.findElements(By.cssSelector("#fairness-bins tbody tr")).size();
        assertThat(browser.findElements(By.cssSelector("#fairness-chart rect"))).hasSize(bins).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#fairness-worst-off tbody tr"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#fairness-hosts tbody tr"))).hasSize(4);
        screenshot("coordinator-fairness");

        open("/programmes/" + programme + "/fairness?lang=en");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Fairness of Kleine proef");
        screenshot("coordinator-fairness-en");
    }
}
