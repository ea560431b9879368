package nl.doorstroom.solver.fairness;

import java.util.ArrayList;
import java.util.List;

/**
 * The participants' total commutes counted in bins of equal width, a round number of km chosen so that there
 * are at most {@link #MAX_BINS} bins from 0 to the largest total: a coordinator reads "40–60 km" more easily than
 * "37–58 km".
 */
public record Histogram(long binWidthKm, List<Bin> bins) {

    static final int MAX_BINS = 12;
    private static final long[] STEPS = {1, 2, 5};

    /** Totals from {@code fromKm} up to but not including {@code toKm}. */
    public record Bin(long fromKm, long toKm, int participants) {
    }

    static Histogram of(List<Long> totals) {
        long max = totals.stream().mapToLong(Long::longValue).max().orElse(0);
        long width = width(max);
        int count = (int) (max / width) + 1;
        int[] counts = new int[count];
        totals.forEach(total -> counts[(int) (total / width)]++);
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bins.add(new Bin(i * width, (i + 1) * width, counts[i]));
        }
        return new Histogram(width, List.copyOf(bins));
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, … km that puts the largest total in one of the bins. */
    static long width(long max) {
        for (long scale = 1; ; scale *= 10) {
            for (long step : STEPS) {
                long width = step * scale;
                if (max / width + 1 <= MAX_BINS) {
                    return width;
                }
            }
        }
    }

    /** The most participants in one bin. */
    public int highest() {
        return bins.stream().mapToInt(Bin::participants).max().orElse(0);
    }
}
