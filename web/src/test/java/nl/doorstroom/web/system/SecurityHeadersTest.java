package nl.doorstroom.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.doorstroom.web.PageClient;
import nl.doorstroom.web.WebIntegrationTest;

/**
 * What a "securityheaders" check reads, on every page of every role, on the API and on error pages: a
 * Content-Security-Policy without inline script, no framing, no referrer, no sniffing, a Permissions-Policy;
 * and the session cookie is HttpOnly and SameSite=Lax, kept in PostgreSQL.
 */
class SecurityHeadersTest extends WebIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void everyPageOfEveryRoleCarriesTheSecurityHeaders() {
        long programme = importSmall();
        Map<String, List<String>> pagesByUser = Map.of(
                newCoordinator(), List.of("/programmes", "/programmes/" + programme, "/programmes/" + programme + "/board",
                        "/programmes/" + programme + "/explanation", "/programmes/" + programme + "/occupancy",
                        "/programmes/" + programme + "/map", "/programmes/" + programme + "/versions", "/invitations",
                        "/accounts", "/mail"),
                newHost("GM0828"), List.of("/host", "/host/contacts"),
                newParticipant(programme, "T1"), List.of("/me"));
        List<String> anonymous = List.of("/login", "/password/forgot", "/password/unknown-token", "/no-such-page");
        PageClient visitor = new PageClient(port);
        for (String path : anonymous) {
            assertSecure(path, visitor.get(path));
        }
        pagesByUser.forEach((username, pages) -> {
            PageClient browser = new PageClient(port);
            browser.logIn(username, password(username));
            for (String path : pages) {
                HttpResponse<String> page = browser.get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertSecure(path, page);
            }
        });
        assertSecure("/api/programmes", new PageClient(port).get("/api/programmes"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndTheSessionLivesInPostgreSql() {
        String host = newHost("GM0828");
        PageClient browser = new PageClient(port);
        HttpResponse<String> login = browser.get("/login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");

        browser.logIn(host, password(host));

        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(host)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private static void assertSecure(String path, HttpResponse<String> answer) {
        var headers = answer.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'")
                .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(p -> assertThat(p)
                .contains("camera=()").contains("geolocation=()"));
        if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            assertThat(answer.body()).as(path + " has no inline script").doesNotContainPattern("<script(?![^>]*\\ssrc=)");
        }
    }
}
