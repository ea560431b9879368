package nl.doorstroom.scenarios.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.cucumber.java.AfterAll;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import nl.doorstroom.web.DoorstroomApplication;

/**
 * A production installation as the README describes it: profile {@code prod}, an external PostgreSQL server (a
 * separate PostgreSQL process started here), the first coordinator's address, no mail server, and one
 * organisation's OpenID Connect provider (a real one, started here). The settings are the README's environment
 * variables, given as their command-line equivalents.
 */
final class Installation {

    static final String PROVIDER = "provincie";

    private static EmbeddedPostgres database;
    private static MockOAuth2Server identityProvider;
    private static ConfigurableApplicationContext application;
    private static int port;

    private Installation() {
    }

    static synchronized void start(String firstCoordinator) {
        if (application != null) {
            throw new IllegalStateException("one installation per run");
        }
        try {
            database = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("doorstroom-production-db"))
                    .setCleanDataDirectory(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        identityProvider = new MockOAuth2Server();
        identityProvider.start();
        String registration = "--spring.security.oauth2.client.registration." + PROVIDER;
        application = SpringApplication.run(DoorstroomApplication.class,
                "--spring.profiles.active=prod",                                         // SPRING_PROFILES_ACTIVE
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"), // SPRING_DATASOURCE_URL
                "--spring.datasource.username=postgres",                                  // SPRING_DATASOURCE_USERNAME
                "--spring.datasource.password=",                                          // SPRING_DATASOURCE_PASSWORD
                "--doorstroom.first-coordinator-email=" + firstCoordinator,               // DOORSTROOM_FIRST_COORDINATOR_EMAIL
                registration + ".client-id=doorstroom",
                registration + ".client-secret=geheim",
                registration + ".client-name=Provincie Noord-Brabant",
                registration + ".scope=openid,email,profile",
                "--spring.security.oauth2.client.provider." + PROVIDER + ".issuer-uri="
                        + identityProvider.issuerUrl(PROVIDER),
                "--server.port=0");
        port = ((WebServerApplicationContext) application).getWebServer().getPort();
        Runtime.getRuntime().addShutdownHook(new Thread(Installation::stop, "stop-installation"));
    }

    @AfterAll
    public static synchronized void stop() {
        if (application != null) {
            application.close();
            application = null;
        }
        if (identityProvider != null) {
            identityProvider.shutdown();
            identityProvider = null;
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                // a database process that will not stop is no reason to fail the journey
            }
            database = null;
        }
    }

    static String baseUrl() {
        return "http://localhost:" + port;
    }

    static MockOAuth2Server identityProvider() {
        return identityProvider;
    }

    /** What the operator reads in the database before anyone can sign in: the mail kept for an address. */
    static Optional<String> latestMailTo(String address) {
        List<String> bodies = JdbcClient.create(database.getPostgresDatabase())
                .sql("select body from mail_message where recipient = ? order by id desc").param(address)
                .query(String.class).list();
        return bodies.stream().findFirst();
    }
}
