package nl.doorstroom.solver.planning;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/**
 * Move filters that keep the solver from trying hosts a participant can never go to (see
 * {@link PossibleHosts}). Every period's value range holds every host with capacity, most of them out
 * of reach on a national programme; such a move can only break a hard rule, so skipping it changes no
 * score, only the time spent. Filters are created per solver, so each keeps its own cache.
 */
public final class PossibleHostFilters {

    private PossibleHostFilters() {
    }

    private abstract static class CachingFilter<M> implements SelectionFilter<Plan, M> {

        private Plan plan;
        private PossibleHosts hosts;

        PossibleHosts hosts(ScoreDirector<Plan> scoreDirector) {
            Plan working = scoreDirector.getWorkingSolution();
            if (working != plan) {
                plan = working;
                hosts = new PossibleHosts(working);
            }
            return hosts;
        }

        static boolean allows(PossibleHosts hosts, Placement placement, Organisation host) {
            return hosts.allows(placement.getParticipant(), placement.getPeriod(), host);
        }
    }

    /** A change move only to a host the participant could go to (or to no host). */
    public static final class ChangeFilter extends CachingFilter<ChangeMove<Plan>> {
        @Override
        public boolean accept(ScoreDirector<Plan> scoreDirector, ChangeMove<Plan> move) {
            return allows(hosts(scoreDirector), (Placement) move.getEntity(), (Organisation) move.getToPlanningValue());
        }
    }

    /** A swap only where each participant could go to the other's host. */
    public static final class SwapFilter extends CachingFilter<SwapMove<Plan>> {
        @Override
        public boolean accept(ScoreDirector<Plan> scoreDirector, SwapMove<Plan> move) {
            Placement left = (Placement) move.getLeftEntity();
            Placement right = (Placement) move.getRightEntity();
            PossibleHosts hosts = hosts(scoreDirector);
            return allows(hosts, left, right.getHost()) && allows(hosts, right, left.getHost());
        }
    }
}
