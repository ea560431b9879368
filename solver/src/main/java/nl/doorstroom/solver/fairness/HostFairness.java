package nl.doorstroom.solver.fairness;

/**
 * What one host gets from a plan over all periods: the placements counted against the declared minimums and
 * maximums added up over the periods, and in how many periods it gets fewer than its minimum or more than its
 * maximum (counted as the capacity rules count them).
 */
public record HostFairness(String code, String name, String layer, int placed, int declaredMin, int declaredMax,
        int periodsBelowMin, int periodsAboveMax) {
}
