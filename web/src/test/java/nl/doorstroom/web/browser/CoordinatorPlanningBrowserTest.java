package nl.doorstroom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A coordinator solves the demo programme, moves a placement to a recommended host, sees it pinned, publishes. */
class CoordinatorPlanningBrowserTest extends BrowserTest {

    @Test
    void solveMoveToARecommendedHostAndPublish() {
        long programme = importDemo("brabant-trainees");
        logIn(newCoordinator());
        open("/programmes/" + programme + "/board");
        screenshot("board-before-solving");

        WebElement seconds = waitFor(By.id("seconds"));
        seconds.clear();
        seconds.sendKeys("8");
        click(browser.findElement(By.id("solve")));
        waitFor(By.id("stop"));
        screenshot("board-solving");
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("reload-board")));
        assertThat(browser.findElement(By.id("job-status")).getText()).isEqualTo("klaar");
        // the score chart: its axes named with their units, and in words for those who cannot see it
        WebElement chart = browser.findElement(By.cssSelector(".score-chart svg"));
        assertThat(chart.getAttribute("aria-label")).startsWith("Beste score in de tijd: van ").endsWith(" seconden");
        assertThat(chart.findElements(By.tagName("text"))).extracting(WebElement::getText)
                .contains("tijd (seconden)", "score (hoger is beter)");
        assertThat(browser.findElements(By.cssSelector("#score-chart-table tbody tr")).size()).isGreaterThan(1);
        click(browser.findElement(By.id("reload-board")));
        // the board's own score line, with its points per rule, replaces the job's best score
        wait.until(driver -> driver.findElement(By.id("board-score")).getText()
                .startsWith("bruikbaar · 0 harde regels gebroken · 0 aandachtspunten · ")
                && !driver.findElements(By.cssSelector("#board-score details")).isEmpty());
        screenshot("board-solved");

        // a placement whose recommended alternatives include one that keeps the plan usable
        String placement = null;
        String chosenHost = null;
        for (int i = 1; i <= 12 && placement == null; i++) {
            String id = String.format("T%02d@2027-H1", i);
            // found afresh: the board's rows may be swapped in once more as the ended job is noticed
            String rowId = "#row-" + id.substring(0, id.indexOf('@'));
            String name = wait.until(driver -> driver.findElement(By.cssSelector(rowId + " > th")).getText());
            click(wait.until(driver -> driver.findElement(By.cssSelector("button.cell[data-placement='" + id + "']"))));
            wait.until(driver -> driver.findElements(By.cssSelector("#panel-content h2")).stream()
                    .anyMatch(heading -> heading.getText().startsWith(name)));
            waitFor(By.id("alternatives"));
            for (WebElement row : browser.findElements(By.cssSelector("#alternatives tbody tr"))) {
                if (row.findElements(By.tagName("td")).get(1).getText().startsWith("bruikbaar")) {
                    placement = id;
                    chosenHost = row.findElement(By.cssSelector("td span")).getText();
                    screenshot("board-placement-panel");
                    click(row.findElement(By.cssSelector("button.move")));
                    break;
                }
            }
        }
        assertThat(placement).as("a placement with a recommended host that keeps the plan usable").isNotNull();
        String movedPlacement = placement;
        String movedTo = chosenHost;

        // the board reloads with the placement at the chosen host, pinned
        WebElement cell = wait.until(driver -> {
            var cells = driver.findElements(By.cssSelector("button.cell[data-placement='" + movedPlacement + "']"));
            return !cells.isEmpty() && cells.get(0).getText().contains(movedTo) ? cells.get(0) : null;
        });
        assertThat(cell.findElements(By.cssSelector(".pin"))).hasSize(1);
        screenshot("board-moved-and-pinned");

        open("/programmes/" + programme + "/versions");
        click(waitFor(By.id("publish")));
        assertThat(waitFor(By.id("published")).getText()).contains("Versie 1 is gepubliceerd");
        assertThat(browser.findElements(By.cssSelector("#versions tbody tr"))).hasSize(1);
        screenshot("versions-published");
    }
}
