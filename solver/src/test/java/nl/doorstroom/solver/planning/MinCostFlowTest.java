package nl.doorstroom.solver.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

class MinCostFlowTest {

    private static final HardMediumSoftLongScore FREE = HardMediumSoftLongScore.ZERO;
    private static final BooleanSupplier NEVER = () -> false;

    /**
     * Two workers (nodes 2, 3), two jobs (4, 5), source 0, sink 1. Worker 0 is cheapest on job 0, but then
     * worker 1 pays 10 on job 1; the optimum is 2 + 2. Returns the flow and its worker-job edges.
     */
    private record TwoByTwo(MinCostFlow flow, int[] edges) {

        static TwoByTwo build(boolean startGreedy) {
            MinCostFlow flow = new MinCostFlow(6);
            int[] sources = {flow.addEdge(0, 2, 1, FREE), flow.addEdge(0, 3, 1, FREE)};
            int[] edges = {flow.addEdge(2, 4, 1, soft(1)), flow.addEdge(2, 5, 1, soft(2)),
                    flow.addEdge(3, 4, 1, soft(2)), flow.addEdge(3, 5, 1, soft(10))};
            int[] sinks = {flow.addEdge(4, 1, 1, FREE), flow.addEdge(5, 1, 1, FREE)};
            if (startGreedy) {
                for (int edge : new int[] {sources[0], sources[1], edges[0], edges[3], sinks[0], sinks[1]}) {
                    flow.push(edge, 1);
                }
            }
            return new TwoByTwo(flow, edges);
        }

        int[] flows() {
            return new int[] {flow.flow(edges[0]), flow.flow(edges[1]), flow.flow(edges[2]), flow.flow(edges[3])};
        }
    }

    @Test
    void assignsAtTheLowestTotalCostNotGreedily() {
        TwoByTwo network = TwoByTwo.build(false);

        assertThat(network.flow().send(0, 1, 2, NEVER)).isEqualTo(2);

        assertThat(network.flows()).containsExactly(0, 1, 1, 0);
    }

    @Test
    void oneHardUnitOutweighsAnySoftCost() {
        MinCostFlow flow = new MinCostFlow(3);
        flow.addEdge(0, 2, 1, FREE);
        int hard = flow.addEdge(2, 1, 1, HardMediumSoftLongScore.ONE_HARD);
        int soft = flow.addEdge(2, 1, 1, soft(Long.MAX_VALUE / 4));

        flow.send(0, 1, 1, NEVER);

        assertThat(flow.flow(soft)).isEqualTo(1);
        assertThat(flow.flow(hard)).isZero();
    }

    @Test
    void negativeCostsAreTakenFirst() {
        MinCostFlow flow = new MinCostFlow(3);
        flow.addEdge(0, 2, 2, FREE);
        int paid = flow.addEdge(2, 1, 2, soft(5));
        int rewarded = flow.addEdge(2, 1, 1, HardMediumSoftLongScore.ofSoft(-3));

        assertThat(flow.send(0, 1, 2, NEVER)).isEqualTo(2);

        assertThat(flow.flow(rewarded)).isEqualTo(1);
        assertThat(flow.flow(paid)).isEqualTo(1);
    }

    @Test
    void aLaterUnitCanRerouteAnEarlierOne() {
        // The first unit takes the cheap edge 2->4; the second can only reach the sink through 4,
        // so the first must move to 5 along the residual edge.
        MinCostFlow flow = new MinCostFlow(6);
        flow.addEdge(0, 2, 1, FREE);
        flow.addEdge(0, 3, 1, FREE);
        int firstCheap = flow.addEdge(2, 4, 1, soft(1));
        int firstDear = flow.addEdge(2, 5, 1, soft(3));
        int second = flow.addEdge(3, 4, 1, soft(1));
        flow.addEdge(4, 1, 1, FREE);
        flow.addEdge(5, 1, 1, FREE);

        assertThat(flow.send(0, 1, 2, NEVER)).isEqualTo(2);

        assertThat(new int[] {flow.flow(firstCheap), flow.flow(firstDear), flow.flow(second)})
                .containsExactly(0, 1, 1);
    }

    @Test
    void cancellingCyclesTurnsAnyFlowIntoTheCheapest() {
        TwoByTwo network = TwoByTwo.build(true);

        assertThat(network.flow().cancelNegativeCycles(NEVER)).isTrue();

        assertThat(network.flows()).containsExactly(0, 1, 1, 0);
    }

    @Test
    void cancellingCyclesLeavesTheCheapestFlowAlone() {
        MinCostFlow flow = new MinCostFlow(4);
        flow.push(flow.addEdge(0, 2, 1, FREE), 1);
        int cheap = flow.addEdge(2, 1, 1, soft(1));
        int dear = flow.addEdge(2, 3, 1, soft(1));
        flow.addEdge(3, 1, 1, soft(5));
        flow.push(cheap, 1);

        assertThat(flow.cancelNegativeCycles(NEVER)).isTrue();

        assertThat(flow.flow(cheap)).isEqualTo(1);
        assertThat(flow.flow(dear)).isZero();
    }

    @Test
    void stopsWhenAsked() {
        MinCostFlow flow = new MinCostFlow(3);
        flow.addEdge(0, 2, 5, FREE);
        flow.addEdge(2, 1, 5, soft(1));
        int[] asked = {0};

        assertThat(flow.send(0, 1, 5, () -> ++asked[0] > 2)).isEqualTo(2);
    }

    @Test
    void sendsNoMoreThanTheSinkCanTake() {
        MinCostFlow flow = new MinCostFlow(3);
        flow.addEdge(0, 2, 5, FREE);
        flow.addEdge(2, 1, 2, soft(1));

        assertThat(flow.send(0, 1, 5, NEVER)).isEqualTo(2);
    }

    private static HardMediumSoftLongScore soft(long cost) {
        return HardMediumSoftLongScore.ofSoft(cost);
    }
}
