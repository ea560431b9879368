package nl.doorstroom.web.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.doorstroom.web.WebIntegrationTest;

/**
 * Guessing passwords is slowed down, in PostgreSQL, per user name at an address and per address, and it cannot
 * be turned against the owner of the name: a burst of wrong passwords delays the right one by seconds, and only
 * from the guesser's own address. Each test pretends to come from its own addresses (X-Forwarded-For, trusted
 * from the loopback address as from a proxy).
 */
class LoginThrottleTest extends WebIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;
    @Autowired
    LoginThrottle throttle;

    @Test
    void aHundredConcurrentWrongPasswordsKeepTheRightOneOutForSecondsOnly() {
        String coordinator = newCoordinator();
        String address = "198.51.100.7";

        List<Integer> guesses = concurrently(100, i -> status(coordinator, "wrong-" + i, address));

        assertThat(guesses).as("no wrong password is accepted").allMatch(s -> s == 401 || s == 429);
        assertThat(guesses).as("most guesses are refused unchecked").filteredOn(s -> s == 429).hasSizeGreaterThan(50);
        assertThat(status(coordinator, password(coordinator), "203.0.113.9"))
                .as("the owner elsewhere is not delayed at all").isEqualTo(200);
        Instant start = Instant.now();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> status(coordinator, password(coordinator), address) == 200);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theRightPasswordAmongThirtyConcurrentGuessesAfterFourFailuresIsNotWavedThrough() {
        String coordinator = newCoordinator();
        String address = "198.51.100.30";
        for (int i = 0; i < 4; i++) {
            assertThat(status(coordinator, "guess-" + i, address)).isIn(401, 429);
        }

        List<Integer> answers = concurrently(30,
                i -> status(coordinator, i == 17 ? password(coordinator) : "guess-" + (i + 10), address));

        assertThat(answers).as("refused or delayed, never accepted").allMatch(s -> s == 401 || s == 429);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> status(coordinator, password(coordinator), address) == 200);
    }

    @Test
    void refusalsSayHowLongToWaitAndFailuresAreCountedInTheDatabase() {
        String host = newHost("GM0828");
        String address = "198.51.100.44";
        for (int i = 0; i < 4; i++) {
            status(host, "guess-" + i, address);
        }

        HttpResponse<String> refused = send(host, "guess-again", address);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L)).isBetween(1L, 60L);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(jdbc.sql("select failures from login_throttle where key = ?").param("user:" + host + "@" + address)
                .query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select failures from login_throttle where key = ?").param("address:" + address)
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void guessingManyUserNamesFromOneAddressIsSlowedForThatAddressOnly() {
        String address = "198.51.100.66";
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            answers.add(status("nobody-" + i, "guess", address));
        }
        assertThat(answers.subList(0, 20)).containsOnly(401);
        assertThat(answers).contains(429);
        String coordinator = newCoordinator();
        assertThat(status(coordinator, password(coordinator), "198.51.100.67")).isEqualTo(200);
    }

    @Test
    void oldFailureCountsArePruned() {
        jdbc.sql("insert into login_throttle values ('address:192.0.2.1', 30, now() - interval '1 day', now() - interval '1 day')")
                .update();
        jdbc.sql("insert into login_throttle values ('address:192.0.2.2', 30, now() + interval '10 seconds', now())").update();

        throttle.prune();

        assertThat(jdbc.sql("select key from login_throttle where key like 'address:192.0.2.%'").query(String.class).list())
                .containsExactly("address:192.0.2.2");
    }

    private interface Attempt {
        int run(int i);
    }

    private static List<Integer> concurrently(int count, Attempt attempt) {
        List<CompletableFuture<Integer>> running = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(count);
        try {
            for (int i = 0; i < count; i++) {
                int n = i;
                running.add(CompletableFuture.supplyAsync(() -> attempt.run(n), pool));
            }
            return running.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    private int status(String username, String password, String address) {
        return send(username, password, address).statusCode();
    }

    private HttpResponse<String> send(String username, String password, String address) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/programmes"))
                .header("Authorization", "Basic " + basic).header("X-Forwarded-For", address)
                .timeout(Duration.ofSeconds(60)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
