package nl.doorstroom.solver.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

class MinCostFlowTest {

    private static final HardMediumSoftLongScore FREE = HardMediumSoftLongScore.ZERO;
    private static final BooleanSupplier NEVER = () -> false;
    private static final int[] ALL_OF_SIX = allNodes(6);

    /**
     * Two workers (nodes 2, 3), two jobs (4, 5), source 0, sink 1. Worker 0 is cheapest on job 0, but then
     * worker 1 pays {@code lastCost} on job 1; with 10 the optimum is 2 + 2. Returns the flow and its
     * worker-job edges.
     */
    private record TwoByTwo(MinCostFlow flow, int[] edges) {

        static TwoByTwo build(boolean startGreedy) {
            return build(startGreedy, 10);
        }

        static TwoByTwo build(boolean startGreedy, long lastCost) {
            MinCostFlow flow = new MinCostFlow(6);
            int[] sources = {flow.addEdge(0, 2, 1, FREE), flow.addEdge(0, 3, 1, FREE)};
            int[] edges = {flow.addEdge(2, 4, 1, soft(1)), flow.addEdge(2, 5, 1, soft(2)),
                    flow.addEdge(3, 4, 1, soft(2)), flow.addEdge(3, 5, 1, soft(lastCost))};
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
    void reoptimizingTurnsAnyFlowIntoTheCheapest() {
        TwoByTwo network = TwoByTwo.build(true);

        assertThat(network.flow().reoptimize(new long[6 * 3], ALL_OF_SIX, NEVER)).isTrue();

        assertThat(network.flows()).containsExactly(0, 1, 1, 0);
    }

    @Test
    void reoptimizingStartsFromThePotentialsOfALikeNetwork() {
        TwoByTwo before = TwoByTwo.build(false);
        before.flow().send(0, 1, 2, NEVER);
        // Worker 1 now pays 1 on job 1: the greedy flow has become the cheapest, and the potentials of the
        // network before do not show it until the changed edge is looked at.
        TwoByTwo after = TwoByTwo.build(false, 1);
        for (int edge = 0; edge < 4; edge++) {
            after.flow().push(after.edges()[edge], before.flows()[edge]);
        }
        pushSourcesAndSinks(after.flow());

        assertThat(after.flow().reoptimize(before.flow().potentials(), new int[] {3}, NEVER)).isTrue();

        assertThat(after.flows()).containsExactly(1, 0, 0, 1);
    }

    @Test
    void reoptimizingLeavesTheCheapestFlowAlone() {
        MinCostFlow flow = new MinCostFlow(4);
        flow.push(flow.addEdge(0, 2, 1, FREE), 1);
        int cheap = flow.addEdge(2, 1, 1, soft(1));
        int dear = flow.addEdge(2, 3, 1, soft(1));
        flow.addEdge(3, 1, 1, soft(5));
        flow.push(cheap, 1);

        assertThat(flow.reoptimize(new long[4 * 3], new int[0], NEVER)).isTrue();

        assertThat(flow.flow(cheap)).isEqualTo(1);
        assertThat(flow.flow(dear)).isZero();
    }

    @Test
    void reoptimizingStopsWhenAsked() {
        TwoByTwo network = TwoByTwo.build(true);

        assertThat(network.flow().reoptimize(new long[6 * 3], ALL_OF_SIX, () -> true)).isFalse();
    }

    /**
     * Random transportation problems with rising costs per slot, as the period assignment builds them: from a
     * random starting flow, reoptimizing (with no potentials, and with those of the same network solved
     * before) ends at the cost that sending path by path reaches.
     */
    @Test
    void reoptimizingEndsAtTheCostOfTheCheapestFlow() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            RandomNetwork shape = RandomNetwork.draw(random);
            RandomNetwork cheapest = shape.build();
            assertThat(cheapest.flow().send(0, 1, shape.workers(), NEVER)).isEqualTo(shape.workers());

            RandomNetwork cold = shape.build();
            cold.pushRandomFlow(random);
            assertThat(cold.flow().reoptimize(new long[cold.nodes() * 3], new int[0], NEVER)).isTrue();
            RandomNetwork warm = shape.build();
            warm.pushRandomFlow(random);
            assertThat(warm.flow().reoptimize(cheapest.flow().potentials(), allNodes(warm.nodes()), NEVER)).isTrue();

            assertThat(cold.cost()).as("trial %d", trial).isEqualTo(cheapest.cost());
            assertThat(warm.cost()).as("trial %d", trial).isEqualTo(cheapest.cost());
        }
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

    private static int[] allNodes(int count) {
        return IntStream.range(0, count).toArray();
    }

    private static void pushSourcesAndSinks(MinCostFlow flow) {
        // Edges are numbered in the order added, each followed by its residual twin: sources 0 and 2, sinks 12, 14.
        for (int edge : new int[] {0, 2, 12, 14}) {
            flow.push(edge, 1);
        }
    }

    private static HardMediumSoftLongScore soft(long cost) {
        return HardMediumSoftLongScore.ofSoft(cost);
    }

    /**
     * Workers (each may stay unplaced at a hard cost) and slots (each step of occupancy dearer than the one
     * before, with one overflow edge); {@code costs[w][s]} is null where worker w cannot go to slot s.
     */
    private record RandomNetwork(int workers, int slots, int steps, HardMediumSoftLongScore[][] costs,
            MinCostFlow flow, List<Integer> costed, List<HardMediumSoftLongScore> edgeCosts, int[][] workerEdges,
            int[][] slotEdges) {

        static RandomNetwork draw(Random random) {
            int workers = 1 + random.nextInt(8);
            int slots = 1 + random.nextInt(4);
            HardMediumSoftLongScore[][] costs = new HardMediumSoftLongScore[workers][slots];
            for (int w = 0; w < workers; w++) {
                for (int s = 0; s < slots; s++) {
                    if (random.nextInt(4) > 0) {
                        costs[w][s] = HardMediumSoftLongScore.of(0, random.nextInt(3) - 1, random.nextInt(21) - 10);
                    }
                }
            }
            return new RandomNetwork(workers, slots, 1 + random.nextInt(3), costs, null, null, null, null, null);
        }

        RandomNetwork build() {
            MinCostFlow flow = new MinCostFlow(nodes());
            List<Integer> costed = new ArrayList<>();
            List<HardMediumSoftLongScore> edgeCosts = new ArrayList<>();
            int[][] workerEdges = new int[workers][slots + 2];
            for (int w = 0; w < workers; w++) {
                workerEdges[w][0] = flow.addEdge(0, 2 + w, 1, FREE);
                workerEdges[w][1] = costedEdge(flow, costed, edgeCosts, 2 + w, 1, 1, HardMediumSoftLongScore.ONE_HARD);
                for (int s = 0; s < slots; s++) {
                    workerEdges[w][2 + s] = costs[w][s] == null ? -1
                            : costedEdge(flow, costed, edgeCosts, 2 + w, 2 + workers + s, 1, costs[w][s]);
                }
            }
            int[][] slotEdges = new int[slots][steps + 1];
            for (int s = 0; s < slots; s++) {
                for (int k = 0; k <= steps; k++) {
                    // Rising: the k-th occupant costs k soft, beyond the steps one medium.
                    HardMediumSoftLongScore step = k < steps ? HardMediumSoftLongScore.ofSoft(k)
                            : HardMediumSoftLongScore.ONE_MEDIUM;
                    slotEdges[s][k] = costedEdge(flow, costed, edgeCosts, 2 + workers + s, 1,
                            k < steps ? 1 : workers, step);
                }
            }
            return new RandomNetwork(workers, slots, steps, costs, flow, costed, edgeCosts, workerEdges, slotEdges);
        }

        private static int costedEdge(MinCostFlow flow, List<Integer> costed, List<HardMediumSoftLongScore> edgeCosts,
                int from, int to, int capacity, HardMediumSoftLongScore cost) {
            int edge = flow.addEdge(from, to, capacity, cost);
            costed.add(edge);
            edgeCosts.add(cost);
            return edge;
        }

        int nodes() {
            return 2 + workers + slots;
        }

        /** Each worker to a random slot it can go to, or unplaced; each slot filled step by step. */
        void pushRandomFlow(Random random) {
            int[] occupants = new int[slots];
            for (int w = 0; w < workers; w++) {
                flow.push(workerEdges[w][0], 1);
                int choice = random.nextInt(slots + 1);
                if (choice == slots || costs[w][choice] == null) {
                    flow.push(workerEdges[w][1], 1);
                } else {
                    flow.push(workerEdges[w][2 + choice], 1);
                    occupants[choice]++;
                }
            }
            for (int s = 0; s < slots; s++) {
                int left = occupants[s];
                for (int k = 0; k < steps && left > 0; k++, left--) {
                    flow.push(slotEdges[s][k], 1);
                }
                flow.push(slotEdges[s][steps], left);
            }
        }

        HardMediumSoftLongScore cost() {
            HardMediumSoftLongScore total = FREE;
            for (int i = 0; i < costed.size(); i++) {
                total = total.add(edgeCosts.get(i).multiply(flow.flow(costed.get(i))));
            }
            return total;
        }
    }
}
