package nl.doorstroom.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.doorstroom.solver.benchmark.InstanceGenerator;
import nl.doorstroom.solver.benchmark.InstanceSize;

/**
 * The programmes of the coordinator benchmark: the solver benchmark's generated L and XL programmes, written as
 * programme folders by its own generator (target/programmes/L, …/XL), and the Brabant demo. The twenty programmes of
 * the concurrent coordinators are imported and solved here, before anything is measured; the L, XL and Brabant
 * imports are part of the measurement.
 */
final class CoordinatorSetup {

    static final int COORDINATORS = 20;
    /** Short, as the issue asks: the benchmark measures the pages of a solved plan, not the solver. */
    static final int SOLVE_SECONDS = 5;

    private CoordinatorSetup() {
    }

    /** The files of a generated programme folder, written once per build directory. */
    static Map<String, byte[]> generated(InstanceSize size) {
        Path folder = LoadSetup.work().resolve("programmes").resolve(size.name());
        if (!Files.exists(folder.resolve("participants.csv"))) {
            InstanceGenerator.write(size, folder);
        }
        return files(folder);
    }

    static Map<String, byte[]> brabant() {
        return files(LoadSetup.brabant());
    }

    /** Twenty copies of the L programme, each its own programme with its own coordinator's plan, solved. */
    static List<Long> concurrentProgrammes() {
        try {
            LoadSetup.coordinatorReady();
            Map<String, byte[]> files = generated(InstanceSize.L);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < COORDINATORS; i++) {
                long id = LoadSetup.importFiles(files);
                LoadSetup.call("POST", "/api/programmes/" + id + "/solve", Map.of("seconds", SOLVE_SECONDS), 202);
                ids.add(id);
            }
            for (long id : ids) {
                LoadSetup.awaitSolved(id);
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path file : paths.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                // the folder's own placements.csv is the planner's draft, never read as input
                if (!file.getFileName().toString().equals("placements.csv")) {
                    files.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
