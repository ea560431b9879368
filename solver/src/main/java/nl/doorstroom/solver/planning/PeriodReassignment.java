package nl.doorstroom.solver.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/**
 * Gives every participant the best host in one period at once, the other periods staying as they are, period
 * after period until no period improves; then tries for participants the exchange of their hosts between two
 * periods, with both periods reassigned around it.
 *
 * <p>With the other periods fixed, every rule but two is about one participant: what a host costs them
 * (commute, layers seen, the same layer as the period before or after, wishes, secondment, a host they have
 * in another period) does not depend on where the others go. The two exceptions count a slot's occupants
 * (capacity, minimum), and their cost grows with every occupant by a rising step. That makes one period a
 * transportation problem, solved exactly as a minimum-cost flow ({@link PeriodFlows}). Local search reaches
 * the same plan only through long chains of swaps that each look worse on their own, and the exchange of
 * two periods of one participant mostly needs others to move in both periods (benchmark/BENCHMARKS.md).
 * Pinned placements never move and take their slot's room. No step makes the score worse.
 *
 * <p>The work is split into {@link #steps}: the solver publishes a better plan after each step, so a
 * coordinator watching a large programme sees progress while the exchanges go on.
 */
public final class PeriodReassignment implements PhaseCommand<Plan> {

    /** Steps over which the participants' exchanges are shared out. */
    private static final int EXCHANGE_STEPS = 8;

    /** -1: only reassign the periods; otherwise the share of participants whose exchanges this step tries. */
    private final int share;
    private final SolveFlows solveFlows;

    private PeriodReassignment(int share, SolveFlows solveFlows) {
        this.share = share;
        this.solveFlows = solveFlows;
    }

    /**
     * The periods reassigned, then the exchanges in shares, each share followed by reassigning the periods; the
     * steps measure into the flows of the solve they belong to.
     */
    static List<PhaseCommand<Plan>> steps(SolveFlows solveFlows) {
        List<PhaseCommand<Plan>> steps = new ArrayList<>();
        steps.add(new PeriodReassignment(-1, solveFlows));
        for (int share = 0; share < EXCHANGE_STEPS; share++) {
            steps.add(new PeriodReassignment(share, solveFlows));
        }
        return steps;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<Plan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        try (PeriodFlows flows = solveFlows.forStep(scoreDirector)) {
            List<List<Placement>> mine = new ArrayList<>();
            int index = 0;
            for (List<Placement> placements : flows.placementsPerParticipant()) {
                if (index++ % EXCHANGE_STEPS == share) {
                    mine.add(placements);
                }
            }
            settle(flows, mine, isPhaseTerminated);
        }
    }

    /**
     * Reassigns the periods until none improves, then tries the given participants' exchanges, again while
     * an exchange improves.
     */
    static void settle(PeriodFlows flows, List<List<Placement>> exchanging, BooleanSupplier isTerminated) {
        boolean improved = true;
        while (improved && !isTerminated.getAsBoolean()) {
            reassignUntilNoneImproves(flows, isTerminated);
            improved = exchangePeriods(flows, exchanging, isTerminated);
        }
    }

    private static void reassignUntilNoneImproves(PeriodFlows flows, BooleanSupplier isTerminated) {
        boolean improved = true;
        while (improved && !isTerminated.getAsBoolean()) {
            improved = false;
            for (Period period : flows.periods()) {
                improved |= flows.reassign(period, isTerminated);
            }
        }
    }

    /** For each of the participants, every exchange of the hosts of two of its periods. */
    private static boolean exchangePeriods(PeriodFlows flows, List<List<Placement>> participants,
            BooleanSupplier isTerminated) {
        boolean improved = false;
        for (List<Placement> placements : participants) {
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
