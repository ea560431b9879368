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
public record EmbeddedDatabaseProperties(String directory, int port) {

    /** A plain file path, relative to the working directory (not a Spring resource location). */
    public Path directoryPath() {
        return Path.of(directory == null ? "var/db" : directory);
    }
}
