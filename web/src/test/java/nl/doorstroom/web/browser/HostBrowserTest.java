package nl.doorstroom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A host declares capacity for a coming period, sees validation in place, and cannot open another's pages. */
class HostBrowserTest extends BrowserTest {

    @Test
    void aHostDeclaresCapacityAndIsRefusedOtherPages() {
        long programme = importDemo("brabant-trainees");
        logIn(newHost("GM0758"));
        assertThat(browser.getCurrentUrl()).endsWith("/host");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Onze capaciteit");
        int before = browser.findElements(By.cssSelector("#programme-" + programme + " tbody tr")).size();
        screenshot("host-capacity");

        // min above max is refused in place
        new Select(browser.findElement(By.id("new-period-" + programme))).selectByValue("2028-H2");
        fill("new-discipline-" + programme, "financiën");
        fill("new-min-" + programme, "3");
        fill("new-max-" + programme, "1");
        click(browser.findElement(By.cssSelector("#programme-" + programme + " form[action$='/declarations'] button")));
        assertThat(waitFor(By.cssSelector("#programme-" + programme + " .alert-danger")).getText())
                .contains("Niet opgeslagen").contains("min 3 is hoger dan max 1");
        screenshot("host-capacity-refused");

        new Select(browser.findElement(By.id("new-period-" + programme))).selectByValue("2028-H2");
        fill("new-discipline-" + programme, "financiën");
        fill("new-min-" + programme, "0");
        fill("new-max-" + programme, "1");
        click(browser.findElement(By.cssSelector("#programme-" + programme + " form[action$='/declarations'] button")));
        assertThat(waitFor(By.cssSelector("#programme-" + programme + " .alert-success")).getText())
                .isEqualTo("Opgeslagen.");
        assertThat(browser.findElements(By.cssSelector("#programme-" + programme + " tbody tr"))).hasSize(before + 1);
        screenshot("host-capacity-saved");

        open("/programmes/" + programme);
        assertThat(browser.getPageSource()).doesNotContain("Fleur de Groot");
        open("/programmes/" + programme + "/board");
        assertThat(browser.getPageSource()).doesNotContain("Fleur de Groot");
        screenshot("host-refused-coordinator-page");
    }

    private void fill(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
