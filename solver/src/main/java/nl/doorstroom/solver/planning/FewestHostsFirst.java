package nl.doorstroom.solver.planning;

import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionSorterWeightFactory;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/**
 * Orders the construction so that the placements with the fewest possible hosts are placed first
 * (then period by period), as a coordinator fills the hard cases before the easy ones. Sorted
 * descending, so the weight is the negated number of possible hosts.
 */
public final class FewestHostsFirst implements SelectionSorterWeightFactory<Plan, Placement> {

    @Override
    public Comparable createSorterWeight(Plan solution, Placement placement) {
        return -((long) placement.getPossibleHosts().size() * 1000 + placement.getPeriod().getIndex());
    }
}
