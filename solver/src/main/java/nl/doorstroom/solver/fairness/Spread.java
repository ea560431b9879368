package nl.doorstroom.solver.fairness;

import java.util.List;

/**
 * How the participants' total commutes (km, one way, over all their placements) are spread: nearest-rank
 * percentiles, so every figure is some participant's actual total.
 *
 * @param participants participants with at least one placement at a host
 * @param p10 10 % of them commute at most this much in total
 * @param unfairnessKm the square root of the summed squared differences from the mean, as the fairness rule
 *            measures it (rounded)
 */
public record Spread(int participants, long totalKm, long meanKm, long p10, long p50, long p90, long max,
        long unfairnessKm) {

    static Spread of(List<Long> ascending) {
        long sum = ascending.stream().mapToLong(Long::longValue).sum();
        double mean = ascending.isEmpty() ? 0 : (double) sum / ascending.size();
        double squares = ascending.stream().mapToDouble(total -> (total - mean) * (total - mean)).sum();
        return new Spread(ascending.size(), sum, Math.round(mean), percentile(ascending, 10), percentile(ascending, 50),
                percentile(ascending, 90), ascending.isEmpty() ? 0 : ascending.get(ascending.size() - 1),
                Math.round(Math.sqrt(squares)));
    }

    /** The smallest value that at least {@code percent} % of the values do not exceed; 0 for no values. */
    public static long percentile(List<Long> ascending, int percent) {
        if (ascending.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * ascending.size());
        return ascending.get(Math.max(rank, 1) - 1);
    }
}
