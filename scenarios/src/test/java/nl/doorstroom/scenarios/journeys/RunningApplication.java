package nl.doorstroom.scenarios.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.cucumber.java.AfterAll;
import nl.doorstroom.web.DoorstroomApplication;
import nl.doorstroom.web.account.Accounts;

/**
 * The real application, started once for all journeys on its own embedded PostgreSQL in a fresh directory,
 * without demo data. Journeys only create accounts through it; everything else goes over HTTP.
 */
public final class RunningApplication {

    private static ConfigurableApplicationContext context;
    private static int port;
    private static Path database;

    private RunningApplication() {
    }

    static synchronized void start() {
        if (context != null) {
            return;
        }
        try {
            database = Files.createTempDirectory("doorstroom-journeys-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context = SpringApplication.run(DoorstroomApplication.class, "--server.port=0",
                "--doorstroom.embedded-database.directory=" + database,
                "--doorstroom.demo.enabled=false");
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
        // Also when a run is interrupted: the embedded PostgreSQL must not outlive the JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(RunningApplication::stop, "stop-doorstroom"));
    }

    @AfterAll
    public static synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
            deleteDatabase();
        }
    }

    private static void deleteDatabase() {
        try (Stream<Path> paths = Files.walk(database)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is no reason to fail the journeys
        }
    }

    static String baseUrl() {
        start();
        return "http://localhost:" + port;
    }

    static Accounts accounts() {
        start();
        return context.getBean(Accounts.class);
    }
}
