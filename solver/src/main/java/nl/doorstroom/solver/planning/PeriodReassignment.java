package nl.doorstroom.solver.planning;

import java.util.List;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/**
 * Gives every participant the best host in one period at once, the other periods staying as they are, period
 * after period; when no period improves, tries for each participant the exchange of its hosts between two
 * periods, with both periods reassigned around it. Repeats until neither improves the plan.
 *
 * <p>With the other periods fixed, every rule but two is about one participant: what a host costs them
 * (commute, layers seen, the same layer as the period before or after, wishes, secondment, a host they have
 * in another period) does not depend on where the others go. The two exceptions count a slot's occupants
 * (capacity, minimum), and their cost grows with every occupant by a rising step. That makes one period a
 * transportation problem, solved exactly as a minimum-cost flow ({@link PeriodFlows}). Local search reaches
 * the same plan only through long chains of swaps that each look worse on their own, and the exchange of
 * two periods of one participant mostly needs others to move in both periods (solver/BENCHMARKS.md).
 * Pinned placements never move and take their slot's room. Nothing is changed unless the score improves.
 */
public final class PeriodReassignment implements PhaseCommand<Plan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<Plan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        PeriodFlows flows = new PeriodFlows(scoreDirector);
        boolean improved = true;
        while (improved && !isPhaseTerminated.getAsBoolean()) {
            improved = false;
            for (Period period : flows.periods()) {
                improved |= flows.reassign(period, isPhaseTerminated);
            }
            if (!improved) {
                improved = exchangePeriods(flows, isPhaseTerminated);
            }
        }
    }

    /** For each participant, every exchange of the hosts of two of its periods. */
    private static boolean exchangePeriods(PeriodFlows flows, BooleanSupplier isTerminated) {
        boolean improved = false;
        for (List<Placement> placements : flows.placementsPerParticipant()) {
            for (int i = 0; i < placements.size(); i++) {
                for (int j = i + 1; j < placements.size(); j++) {
                    if (isTerminated.getAsBoolean()) {
                        return improved;
                    }
                    improved |= flows.exchangeAndReassign(placements.get(i), placements.get(j), isTerminated);
                }
            }
        }
        return improved;
    }
}
