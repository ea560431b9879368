package nl.doorstroom.web.fairness;

import java.util.ArrayList;
import java.util.List;

import nl.doorstroom.solver.fairness.Histogram;
import nl.doorstroom.solver.fairness.Spread;

/**
 * The histogram of total commute laid out for an SVG drawn on the server: bars, the ticks of both axes and the
 * 90th percentile as a line, in the SVG's own coordinates. No script and nothing from elsewhere, so the chart
 * prints, works without JavaScript and passes the content security policy.
 */
record CommuteChart(int width, int height, int left, int bottom, int top, int right, List<Bar> bars,
        List<Tick> xTicks, List<Tick> yTicks, Double p90X) {

    static final int WIDTH = 640;
    static final int HEIGHT = 280;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 56;
    private static final int MAX_Y_TICKS = 5;

    /** A bin: where it is drawn and what it says to a screen reader's "title". */
    record Bar(double x, double y, double width, double height, long fromKm, long toKm, int participants) {
    }

    record Tick(double at, String label) {
    }

    static CommuteChart of(Histogram histogram, Spread spread) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        int bins = histogram.bins().size();
        int yMax = Math.max(1, niceCeiling(histogram.highest()));
        double slot = plotWidth / bins;
        List<Bar> bars = new ArrayList<>();
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            Histogram.Bin bin = histogram.bins().get(i);
            double height = plotHeight * bin.participants() / yMax;
            bars.add(new Bar(LEFT + i * slot + 1, TOP + plotHeight - height, Math.max(1, slot - 2), height,
                    bin.fromKm(), bin.toKm(), bin.participants()));
            xTicks.add(new Tick(LEFT + i * slot, Long.toString(bin.fromKm())));
        }
        xTicks.add(new Tick(LEFT + plotWidth, Long.toString(histogram.bins().get(bins - 1).toKm())));
        List<Tick> yTicks = new ArrayList<>();
        int step = Math.max(1, (int) Math.ceil((double) yMax / MAX_Y_TICKS));
        for (int value = 0; value <= yMax; value += step) {
            yTicks.add(new Tick(TOP + plotHeight - plotHeight * value / yMax, Integer.toString(value)));
        }
        long span = histogram.binWidthKm() * bins;
        Double p90 = spread.participants() == 0 ? null : LEFT + plotWidth * spread.p90() / span;
        return new CommuteChart(WIDTH, HEIGHT, LEFT, HEIGHT - BOTTOM, TOP, WIDTH - RIGHT, List.copyOf(bars),
                List.copyOf(xTicks), List.copyOf(yTicks), p90);
    }

    /** The smallest of 1, 2, 5, 10, 20, … at or above n, so the vertical axis ends on a round count. */
    static int niceCeiling(int n) {
        for (int scale = 1; ; scale *= 10) {
            for (int step : new int[] {1, 2, 5}) {
                if (step * scale >= n) {
                    return step * scale;
                }
            }
        }
    }
}
