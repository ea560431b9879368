package nl.doorstroom.web.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.doorstroom.solver.fairness.Histogram;
import nl.doorstroom.solver.fairness.Spread;

/** The chart's layout: bars inside the axes, their heights in proportion, the 90th percentile where it belongs. */
class CommuteChartTest {

    /** Totals 57 and 128 km in bins of 20 km: seven bins, one participant in the third and one in the last. */
    private static final Histogram HISTOGRAM = new Histogram(20, List.of(new Histogram.Bin(0, 20, 0),
            new Histogram.Bin(20, 40, 0), new Histogram.Bin(40, 60, 1), new Histogram.Bin(60, 80, 0),
            new Histogram.Bin(80, 100, 0), new Histogram.Bin(100, 120, 0), new Histogram.Bin(120, 140, 3)));
    private static final Spread SPREAD = new Spread(4, 441, 110, 57, 128, 128, 128, 62);

    @Test
    void barsStandOnTheAxisInProportionToTheirCounts() {
        CommuteChart chart = CommuteChart.of(HISTOGRAM, SPREAD);

        assertThat(chart.bars()).hasSize(7).allSatisfy(bar -> {
            assertThat(bar.x()).isBetween((double) chart.left(), (double) chart.right());
            assertThat(bar.y() + bar.height()).isCloseTo(chart.bottom(), within(0.001));
            assertThat(bar.y()).isGreaterThanOrEqualTo(chart.top());
        });
        // the vertical axis ends on 5, a round count above the highest bar (3)
        assertThat(chart.yTicks()).extracting(CommuteChart.Tick::label).containsExactly("0", "1", "2", "3", "4", "5");
        double full = chart.bottom() - chart.top();
        assertThat(chart.bars().get(6).height()).isCloseTo(full * 3 / 5, within(0.001));
        assertThat(chart.bars().get(2).height()).isCloseTo(full / 5, within(0.001));
        assertThat(chart.bars().get(0).height()).isZero();
        assertThat(chart.xTicks()).extracting(CommuteChart.Tick::label)
                .containsExactly("0", "20", "40", "60", "80", "100", "120", "140");
    }

    @Test
    void theNinetiethPercentileLineStandsAtItsKilometres() {
        CommuteChart chart = CommuteChart.of(HISTOGRAM, SPREAD);
        double perKm = (chart.right() - chart.left()) / 140.0;
        assertThat(chart.p90X()).isCloseTo(chart.left() + 128 * perKm, within(0.001));
    }

    @Test
    void roundCeilings() {
        assertThat(CommuteChart.niceCeiling(0)).isEqualTo(1);
        assertThat(CommuteChart.niceCeiling(3)).isEqualTo(5);
        assertThat(CommuteChart.niceCeiling(7)).isEqualTo(10);
        assertThat(CommuteChart.niceCeiling(11)).isEqualTo(20);
        assertThat(CommuteChart.niceCeiling(37)).isEqualTo(50);
    }
}
