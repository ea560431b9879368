package nl.doorstroom.solver.planning;

import java.time.Duration;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import nl.doorstroom.solver.constraints.PlacementConstraintProvider;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/** The one place the solver is configured, shared by the command line, the web application and tests. */
public final class SolverSettings {

    private SolverSettings() {
    }

    /** Solves until the time limit is spent. */
    public static SolverConfig config(Duration timeLimit) {
        return baseConfig().withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit));
    }

    /** Without termination: for score calculation, explanation and recommendations. */
    public static SolverConfig baseConfig() {
        return new SolverConfig()
                .withSolutionClass(Plan.class)
                .withEntityClasses(Placement.class)
                .withConstraintProviderClass(PlacementConstraintProvider.class);
    }

    public static SolverFactory<Plan> factory(Duration timeLimit) {
        return SolverFactory.create(config(timeLimit));
    }
}
