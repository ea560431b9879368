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
