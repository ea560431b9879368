package nl.doorstroom.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import nl.doorstroom.web.DoorstroomApplication;

/**
 * With SPRING_DATASOURCE_URL set, Doorstroom uses that server and starts no database of its own.
 * The "external" server here is a separate PostgreSQL process started by the test.
 */
class ExternalDatabaseTest {

    private static EmbeddedPostgres external;

    @BeforeAll
    static void startExternalServer() throws IOException {
        external = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("external-pg"))
                .setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void stopExternalServer() throws IOException {
        external.close();
    }

    @Test
    void usesTheConfiguredServerAndCreatesTheSchemaThere() throws IOException {
        Path unusedEmbeddedDirectory = Files.createTempDirectory("not-used").resolve("db");
        try (ConfigurableApplicationContext app = SpringApplication.run(DoorstroomApplication.class,
                "--server.port=0",
                "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--doorstroom.embedded-database.directory=" + unusedEmbeddedDirectory,
                "--doorstroom.demo.enabled=false")) {
            assertThat(app.getBeanProvider(EmbeddedPostgres.class).getIfAvailable()).isNull();
            JdbcClient externalJdbc = JdbcClient.create(external.getPostgresDatabase());
            assertThat(externalJdbc.sql("select count(*) from organisation").query(Integer.class).single())
                    .isEqualTo(387);
            assertThat(Files.exists(unusedEmbeddedDirectory)).isFalse();
        }
    }

    @Test
    void theProdProfileRefusesToStartWithoutAnExternalDatabase() throws IOException {
        Path directory = Files.createTempDirectory("prod-db");
        Throwable failure = null;
        try (ConfigurableApplicationContext app = SpringApplication.run(DoorstroomApplication.class,
                "--server.port=0", "--spring.profiles.active=prod",
                "--doorstroom.embedded-database.directory=" + directory)) {
            // started: the assertion below fails
        } catch (RuntimeException e) {
            failure = e;
        }
        assertThat(failure).isNotNull();
        assertThat(rootCause(failure)).hasMessageContaining("The prod profile needs an external PostgreSQL");
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
