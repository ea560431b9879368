package nl.doorstroom.solver.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder the planner writes to, made ready before solving: an --out that is a file, or that cannot be
 * created or written, is said at once instead of after minutes of solving.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /** What keeps the planner from writing there, in words; null when it can. Creates the folder if needed. */
    static String problem(Path folder, CliTexts texts) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return texts.format("out.isFile", folder);
        }
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".plan-", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            return texts.format("out.cannotWrite", folder, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
