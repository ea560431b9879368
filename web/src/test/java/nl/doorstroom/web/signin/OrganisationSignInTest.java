package nl.doorstroom.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nimbusds.jose.JOSEObjectType;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import nl.doorstroom.web.PageClient;
import nl.doorstroom.web.WebIntegrationTest;

/**
 * Sign-in through an organisation's OpenID Connect provider, a real one running in the test: the whole
 * authorization-code flow, matched to an account by the verified e-mail address the provider vouches for.
 */
class OrganisationSignInTest extends WebIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aHostSignsInThroughTheirOrganisationAndSeesTheirOwnPage() {
        String address = "oidc-" + System.nanoTime() + "@gemeente.example.nl";
        String username = newHost("GM0828");
        jdbc.sql("update app_user set email = ? where username = ?").params(address, username).update();
        PageClient browser = new PageClient("http://localhost:" + port, HttpClient.Redirect.ALWAYS);
        assertThat(browser.get("/login").body()).contains("Inloggen met Gemeente Proef");

        HttpResponse<String> page = signIn(browser, address, true);

        assertThat(page.uri().getPath()).isEqualTo("/host");
        assertThat(page.body()).contains("Onze capaciteit").contains(username);
    }

    @Test
    void anUnverifiedAddressOrOneWithoutAnAccountSignsNobodyIn() {
        String address = "unverified-" + System.nanoTime() + "@gemeente.example.nl";
        String username = newCoordinator();
        jdbc.sql("update app_user set email = ? where username = ?").params(address, username).update();

        HttpResponse<String> unverified = signIn(new PageClient("http://localhost:" + port, HttpClient.Redirect.ALWAYS),
                address, false);
        assertThat(unverified.uri().toString()).endsWith("/login?provider=unverified_email");
        assertThat(unverified.body()).contains("geen geverifieerd e-mailadres");

        HttpResponse<String> unknown = signIn(new PageClient("http://localhost:" + port, HttpClient.Redirect.ALWAYS),
                "nobody-" + System.nanoTime() + "@gemeente.example.nl", true);
        assertThat(unknown.uri().toString()).endsWith("/login?provider=no_account");
        assertThat(unknown.body()).contains("geen actief Doorstroom-account");
    }

    @Test
    void aDeactivatedAccountCannotSignInThroughItsOrganisation() {
        String address = "gone-" + System.nanoTime() + "@gemeente.example.nl";
        String username = newHost("GM0828");
        jdbc.sql("update app_user set email = ?, enabled = false where username = ?").params(address, username).update();

        HttpResponse<String> refused = signIn(new PageClient("http://localhost:" + port, HttpClient.Redirect.ALWAYS),
                address, true);

        assertThat(refused.uri().toString()).endsWith("/login?provider=no_account");
    }

    /** The provider will vouch for this address; the browser follows every redirect of the flow. */
    private HttpResponse<String> signIn(PageClient browser, String email, boolean verified) {
        IDENTITY_PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(PROVIDER, "subject-" + email,
                JOSEObjectType.JWT.getType(), List.of("doorstroom"), Map.of("email", email, "email_verified", verified),
                3600));
        return browser.get("/oauth2/authorization/" + PROVIDER);
    }
}
