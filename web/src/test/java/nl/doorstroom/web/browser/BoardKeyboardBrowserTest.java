package nl.doorstroom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A coordinator uses the board with the keyboard only: Tab to the board, arrow keys between placements (the
 * focus visible), Enter to open one, Tab to a recommended host and Enter to move the placement there.
 */
class BoardKeyboardBrowserTest extends BrowserTest {

    @Test
    void moveThroughTheBoardOpenAPlacementAndChooseARecommendationWithKeysOnly() {
        long programme = importSmall();
        placeFeasibly(programme);
        List<String> periods = periodIds(programme);
        logIn(newCoordinator());
        open("/programmes/" + programme + "/board");
        waitFor(By.id("board"));

        // Tab from the top of the page until the first placement on the board has the focus
        for (int i = 0; i < 80 && !isCell(focused()); i++) {
            press(Keys.TAB);
        }
        assertThat(focused().getAttribute("data-placement")).isEqualTo("T1@" + periods.get(0));
        assertThat(focused().getCssValue("outline-style")).as("the focus is visible").isNotEqualTo("none");

        press(Keys.ARROW_RIGHT);
        assertThat(focused().getAttribute("data-placement")).isEqualTo("T1@" + periods.get(1));
        press(Keys.ARROW_DOWN);
        assertThat(focused().getAttribute("data-placement")).isEqualTo("T2@" + periods.get(1));
        press(Keys.END);
        String last = focused().getAttribute("data-placement");
        assertThat(last).startsWith("T2@").isNotEqualTo("T2@" + periods.get(1));
        press(Keys.HOME);
        assertThat(focused().getAttribute("data-placement")).isEqualTo("T2@" + periods.get(0));
        press(Keys.ARROW_UP);
        press(Keys.ARROW_RIGHT);
        press(Keys.ARROW_RIGHT);
        String placement = focused().getAttribute("data-placement");
        assertThat(placement).isEqualTo("T1@" + periods.get(2));
        String participantName = browser.findElement(By.cssSelector("#row-T1 > th")).getText();
        screenshot("board-keyboard-focus");

        // Enter opens the placement; its panel takes the focus, Tab goes on to the first recommended host
        press(Keys.ENTER);
        wait.until(driver -> focused().getTagName().equals("h2")
                && focused().getText().startsWith(participantName));
        waitFor(By.id("alternatives"));
        for (int i = 0; i < 20 && !focused().getAttribute("class").contains("move"); i++) {
            press(Keys.TAB);
        }
        WebElement move = focused();
        assertThat(move.getAttribute("class")).contains("move");
        String host = move.findElement(By.xpath("ancestor::tr/td[1]/span")).getText();
        screenshot("board-keyboard-recommendation");
        press(Keys.ENTER);

        // the board shows the placement at the chosen host, pinned; the panel has the focus again
        wait.until(driver -> driver.findElement(By.cssSelector("button.cell[data-placement='" + placement + "']"))
                .getText().contains(host));
        wait.until(driver -> focused().getTagName().equals("h2"));
        assertThat(browser.findElements(By.cssSelector("button.cell[data-placement='" + placement + "'] .pin")))
                .hasSize(1);

        // Escape goes back to the placement on the board
        press(Keys.ESCAPE);
        assertThat(focused().getAttribute("data-placement")).isEqualTo(placement);
        screenshot("board-keyboard-moved");
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private static boolean isCell(WebElement element) {
        String classes = element.getAttribute("class");
        return element.getTagName().equals("button") && classes != null && classes.contains("cell");
    }

    private void press(CharSequence key) {
        focused().sendKeys(key);
    }
}
