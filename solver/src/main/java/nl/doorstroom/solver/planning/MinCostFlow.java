package nl.doorstroom.solver.planning;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A minimum-cost flow by successive shortest paths, with costs compared as scores are (hard first, then
 * medium, then soft), so no weighting of the levels into one number can overflow or blur them. Edge costs
 * may be negative as long as the network starts without a cycle: one Bellman-Ford pass gives node
 * potentials, after which every path is found with Dijkstra's algorithm over reduced costs. A network of the
 * same shape with a few costs or units changed starts again from its last potentials ({@link #reoptimize}).
 */
final class MinCostFlow {

    private static final int LEVELS = 3;
    private static final long[] ZERO = new long[LEVELS];

    private final int nodes;
    private final int[] head;
    /**
     * Per node, hard, medium and soft at {@code LEVELS * node + level}: after {@link #send} or
     * {@link #reoptimize}, no edge with room left has a negative cost reduced by them.
     */
    private long[] potential;
    private int edges;
    private int[] target;
    private int[] nextOut;
    private int[] capacity;
    /** Per edge, its cost as hard, medium and soft, at {@code LEVELS * edge + level}. */
    private long[] cost;

    MinCostFlow(int nodes) {
        this(nodes, 32);
    }

    /** With room for {@code expectedEdges} edges from the start. */
    MinCostFlow(int nodes, int expectedEdges) {
        this.nodes = nodes;
        head = new int[nodes];
        Arrays.fill(head, -1);
        int size = 2 * Math.max(expectedEdges, 1);
        target = new int[size];
        nextOut = new int[size];
        capacity = new int[size];
        cost = new long[size * LEVELS];
    }

    /** Adds an edge and its residual twin; the returned index tells {@link #flow(int)} which edge is meant. */
    int addEdge(int from, int to, int edgeCapacity, HardMediumSoftLongScore edgeCost) {
        int index = edges;
        add(from, to, edgeCapacity, edgeCost.hardScore(), edgeCost.mediumScore(), edgeCost.softScore());
        add(to, from, 0, -edgeCost.hardScore(), -edgeCost.mediumScore(), -edgeCost.softScore());
        return index;
    }

    private void add(int from, int to, int edgeCapacity, long hard, long medium, long soft) {
        if (edges == target.length) {
            int size = edges * 2;
            target = Arrays.copyOf(target, size);
            nextOut = Arrays.copyOf(nextOut, size);
            capacity = Arrays.copyOf(capacity, size);
            cost = Arrays.copyOf(cost, size * LEVELS);
        }
        target[edges] = to;
        capacity[edges] = edgeCapacity;
        cost[LEVELS * edges] = hard;
        cost[LEVELS * edges + 1] = medium;
        cost[LEVELS * edges + 2] = soft;
        nextOut[edges] = head[from];
        head[from] = edges;
        edges++;
    }

    /** Changes the cost of an edge returned by {@link #addEdge}; best done with no flow on it. */
    void setCost(int edge, long hard, long medium, long soft) {
        cost[LEVELS * edge] = hard;
        cost[LEVELS * edge + 1] = medium;
        cost[LEVELS * edge + 2] = soft;
        cost[LEVELS * (edge ^ 1)] = -hard;
        cost[LEVELS * (edge ^ 1) + 1] = -medium;
        cost[LEVELS * (edge ^ 1) + 2] = -soft;
    }

    /** Takes all flow off, leaving every edge its full capacity. */
    void clearFlow() {
        for (int edge = 0; edge < edges; edge += 2) {
            capacity[edge] += capacity[edge + 1];
            capacity[edge + 1] = 0;
        }
    }

    /** The flow on an edge returned by {@link #addEdge}. */
    int flow(int edge) {
        return capacity[edge ^ 1];
    }

    /**
     * Sends up to {@code units} from source to sink, one cheapest path at a time, so the flow is the cheapest
     * of its size. Returns the units sent: fewer when the sink cannot take more, or when {@code stop} says so
     * (asked before each path).
     */
    int send(int source, int sink, int units, BooleanSupplier stop) {
        potential = initialPotentials(source);
        PathSearch search = new PathSearch();
        int sent = 0;
        while (sent < units && !stop.getAsBoolean()) {
            search.startAt(source);
            if (search.nearest(node -> node == sink) < 0) {
                return sent;
            }
            search.raisePotentials(sink);
            for (int node = sink; node != source; node = target[search.via[node] ^ 1]) {
                push(search.via[node], 1);
            }
            sent++;
        }
        return sent;
    }

    /** Puts units of flow on an edge returned by {@link #addEdge}: a starting flow for {@link #reoptimize}. */
    void push(int edge, int units) {
        capacity[edge] -= units;
        capacity[edge ^ 1] += units;
    }

    /** The node potentials the flow was last made cheapest with, to start a like network from. */
    long[] potentials() {
        return potential.clone();
    }

    /**
     * Makes the present flow the cheapest of its size, starting from node potentials (those of a network of
     * the same shape, say the same period before one participant changed). The potentials of the nodes whose
     * edges changed in cost or flow since are first moved to suit them where they can; then every edge with room left whose
     * cost they reduce below zero is filled, and the units that leaves in surplus at one node and missing at
     * another are sent back along the cheapest paths, as in {@link #send}. From a nearly cheapest flow that
     * takes a few paths instead of building the whole flow again. Returns false when {@code stop} said so
     * first (the flow is then unbalanced and must not be used).
     */
    boolean reoptimize(long[] startPotentials, int[] changedNodes, BooleanSupplier stop) {
        potential = startPotentials.clone();
        for (int node : changedNodes) {
            fitPotential(node);
        }
        int[] surplus = new int[nodes];
        long[] reduced = new long[LEVELS];
        for (int node = 0; node < nodes; node++) {
            for (int edge = head[node]; edge >= 0; edge = nextOut[edge]) {
                if (capacity[edge] > 0 && reducedCost(edge, node, target[edge], reduced) < 0) {
                    surplus[target[edge]] += capacity[edge];
                    surplus[node] -= capacity[edge];
                    push(edge, capacity[edge]);
                }
            }
        }
        PathSearch search = new PathSearch();
        while (true) {
            if (stop.getAsBoolean()) {
                return false;
            }
            search.clear();
            for (int node = 0; node < nodes; node++) {
                if (surplus[node] > 0) {
                    search.start(node);
                }
            }
            if (search.isEmpty()) {
                return true;
            }
            int end = search.nearest(node -> surplus[node] < 0);
            if (end < 0) {
                throw new IllegalStateException("surplus with no path to where units are missing");
            }
            search.raisePotentials(end);
            int[] via = search.via;
            int units = -surplus[end];
            int start = end;
            for (int node = end; via[node] >= 0; node = target[via[node] ^ 1]) {
                units = Math.min(units, capacity[via[node]]);
                start = target[via[node] ^ 1];
            }
            units = Math.min(units, surplus[start]);
            for (int node = end; via[node] >= 0; node = target[via[node] ^ 1]) {
                push(via[node], units);
            }
            surplus[start] -= units;
            surplus[end] += units;
        }
    }

    /**
     * Moves a node's potential to where the fewest units of room on its edges have a negative reduced cost:
     * within reach of every neighbour when it can be (the node's edges changed, its neighbours' did not),
     * otherwise to one end of that reach. A participant whose costs or host changed then sends one unit
     * back instead of one to every host that became cheaper.
     */
    private void fitPotential(int node) {
        // Room on an edge out needs potential >= the far end's minus the cost; room on an edge in needs <= .
        long[] lowest = new long[LEVELS];
        long[] highest = new long[LEVELS];
        long[] bound = new long[LEVELS];
        boolean anyOut = false;
        boolean anyIn = false;
        for (int edge = head[node]; edge >= 0; edge = nextOut[edge]) {
            int other = target[edge];
            if (capacity[edge] > 0) {
                for (int level = 0; level < LEVELS; level++) {
                    bound[level] = potential[other * LEVELS + level] - cost[edge * LEVELS + level];
                }
                if (!anyOut || compare(bound, 0, lowest, 0) > 0) {
                    System.arraycopy(bound, 0, lowest, 0, LEVELS);
                    anyOut = true;
                }
            }
            if (capacity[edge ^ 1] > 0) {
                for (int level = 0; level < LEVELS; level++) {
                    bound[level] = potential[other * LEVELS + level] + cost[(edge ^ 1) * LEVELS + level];
                }
                if (!anyIn || compare(bound, 0, highest, 0) < 0) {
                    System.arraycopy(bound, 0, highest, 0, LEVELS);
                    anyIn = true;
                }
            }
        }
        boolean aboveLowest = !anyOut || compare(potential, node * LEVELS, lowest, 0) >= 0;
        boolean belowHighest = !anyIn || compare(potential, node * LEVELS, highest, 0) <= 0;
        if (aboveLowest && belowHighest) {
            return;
        }
        long fewest = unitsBelowZero(node, Arrays.copyOfRange(potential, node * LEVELS, node * LEVELS + LEVELS));
        long[] best = null;
        for (long[] candidate : new long[][] {anyOut ? lowest : null, anyIn ? highest : null}) {
            if (candidate != null) {
                long units = unitsBelowZero(node, candidate);
                if (units < fewest) {
                    fewest = units;
                    best = candidate;
                }
            }
        }
        if (best != null) {
            System.arraycopy(best, 0, potential, node * LEVELS, LEVELS);
        }
    }

    /** The units of room on the node's edges, in and out, whose reduced cost would be negative at this potential. */
    private long unitsBelowZero(int node, long[] at) {
        long units = 0;
        long[] reduced = new long[LEVELS];
        for (int edge = head[node]; edge >= 0; edge = nextOut[edge]) {
            int other = target[edge];
            if (capacity[edge] > 0) {
                for (int level = 0; level < LEVELS; level++) {
                    reduced[level] = cost[edge * LEVELS + level] + at[level] - potential[other * LEVELS + level];
                }
                if (compare(reduced, 0, ZERO, 0) < 0) {
                    units += capacity[edge];
                }
            }
            if (capacity[edge ^ 1] > 0) {
                for (int level = 0; level < LEVELS; level++) {
                    reduced[level] = cost[(edge ^ 1) * LEVELS + level] + potential[other * LEVELS + level] - at[level];
                }
                if (compare(reduced, 0, ZERO, 0) < 0) {
                    units += capacity[edge ^ 1];
                }
            }
        }
        return units;
    }

    /**
     * Dijkstra's algorithm over the edges with room, by costs reduced with the potentials (never below zero
     * there), from one or more start nodes to the nearest node that ends the search.
     */
    private final class PathSearch {

        final long[] distance = new long[nodes * LEVELS];
        final boolean[] reached = new boolean[nodes];
        final boolean[] done = new boolean[nodes];
        /** Per node, the edge it was reached by; -1 at a start node. */
        final int[] via = new int[nodes];
        final NodeHeap heap = new NodeHeap(nodes, distance);
        final long[] reduced = new long[LEVELS];

        void clear() {
            Arrays.fill(reached, false);
            Arrays.fill(done, false);
            heap.clear();
        }

        void startAt(int node) {
            clear();
            start(node);
        }

        void start(int node) {
            Arrays.fill(distance, node * LEVELS, node * LEVELS + LEVELS, 0);
            via[node] = -1;
            reached[node] = true;
            heap.push(node);
        }

        boolean isEmpty() {
            return heap.isEmpty();
        }

        /** The first node settled that {@code ends} the search, or -1 when none can be reached. */
        int nearest(IntPredicate ends) {
            while (!heap.isEmpty()) {
                int node = heap.pop();
                done[node] = true;
                if (ends.test(node)) {
                    heap.clear();
                    return node;
                }
                for (int edge = head[node]; edge >= 0; edge = nextOut[edge]) {
                    int next = target[edge];
                    if (capacity[edge] == 0 || done[next]) {
                        continue;
                    }
                    reducedCost(edge, node, next, reduced);
                    for (int level = 0; level < LEVELS; level++) {
                        reduced[level] += distance[node * LEVELS + level];
                    }
                    if (!reached[next] || compare(reduced, 0, distance, next * LEVELS) < 0) {
                        System.arraycopy(reduced, 0, distance, next * LEVELS, LEVELS);
                        via[next] = edge;
                        if (reached[next]) {
                            heap.decreased(next);
                        } else {
                            reached[next] = true;
                            heap.push(next);
                        }
                    }
                }
            }
            return -1;
        }

        /**
         * Raises each potential by the node's distance, or by the end's for nodes not settled before it, which
         * keeps every reduced cost with room at zero or above.
         */
        void raisePotentials(int end) {
            for (int node = 0; node < nodes; node++) {
                int from = (done[node] ? node : end) * LEVELS;
                for (int level = 0; level < LEVELS; level++) {
                    potential[node * LEVELS + level] += distance[from + level];
                }
            }
        }
    }

    /** The edge's cost reduced by the potentials of its two ends, into {@code into}; its order against zero. */
    private int reducedCost(int edge, int from, int to, long[] into) {
        for (int level = 0; level < LEVELS; level++) {
            into[level] = cost[edge * LEVELS + level] + potential[from * LEVELS + level] - potential[to * LEVELS + level];
        }
        for (int level = 0; level < LEVELS; level++) {
            if (into[level] != 0) {
                return Long.signum(into[level]);
            }
        }
        return 0;
    }

    /** Shortest distances from the source with Bellman-Ford, the only pass that sees negative costs. */
    private long[] initialPotentials(int source) {
        long[] potential = new long[nodes * LEVELS];
        boolean[] reached = new boolean[nodes];
        boolean[] queued = new boolean[nodes];
        Deque<Integer> queue = new ArrayDeque<>();
        reached[source] = true;
        queue.add(source);
        long[] candidate = new long[LEVELS];
        while (!queue.isEmpty()) {
            int node = queue.poll();
            queued[node] = false;
            for (int edge = head[node]; edge >= 0; edge = nextOut[edge]) {
                if (capacity[edge] == 0) {
                    continue;
                }
                int next = target[edge];
                for (int level = 0; level < LEVELS; level++) {
                    candidate[level] = potential[node * LEVELS + level] + cost[edge * LEVELS + level];
                }
                if (!reached[next] || compare(candidate, 0, potential, next * LEVELS) < 0) {
                    reached[next] = true;
                    System.arraycopy(candidate, 0, potential, next * LEVELS, LEVELS);
                    if (!queued[next]) {
                        queued[next] = true;
                        queue.add(next);
                    }
                }
            }
        }
        return potential;
    }

    private static int compare(long[] a, int fromA, long[] b, int fromB) {
        for (int level = 0; level < LEVELS; level++) {
            int order = Long.compare(a[fromA + level], b[fromB + level]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** A binary heap of nodes ordered by their distance, which can move a node up when it got closer. */
    private static final class NodeHeap {

        private final int[] heap;
        private final int[] position;
        private final long[] distance;
        private int size;

        NodeHeap(int nodes, long[] distance) {
            heap = new int[nodes];
            position = new int[nodes];
            this.distance = distance;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void clear() {
            size = 0;
        }

        void push(int node) {
            heap[size] = node;
            position[node] = size;
            size++;
            up(size - 1);
        }

        void decreased(int node) {
            up(position[node]);
        }

        int pop() {
            int top = heap[0];
            size--;
            if (size > 0) {
                place(heap[size], 0);
                down(0);
            }
            return top;
        }

        private void up(int index) {
            int node = heap[index];
            while (index > 0) {
                int parent = (index - 1) / 2;
                if (!closer(node, heap[parent])) {
                    break;
                }
                place(heap[parent], index);
                index = parent;
            }
            place(node, index);
        }

        private void down(int index) {
            int node = heap[index];
            while (true) {
                int child = 2 * index + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && closer(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!closer(heap[child], node)) {
                    break;
                }
                place(heap[child], index);
                index = child;
            }
            place(node, index);
        }

        private void place(int node, int index) {
            heap[index] = node;
            position[node] = index;
        }

        private boolean closer(int a, int b) {
            return compare(distance, a * LEVELS, distance, b * LEVELS) < 0;
        }
    }
}
