package nl.doorstroom.solver.planning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.ProgrammeReader;

/** The demo programmes under data/programmes, and a solver that stops as soon as a plan is usable and full. */
public final class DemoProgrammes {

    public static final String BRABANT = "brabant-trainees";
    public static final String ZUID_HOLLAND = "zuid-holland-pool";

    /** Generous: on a loaded two-core machine the demos need a few seconds, not minutes. */
    static final Duration GENEROUS_LIMIT = Duration.ofMinutes(3);

    private DemoProgrammes() {
    }

    public static Path folder(String name) {
        Path path = Path.of("..", "data", "programmes", name);
        if (!Files.isDirectory(path)) {
            path = Path.of("data", "programmes", name);
        }
        return path;
    }

    public static Plan read(String name) {
        return ProgrammeReader.read(folder(name));
    }

    /** Stops when no hard or medium rule is broken, or after the generous limit; the result is asserted, not the time. */
    public static Plan solveUntilHardAndMediumClean(Plan problem) {
        SolverConfig config = SolverSettings.baseConfig().withTerminationConfig(new TerminationConfig()
                .withBestScoreLimit("0hard/0medium/" + Long.MIN_VALUE + "soft")
                .withSpentLimit(GENEROUS_LIMIT));
        return SolverFactory.<Plan>create(config).buildSolver().solve(problem);
    }
}
