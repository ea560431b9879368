package nl.doorstroom.solver.planning;

import java.lang.ref.WeakReference;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import nl.doorstroom.solver.domain.Plan;

/**
 * The period flows of one solve, shared by the steps of its period assignment and perturbations: rows stay
 * valid while the same programme is solved (a row depends only on the participant's other hosts), and measuring
 * them again every step cost more than the steps themselves on larger programmes.
 *
 * <p>A solver configuration made by {@link SolverSettings} holds one, so it serves one solve at a time; a
 * solve that starts after another with the same configuration (as in the benchmark) measures afresh. A step of
 * a second solve while one runs is refused rather than let it change the other solve's plan.
 */
final class SolveFlows {

    /** The score director of the solve the flows belong to: the same one through all its phases. */
    private WeakReference<ScoreDirector<Plan>> solve = new WeakReference<>(null);
    private PeriodFlows flows;

    /** The flows for one step of the solve this score director belongs to: close them at the step's end. */
    synchronized PeriodFlows forStep(ScoreDirector<Plan> scoreDirector) {
        Plan workingPlan = scoreDirector.getWorkingSolution();
        if (solve.get() != scoreDirector) {
            if (flows != null && flows.inUse()) {
                throw new IllegalStateException(
                        "A solver configuration serves one solve at a time; build one per solve.");
            }
            solve = new WeakReference<>(scoreDirector);
            flows = PeriodFlows.of(workingPlan);
        } else if (!flows.isFor(workingPlan)) {
            flows = flows.forCopy(workingPlan);
        }
        flows.use(scoreDirector);
        return flows;
    }
}
