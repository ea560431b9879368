package nl.doorstroom.solver.planning;

import java.util.Comparator;

import ai.timefold.solver.core.api.domain.common.ComparatorFactory;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/**
 * Orders the construction so that the placements with the fewest possible hosts are placed first
 * (then period by period), as a coordinator fills the hard cases before the easy ones. Timefold's public
 * comparator factory (1.32) in place of the deprecated sorter weights; sorted descending, so the key is the
 * negated number of possible hosts.
 */
public final class FewestHostsFirst implements ComparatorFactory<Plan, Placement> {

    @Override
    public Comparator<Placement> createComparator(Plan plan) {
        return Comparator.comparingLong(
                placement -> -((long) placement.getPossibleHosts().size() * 1000 + placement.getPeriod().getIndex()));
    }
}
