package nl.doorstroom.solver.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/**
 * Shakes a few participants who share a host, then lets the period assignment settle the plan around them
 * ({@link PeriodReassignment#settle}); the result is kept when the score is at least as good as before,
 * undone otherwise. Each shaken participant either gets hosts drawn at random or its own hosts in another
 * order.
 *
 * <p>Once no period and no exchange improves, the plan is a local optimum for both, and local search between
 * the rounds rarely leaves it: a better plan typically has two or three participants who share a host trade
 * it across periods, with their other periods reordered to keep the layers varied (benchmark/BENCHMARKS.md).
 * Settling again from a plan shaken that way reaches such plans; the participants the settling moved then
 * get their own exchanges tried too, since such a trade mostly runs along a short chain of participants, each
 * taking the host the one before gave up. The draws follow from the score and the step's number, so a run
 * with the same time to spend can be repeated.
 */
final class Perturbation implements PhaseCommand<Plan> {

    /** Steps per round; each publishes the best plan it found. */
    private static final int STEPS = 4;
    /** Tries per step, sharing the costs measured and the networks. */
    private static final int TRIES = 32;
    /** At most this many participants are shaken at once. */
    private static final int MAX_SHAKEN = 4;

    private final long number;
    private final SolveFlows solveFlows;

    private Perturbation(long number, SolveFlows solveFlows) {
        this.number = number;
        this.solveFlows = solveFlows;
    }

    /**
     * The steps of one round, numbered so that each round draws differently, measuring into the flows of the
     * solve they belong to.
     */
    static List<PhaseCommand<Plan>> steps(int round, SolveFlows solveFlows) {
        List<PhaseCommand<Plan>> steps = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            steps.add(new Perturbation((long) round * STEPS + step, solveFlows));
        }
        return steps;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<Plan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        try (PeriodFlows flows = solveFlows.forStep(scoreDirector)) {
            Random random = new Random(31L * flows.score().hashCode() + number);
            for (int i = 0; i < TRIES && !isPhaseTerminated.getAsBoolean(); i++) {
                tryOnce(flows, random, isPhaseTerminated);
            }
        }
    }

    /** Shakes, settles, and undoes it all when the plan got worse. */
    private static void tryOnce(PeriodFlows flows, Random random, BooleanSupplier isTerminated) {
        HardMediumSoftLongScore before = flows.score();
        Map<Placement, Organisation> original = flows.snapshot();
        List<List<Placement>> shaken = shake(flows, random);
        PeriodReassignment.settle(flows, shaken, isTerminated);
        List<List<Placement>> moved = movedBySettling(flows, shaken, original);
        if (!moved.isEmpty()) {
            PeriodReassignment.settle(flows, moved, isTerminated);
        }
        if (flows.score().compareTo(before) < 0) {
            flows.restore(original);
        }
    }

    /**
     * The participants the settling moved besides the shaken ones: making room for those often leaves another
     * participant with hosts in an order that its own exchanges can improve.
     */
    private static List<List<Placement>> movedBySettling(PeriodFlows flows, List<List<Placement>> shaken,
            Map<Placement, Organisation> original) {
        List<List<Placement>> moved = new ArrayList<>();
        for (List<Placement> placements : flows.placementsPerParticipant()) {
            if (!shaken.contains(placements)
                    && placements.stream().anyMatch(placement -> placement.getHost() != original.get(placement))) {
                moved.add(placements);
            }
        }
        return moved;
    }

    private static List<List<Placement>> shake(PeriodFlows flows, Random random) {
        List<List<Placement>> participants = flows.placementsPerParticipant();
        List<Placement> first = participants.get(random.nextInt(participants.size()));
        Set<Organisation> hosts = new HashSet<>();
        first.forEach(placement -> hosts.add(placement.getHost()));
        hosts.remove(null);
        List<List<Placement>> sharing = new ArrayList<>();
        for (List<Placement> other : participants) {
            if (other != first && other.stream().anyMatch(placement -> hosts.contains(placement.getHost()))) {
                sharing.add(other);
            }
        }
        List<List<Placement>> shaken = new ArrayList<>(List.of(first));
        int count = 1 + random.nextInt(MAX_SHAKEN);
        while (shaken.size() < count && !sharing.isEmpty()) {
            shaken.add(sharing.remove(random.nextInt(sharing.size())));
        }
        for (List<Placement> placements : shaken) {
            if (random.nextBoolean()) {
                reorder(flows, placements, random);
            } else {
                drawHosts(flows, placements, random);
            }
        }
        return shaken;
    }

    /** The participant's own hosts over its periods in a random order, where a host is possible there. */
    private static void reorder(PeriodFlows flows, List<Placement> placements, Random random) {
        List<Organisation> hosts = new ArrayList<>();
        placements.forEach(placement -> hosts.add(placement.getHost()));
        Collections.shuffle(hosts, random);
        for (int i = 0; i < placements.size(); i++) {
            Placement placement = placements.get(i);
            Organisation host = hosts.get(i);
            if (!placement.isPinned() && (host == null || placement.getPossibleHosts().contains(host))) {
                flows.set(placement, host);
            }
        }
    }

    private static void drawHosts(PeriodFlows flows, List<Placement> placements, Random random) {
        for (Placement placement : placements) {
            List<Organisation> options = placement.getPossibleHosts();
            if (!placement.isPinned() && !options.isEmpty()) {
                flows.set(placement, options.get(random.nextInt(options.size())));
            }
        }
    }
}
