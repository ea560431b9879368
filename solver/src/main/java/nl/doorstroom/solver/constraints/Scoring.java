package nl.doorstroom.solver.constraints;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/** How a plan is scored: the rules of {@link PlacementConstraintProvider}, without any solving phases. */
public final class Scoring {

    /** Building a factory compiles the rules; one serves every caller. */
    private static final class Shared {
        static final SolverFactory<Plan> FACTORY = SolverFactory.create(config());
    }

    private Scoring() {
    }

    /** The plan's classes and rules; solving configurations add phases and a termination to it. */
    public static SolverConfig config() {
        return new SolverConfig()
                .withSolutionClass(Plan.class)
                .withEntityClasses(Placement.class)
                .withConstraintProviderClass(PlacementConstraintProvider.class);
    }

    public static SolverFactory<Plan> factory() {
        return Shared.FACTORY;
    }
}
