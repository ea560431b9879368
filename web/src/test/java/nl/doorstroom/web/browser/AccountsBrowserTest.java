package nl.doorstroom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import nl.doorstroom.web.MailedLinks;

/**
 * A coordinator invites a colleague on the accounts page, reads the invitation under "Verzonden berichten", and
 * the colleague chooses a password through the link and signs in; the pages work by keyboard, in Dutch.
 */
class AccountsBrowserTest extends BrowserTest {

    @Test
    void aCoordinatorInvitesAColleagueWhoChoosesAPasswordAndSignsIn() {
        String colleague = "collega-" + System.nanoTime() + "@provincie.example.nl";
        logIn(newCoordinator());

        open("/accounts");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Accounts");
        fill("coordinator-email", colleague);
        click(browser.findElement(By.cssSelector("form[action$='/accounts/coordinators'] button")));
        assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains(colleague).contains("uitgenodigd");
        assertThat(browser.findElement(By.id("account-" + colleague)).getText()).contains("uitgenodigd, nog geen wachtwoord");
        screenshot("accounts-invited");

        open("/mail");
        WebElement mail = waitFor(By.xpath("//tr[td[text()='" + colleague + "']]"));
        click(mail.findElement(By.tagName("summary")));
        assertThat(mail.findElement(By.cssSelector(".mail-body")).getText()).contains("/password/");
        screenshot("sent-messages");

        browser.manage().deleteAllCookies();
        open(MailedLinks.awaitLink(MAIL_SERVER, colleague));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Wachtwoord kiezen");
        fill("password", "een goed wachtwoord");
        fill("repeated", "een ander wachtwoord");
        click(browser.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(waitFor(By.cssSelector(".alert-danger")).getText()).contains("De twee wachtwoorden verschillen.");
        screenshot("set-password-refused");
        fill("password", "een goed wachtwoord");
        fill("repeated", "een goed wachtwoord");
        click(browser.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("Uw wachtwoord is ingesteld");
        screenshot("password-set");

        fill("username", colleague);
        fill("password", "een goed wachtwoord");
        click(browser.findElement(By.cssSelector("form[action$='/login'] button")));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Programma's");
    }

    @Test
    void aHostKeepsItsContactAddresses() {
        logIn(newHost("GM0828"));
        open("/host/contacts");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Contactadressen");
        String address = "planning-" + System.nanoTime() + "@tilburg.example.nl";
        fill("email", address);
        click(browser.findElement(By.cssSelector("form[action$='/host/contacts'] button")));
        assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains(address);
        assertThat(browser.findElement(By.tagName("table")).getText()).contains(address).contains("nog geen account");
        screenshot("host-contacts");
    }

    private void fill(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
