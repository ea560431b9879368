package nl.doorstroom.web.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the application was killed hard, its PostgreSQL server may still run on the data directory.
 * It is stopped cleanly (SIGTERM, PostgreSQL's "smart" shutdown, then "fast") so the new start can
 * take the directory over; PostgreSQL itself guarantees nothing committed is lost.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        log.warn("PostgreSQL (pid {}) from an earlier run still uses {}; stopping it", process.pid(), dataDirectory);
        process.destroy();
        Instant deadline = Instant.now().plus(WAIT);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while stopping the earlier PostgreSQL", e);
            }
        }
        if (process.isAlive()) {
            throw new IOException("PostgreSQL (pid " + process.pid() + ") from an earlier run does not stop; "
                    + "stop it by hand before starting Doorstroom on " + dataDirectory);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
