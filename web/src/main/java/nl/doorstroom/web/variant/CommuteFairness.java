package nl.doorstroom.web.variant;

import java.util.List;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.fairness.FairnessReport;
import nl.doorstroom.solver.fairness.Spread;

/**
 * How evenly a plan spreads commuting over its participants, in the few figures a comparison of two plans needs,
 * taken from the plan's {@link FairnessReport} so the comparison and the fairness tab always agree: each
 * participant's commute summed over their placements and their longest single commute (km, one way), and how
 * those are spread.
 */
final class CommuteFairness {

    /**
     * @param participants participants with at least one placement at a host
     * @param totalKm all placements' commutes together
     * @param totalP90Km 90 % of the participants commute at most this much over all their placements
     * @param totalMaxKm the most any one participant commutes over all their placements
     * @param longestP90Km 90 % of the participants have no single commute longer than this
     * @param longestMaxKm the longest single commute of the plan
     */
    record Figures(int participants, long totalKm, long totalP90Km, long totalMaxKm, long longestP90Km,
            long longestMaxKm) {
    }

    private CommuteFairness() {
    }

    static Figures of(Plan plan) {
        FairnessReport report = FairnessReport.of(plan);
        Spread spread = report.spread();
        List<Long> longest = report.participants().stream().filter(p -> p.placed() > 0)
                .map(p -> (long) p.longestKm()).sorted().toList();
        return new Figures(spread.participants(), spread.totalKm(), spread.p90(), spread.max(),
                Spread.percentile(longest, 90), longest.isEmpty() ? 0 : longest.get(longest.size() - 1));
    }
}
