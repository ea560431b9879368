package nl.doorstroom.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.doorstroom.web.PageClient;
import nl.doorstroom.web.WebIntegrationTest;

/** People get an error page in their language; scripts get a problem+json. Never one for the other. */
class ErrorPagesTest extends WebIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void pagesAnswerErrorsAsPagesInDutchOrEnglish() {
        String host = newHost("GM0828");
        PageClient browser = new PageClient(port);
        browser.logIn(host, password(host));

        HttpResponse<String> forbidden = browser.get("/programmes");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(forbidden.body()).contains("Geen toegang").contains("<html");

        HttpResponse<String> missing = browser.get("/no-such-page?lang=en");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Not found").doesNotContain("\"status\"");

        String coordinator = newCoordinator();
        PageClient coordinatorBrowser = new PageClient(port);
        coordinatorBrowser.logIn(coordinator, password(coordinator));
        HttpResponse<String> noProgramme = coordinatorBrowser.get("/programmes/999999");
        assertThat(noProgramme.statusCode()).isEqualTo(404);
        assertThat(noProgramme.body()).contains("Niet gevonden");
    }

    @Test
    void aRefusedUploadIsAPageSayingTheFileIsTooLarge() throws Exception {
        String coordinator = newCoordinator();
        PageClient browser = new PageClient(port);
        browser.logIn(coordinator, password(coordinator));
        String csrf = browser.get("/programmes").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String boundary = "grens";
        byte[] large = new byte[10_500_000]; // above the 10 MB the application takes
        java.util.Arrays.fill(large, (byte) 'x');
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"participants.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(large);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().cookieHandler(browser.cookies()).build();

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/programmes/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Bestand te groot");
    }

    @Test
    void theApiAnswersErrorsAsProblemJson() throws Exception {
        String host = newHost("GM0828");
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString((host + ":" + password(host)).getBytes(StandardCharsets.UTF_8));
        for (String path : new String[] {"/api/accounts", "/api/no-such-thing", "/api/programmes/999999"}) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", basic).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isIn(403, 404);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/problem+json");
            assertThat(answer.body()).as(path).contains("\"status\":" + answer.statusCode());
        }
    }
}
