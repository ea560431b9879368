package nl.doorstroom.solver.planning;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A minimum-cost flow by successive shortest paths, with costs compared as scores are (hard first, then
 * medium, then soft), so no weighting of the levels into one number can overflow or blur them. Edge costs
 * may be negative as long as the network starts without a cycle: one Bellman-Ford pass gives node
 * potentials, after which every path is found with Dijkstra's algorithm over reduced costs.
 */
final class MinCostFlow {

    private static final int LEVELS = 3;

    private final int nodes;
    private final int[] head;
    private int edges;
    private int[] target = new int[64];
    private int[] nextOut = new int[64];
    private int[] capacity = new int[64];
    /** Per edge, its cost as hard, medium and soft, at {@code LEVELS * edge + level}. */
    private long[] cost = new long[64 * LEVELS];

    MinCostFlow(int nodes) {
        this.nodes = nodes;
        head = new int[nodes];
        Arrays.fill(head, -1);
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
        long[] potential = initialPotentials(source);
        long[] distance = new long[nodes * LEVELS];
        boolean[] reached = new boolean[nodes];
        boolean[] done = new boolean[nodes];
        int[] via = new int[nodes];
        NodeHeap heap = new NodeHeap(nodes, distance);
        long[] reduced = new long[LEVELS];
        int sent = 0;
        while (sent < units && !stop.getAsBoolean()) {
            Arrays.fill(reached, false);
            Arrays.fill(done, false);
            Arrays.fill(distance, source * LEVELS, source * LEVELS + LEVELS, 0);
            reached[source] = true;
            heap.push(source);
            while (!heap.isEmpty()) {
                int node = heap.pop();
                done[node] = true;
                if (node == sink) {
                    break;
                }
                for (int edge = head[node]; edge >= 0; edge = nextOut[edge]) {
                    int next = target[edge];
                    if (capacity[edge] == 0 || done[next]) {
                        continue;
                    }
                    for (int level = 0; level < LEVELS; level++) {
                        reduced[level] = distance[node * LEVELS + level] + cost[edge * LEVELS + level]
                                + potential[node * LEVELS + level] - potential[next * LEVELS + level];
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
            heap.clear();
            if (!reached[sink]) {
                return sent;
            }
            // Nodes not settled before the sink move by the sink's distance, which keeps reduced costs >= 0.
            for (int node = 0; node < nodes; node++) {
                int from = (done[node] ? node : sink) * LEVELS;
                for (int level = 0; level < LEVELS; level++) {
                    potential[node * LEVELS + level] += distance[from + level];
                }
            }
            for (int node = sink; node != source; node = target[via[node] ^ 1]) {
                capacity[via[node]]--;
                capacity[via[node] ^ 1]++;
            }
            sent++;
        }
        return sent;
    }

    /** Puts units of flow on an edge returned by {@link #addEdge}: a starting flow for {@link #cancelNegativeCycles}. */
    void push(int edge, int units) {
        capacity[edge] -= units;
        capacity[edge ^ 1] += units;
    }

    /**
     * Makes the present flow the cheapest of its size by sending flow around cycles of negative cost in the
     * residual network until there are none. From a nearly cheapest flow, such as the plan before one
     * participant changed, that takes a few cycles instead of building the whole flow again. Returns false
     * when {@code stop} said so first (the flow is then valid but perhaps not the cheapest).
     */
    boolean cancelNegativeCycles(BooleanSupplier stop) {
        long[] distance = new long[nodes * LEVELS];
        long[] candidate = new long[LEVELS];
        int[] via = new int[nodes];
        int[] walk = new int[nodes];
        NodeQueue queue = new NodeQueue(nodes);
        while (true) {
            if (stop.getAsBoolean()) {
                return false;
            }
            // Bellman-Ford from every node at once. Any cycle among the edges it arrived by is one of negative
            // cost; looking for one after every round of as many improvements as there are nodes finds it
            // long before a path would have to go round it many times.
            Arrays.fill(distance, 0);
            Arrays.fill(via, -1);
            for (int node = 0; node < nodes; node++) {
                queue.add(node);
            }
            int onCycle = -1;
            int improvements = 0;
            while (!queue.isEmpty() && onCycle < 0) {
                int node = queue.poll();
                for (int edge = head[node]; edge >= 0; edge = nextOut[edge]) {
                    if (capacity[edge] == 0) {
                        continue;
                    }
                    int next = target[edge];
                    for (int level = 0; level < LEVELS; level++) {
                        candidate[level] = distance[node * LEVELS + level] + cost[edge * LEVELS + level];
                    }
                    if (compare(candidate, 0, distance, next * LEVELS) < 0) {
                        System.arraycopy(candidate, 0, distance, next * LEVELS, LEVELS);
                        via[next] = edge;
                        queue.add(next);
                        if (++improvements % nodes == 0) {
                            onCycle = nodeOnArrivalCycle(via, walk);
                            if (onCycle >= 0) {
                                break;
                            }
                        }
                    }
                }
            }
            queue.clear();
            if (onCycle < 0) {
                onCycle = nodeOnArrivalCycle(via, walk);
            }
            if (onCycle < 0) {
                return true;
            }
            cancelCycleThrough(onCycle, via);
        }
    }

    /** A node on a cycle of the edges each node was last reached by, or -1 when they form no cycle. */
    private int nodeOnArrivalCycle(int[] via, int[] walk) {
        Arrays.fill(walk, -1);
        for (int start = 0; start < nodes; start++) {
            int node = start;
            while (node >= 0 && walk[node] < 0) {
                walk[node] = start;
                node = via[node] < 0 ? -1 : target[via[node] ^ 1];
            }
            if (node >= 0 && walk[node] == start) {
                return node;
            }
        }
        return -1;
    }

    /** Sends as much around the cycle through {@code node} as its narrowest edge takes. */
    private void cancelCycleThrough(int node, int[] via) {
        int units = Integer.MAX_VALUE;
        int at = node;
        do {
            units = Math.min(units, capacity[via[at]]);
            at = target[via[at] ^ 1];
        } while (at != node);
        do {
            push(via[at], units);
            at = target[via[at] ^ 1];
        } while (at != node);
    }

    /** A first-in first-out queue of nodes, each at most once. */
    private static final class NodeQueue {

        private final int[] ring;
        private final boolean[] queued;
        private int first;
        private int size;

        NodeQueue(int nodes) {
            ring = new int[nodes];
            queued = new boolean[nodes];
        }

        void add(int node) {
            if (!queued[node]) {
                queued[node] = true;
                ring[(first + size) % ring.length] = node;
                size++;
            }
        }

        int poll() {
            int node = ring[first];
            first = (first + 1) % ring.length;
            size--;
            queued[node] = false;
            return node;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void clear() {
            while (size > 0) {
                poll();
            }
        }
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
