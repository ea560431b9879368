package nl.doorstroom.solver.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.planning.SolverSettings;

/**
 * The one scoring code every competitor is judged by: Doorstroom's own constraints, through Timefold's
 * score calculation. A greedy plan, a CP-SAT plan and a Timefold plan are all loaded into a {@link Plan}
 * and scored here, so their numbers are comparable.
 */
public final class PlanScorer {

    private final SolutionManager<Plan, HardMediumSoftLongScore> solutionManager =
            SolutionManager.create(SolverFactory.create(SolverSettings.baseConfig()));

    /** Recalculates the plan's score from scratch and sets it on the plan. */
    public HardMediumSoftLongScore score(Plan plan) {
        return solutionManager.update(plan);
    }
}
