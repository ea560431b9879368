package nl.doorstroom.solver.benchmark;

import java.time.Duration;
import java.util.List;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import nl.doorstroom.solver.planning.SolverSettings;

/** The solver configurations the benchmark compares; the first is Doorstroom's default. */
final class SolverVariants {

    record Variant(String name, SolverConfig config) {
    }

    private SolverVariants() {
    }

    static List<Variant> all(Duration limit) {
        return List.of(
                new Variant("default", SolverSettings.config(limit)),
                new Variant("first fit + tabu search", withPhases(limit, LocalSearchType.TABU_SEARCH)),
                new Variant("first fit + late acceptance", withPhases(limit, LocalSearchType.LATE_ACCEPTANCE)));
    }

    private static SolverConfig withPhases(Duration limit, LocalSearchType localSearch) {
        return SolverSettings.baseConfig()
                .withPhases(new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
                        new LocalSearchPhaseConfig().withLocalSearchType(localSearch))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
    }
}
