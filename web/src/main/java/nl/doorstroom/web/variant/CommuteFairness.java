package nl.doorstroom.web.variant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/**
 * How evenly a plan spreads commuting over its participants, in the few figures a comparison of two plans needs:
 * each participant's commute summed over their placements and their longest single commute (km, one way), and
 * how those are spread. Small on purpose: a fuller fairness model of the solver may take its place.
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
        Map<String, Long> total = new HashMap<>();
        Map<String, Long> longest = new HashMap<>();
        for (Placement placement : plan.getPlacements()) {
            if (placement.isAssigned()) {
                Commute commute = placement.getCommute();
                String participant = placement.getParticipant().getId();
                total.merge(participant, (long) commute.km(), Long::sum);
                longest.merge(participant, (long) commute.km(), Math::max);
            }
        }
        List<Long> totals = sorted(total);
        List<Long> longests = sorted(longest);
        return new Figures(totals.size(), totals.stream().mapToLong(Long::longValue).sum(), p90(totals), max(totals),
                p90(longests), max(longests));
    }

    private static List<Long> sorted(Map<String, Long> perParticipant) {
        List<Long> values = new ArrayList<>(perParticipant.values());
        values.sort(null);
        return values;
    }

    /** The nearest-rank 90th percentile: the smallest value that at least 90 % of the values do not exceed. */
    static long p90(List<Long> ascending) {
        if (ascending.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(0.9 * ascending.size());
        return ascending.get(rank - 1);
    }

    private static long max(List<Long> ascending) {
        return ascending.isEmpty() ? 0 : ascending.get(ascending.size() - 1);
    }
}
