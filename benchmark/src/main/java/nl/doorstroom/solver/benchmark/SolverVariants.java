package nl.doorstroom.solver.benchmark;

import java.time.Duration;
import java.util.List;

import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import nl.doorstroom.solver.planning.BenchmarkConfigs;
import nl.doorstroom.solver.planning.SolverSettings;

/**
 * The solver configurations the benchmark compares; the first is Doorstroom's default. Names end up as
 * directory names in the Benchmarker report: letters, digits, spaces, {@code _-.()} only.
 */
final class SolverVariants {

    record Variant(String name, SolverConfig config) {
    }

    private SolverVariants() {
    }

    static List<Variant> all(Duration limit) {
        return List.of(
                new Variant("default", SolverSettings.config(limit)),
                // The default before the period assignment (tabu search): what it adds, measured in the same run.
                new Variant("without period assignment", BenchmarkConfigs.withoutPeriodReassignment()
                        .withTerminationConfig(new TerminationConfig().withSpentLimit(limit))),
                // The default without shaking a few participants after each round: what the perturbation adds.
                new Variant("without perturbation", BenchmarkConfigs.withoutPerturbation()
                        .withTerminationConfig(new TerminationConfig().withSpentLimit(limit))),
                new Variant("tabu search", BenchmarkConfigs.withTabuSearch()
                        .withTerminationConfig(new TerminationConfig().withSpentLimit(limit))),
                // Timefold's own phases (first fit, late acceptance), over the same possible hosts.
                new Variant("Timefold default phases", SolverSettings.baseConfig()
                        .withTerminationConfig(new TerminationConfig().withSpentLimit(limit))));
    }
}
