package nl.doorstroom.solver.planning;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

// In the solver's package although in the benchmark module (a split package, fine on the classpath): it reaches the
// package-private SolverSettings.solvingConfig and lateAcceptance, which stay out of the solver's public API.
/**
 * The solver configurations the benchmark compares with the default ({@link SolverSettings#defaultPhases}), each
 * without a time limit: kept with the benchmark, out of the production code.
 */
public final class BenchmarkConfigs {

    private BenchmarkConfigs() {
    }

    /** The default phases with tabu search instead of late acceptance. */
    public static SolverConfig withTabuSearch() {
        return SolverSettings.solvingConfig(tabuSearch(), true, true);
    }

    /** The default phases without the perturbations after each round. */
    public static SolverConfig withoutPerturbation() {
        return SolverSettings.solvingConfig(SolverSettings.lateAcceptance(), true, false);
    }

    /**
     * The default before the period assignment (construction, ejection chains, tabu search): for measuring what
     * the period assignment adds.
     */
    public static SolverConfig withoutPeriodReassignment() {
        return SolverSettings.solvingConfig(tabuSearch(), false, false);
    }

    /**
     * Tabu search that takes the best of 300 accepted moves per step (Timefold's default: 1000) with 2 % of
     * the placements tabu (default: 10 %): more, smaller steps, which did better on M and L in the benchmark
     * and no worse on S. The default before the period assignment.
     */
    private static LocalSearchPhaseConfig tabuSearch() {
        return new LocalSearchPhaseConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.02))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(300));
    }
}
