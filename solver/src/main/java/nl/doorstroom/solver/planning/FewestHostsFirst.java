package nl.doorstroom.solver.planning;

import java.util.IdentityHashMap;
import java.util.Map;

import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionSorterWeightFactory;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/**
 * Orders the construction so that the placements with the fewest possible hosts are placed first
 * (then period by period), as a coordinator fills the hard cases before the easy ones. Sorted
 * descending, so the weight is the negated number of possible hosts.
 */
public final class FewestHostsFirst implements SelectionSorterWeightFactory<Plan, Placement> {

    private Plan plan;
    private PossibleHosts hosts;
    private final Map<Placement, Long> weights = new IdentityHashMap<>();

    @Override
    public Comparable createSorterWeight(Plan solution, Placement placement) {
        if (solution != plan) {
            plan = solution;
            hosts = new PossibleHosts(solution);
            weights.clear();
        }
        return weights.computeIfAbsent(placement, p -> {
            long possible = hosts.possible(p.getParticipant(), p.getPeriod()).size();
            return -(possible * 1000 + p.getPeriod().getIndex());
        });
    }
}
