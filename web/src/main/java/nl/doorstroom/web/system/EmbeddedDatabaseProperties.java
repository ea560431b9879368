package nl.doorstroom.web.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is set.
 *
 * @param directory data directory; survives restarts (default {@code var/db}, ignored by git)
 * @param port 0 for any free port
 */
@ConfigurationProperties("doorstroom.embedded-database")
public record EmbeddedDatabaseProperties(Path directory, int port) {

    public EmbeddedDatabaseProperties {
        directory = directory == null ? Path.of("var", "db") : directory;
    }
}
