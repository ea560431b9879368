package nl.doorstroom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

class CoordinatorProgrammePagesBrowserTest extends BrowserTest {

    @Test
    void aCoordinatorImportsABrokenFileSeesEveryProblemThenOpensAProgramme(@TempDir Path upload) throws IOException {
        long programme = importDemo("brabant-trainees");
        logIn(newCoordinator());
        assertThat(browser.getCurrentUrl()).endsWith("/programmes");
        screenshot("coordinator-programmes");

        Path broken = upload.resolve("programme.csv");
        Files.writeString(broken, "setting;value\nname;Kapot\nfirst_period_start;1-1-2027\n", StandardCharsets.UTF_8);
        browser.findElement(By.id("files")).sendKeys(broken.toString());
        click(browser.findElement(By.cssSelector("#import ~ form button[type=submit]")));
        String problems = waitFor(By.id("import-problems")).getText();
        assertThat(problems).contains("Niets geïmporteerd")
                .contains("programme.csv:3:2: first_period_start '1-1-2027' is not a date")
                .contains("participants.csv: required file is missing");
        screenshot("coordinator-import-refused");

        open("/programmes/" + programme);
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Trainee in Brabant 2027–2028");
        click(browser.findElement(By.linkText("Kaart")));
        waitFor(By.cssSelector("svg[role=img]"));
        assertThat(browser.findElements(By.cssSelector("svg circle"))).hasSize(14);
        screenshot("coordinator-map");

        open("/programmes/" + programme + "/occupancy?lang=en");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Occupancy of Trainee in Brabant 2027–2028");
        screenshot("coordinator-occupancy-en");
    }
}
