package nl.doorstroom.solver.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

class MinCostFlowTest {

    private static final HardMediumSoftLongScore FREE = HardMediumSoftLongScore.ZERO;
    private static final BooleanSupplier NEVER = () -> false;

    @Test
    void assignsAtTheLowestTotalCostNotGreedily() {
        // Worker 0 is cheapest on job 0, but then worker 1 pays 10 there; the optimum is 2 + 2.
        MinCostFlow flow = new MinCostFlow(6);
        flow.addEdge(0, 2, 1, FREE);
        flow.addEdge(0, 3, 1, FREE);
        int w0j0 = flow.addEdge(2, 4, 1, soft(1));
        int w0j1 = flow.addEdge(2, 5, 1, soft(2));
        int w1j0 = flow.addEdge(3, 4, 1, soft(2));
        int w1j1 = flow.addEdge(3, 5, 1, soft(10));
        flow.addEdge(4, 1, 1, FREE);
        flow.addEdge(5, 1, 1, FREE);

        assertThat(flow.send(0, 1, 2, NEVER)).isEqualTo(2);

        assertThat(new int[] {flow.flow(w0j0), flow.flow(w0j1), flow.flow(w1j0), flow.flow(w1j1)})
                .containsExactly(0, 1, 1, 0);
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
        // Start from the greedy-looking assignment (worker 0 on job 0, worker 1 on job 1: 1 + 10).
        MinCostFlow flow = new MinCostFlow(6);
        flow.push(flow.addEdge(0, 2, 1, FREE), 1);
        flow.push(flow.addEdge(0, 3, 1, FREE), 1);
        int w0j0 = flow.addEdge(2, 4, 1, soft(1));
        int w0j1 = flow.addEdge(2, 5, 1, soft(2));
        int w1j0 = flow.addEdge(3, 4, 1, soft(2));
        int w1j1 = flow.addEdge(3, 5, 1, soft(10));
        flow.push(w0j0, 1);
        flow.push(w1j1, 1);
        flow.push(flow.addEdge(4, 1, 1, FREE), 1);
        flow.push(flow.addEdge(5, 1, 1, FREE), 1);

        assertThat(flow.cancelNegativeCycles(NEVER)).isTrue();

        assertThat(new int[] {flow.flow(w0j0), flow.flow(w0j1), flow.flow(w1j0), flow.flow(w1j1)})
                .containsExactly(0, 1, 1, 0);
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
