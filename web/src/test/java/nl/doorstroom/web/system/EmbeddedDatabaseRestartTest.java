package nl.doorstroom.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import nl.doorstroom.web.DoorstroomApplication;
import nl.doorstroom.web.WebIntegrationTest;
import nl.doorstroom.web.programme.ProgrammeImport;

/** Data entered survives a restart of the application, and the database stops with it. */
class EmbeddedDatabaseRestartTest {

    @Test
    void aProgrammeImportedBeforeARestartIsThereAfterIt() throws IOException {
        Path directory = Files.createTempDirectory("restart-db");
        long id;
        try (ConfigurableApplicationContext app = start(directory)) {
            id = app.getBean(ProgrammeImport.class).importFiles(WebIntegrationTest.demoFiles("brabant-trainees"),
                    "test");
        }
        assertThat(directory.resolve("postmaster.pid")).as("stopped cleanly").doesNotExist();

        try (ConfigurableApplicationContext app = start(directory)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name from programme where id = ?").param(id).query(String.class).single())
                    .isEqualTo("Trainee in Brabant 2027–2028");
            assertThat(jdbc.sql("select count(*) from participant where programme_id = ?").param(id)
                    .query(Integer.class).single()).isEqualTo(37);
            assertThat(app.getBean(EmbeddedPostgres.class)).isNotNull();
        }
    }

    private static ConfigurableApplicationContext start(Path directory) {
        return SpringApplication.run(DoorstroomApplication.class, "--server.port=0",
                "--doorstroom.embedded-database.directory=" + directory, "--doorstroom.demo.enabled=false");
    }
}
