package nl.doorstroom.solver.planning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.PossibleHosts;

/**
 * Makes room, between construction and local search, for the participants the construction left without
 * a place or put in a full slot: one moves into a slot, someone in that slot moves on to another slot of a
 * host they can go to, and so on until a slot with room. The construction never revisits a choice, and
 * local search would need several moves in a row that each break a rule for a while; on a national
 * programme it found such chains only after tens of seconds (benchmark/BENCHMARKS.md). A breadth-first
 * search over the slots of one period finds the shortest chain directly.
 *
 * <p>Only possible hosts are used ({@link PossibleHosts}), no participant gets a host they have in
 * another period, and pinned placements never move. Full slots, participants at a host they have in
 * another period and unplaced trainees come first (hard rules), then junior pool members between
 * assignments (medium).
 */
public final class EjectionChains implements PhaseCommand<Plan> {

    private static final String HOST = "host";

    @Override
    public void changeWorkingSolution(ScoreDirector<Plan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        Plan plan = scoreDirector.getWorkingSolution();
        PossibleHosts hosts = new PossibleHosts(plan);
        Map<Participant, List<Placement>> byParticipant = new IdentityHashMap<>();
        Map<Period, List<Placement>> byPeriod = new HashMap<>();
        for (Placement placement : plan.getPlacements()) {
            byParticipant.computeIfAbsent(placement.getParticipant(), p -> new ArrayList<>()).add(placement);
            byPeriod.computeIfAbsent(placement.getPeriod(), p -> new ArrayList<>()).add(placement);
        }
        List<Period> periods = new ArrayList<>(byPeriod.keySet());
        periods.sort(Comparator.comparingInt(Period::getIndex));
        for (Period period : periods) {
            if (isPhaseTerminated.getAsBoolean()) {
                return;
            }
            new PeriodRepair(scoreDirector, hosts, byParticipant, period, byPeriod.get(period)).run(isPhaseTerminated);
        }
        scoreDirector.triggerVariableListeners();
    }

    /** The slots of one period, who is in them, and the search for chains. */
    private static final class PeriodRepair {

        /** One link of a chain: {@code moved} goes from slot {@code from} (null: had no host) to {@code to}. */
        private record Link(CapacityDeclaration from, Placement moved, CapacityDeclaration to) {
        }

        private final ScoreDirector<Plan> scoreDirector;
        private final PossibleHosts hosts;
        private final Map<Participant, List<Placement>> byParticipant;
        private final Period period;
        private final List<Placement> placements;
        private final Map<CapacityDeclaration, List<Placement>> occupants = new IdentityHashMap<>();

        PeriodRepair(ScoreDirector<Plan> scoreDirector, PossibleHosts hosts,
                Map<Participant, List<Placement>> byParticipant, Period period, List<Placement> placements) {
            this.scoreDirector = scoreDirector;
            this.hosts = hosts;
            this.byParticipant = byParticipant;
            this.period = period;
            this.placements = placements;
            for (Placement placement : placements) {
                CapacityDeclaration slot = slotOf(placement);
                if (slot != null) {
                    occupants.computeIfAbsent(slot, s -> new ArrayList<>()).add(placement);
                }
            }
        }

        void run(BooleanSupplier isTerminated) {
            List<CapacityDeclaration> overfull = occupants.keySet().stream()
                    .filter(slot -> count(slot) > slot.getMax())
                    .sorted(Comparator.comparing(CapacityDeclaration::getId)).toList();
            for (CapacityDeclaration slot : overfull) {
                while (count(slot) > slot.getMax() && !isTerminated.getAsBoolean() && moveOneOut(slot)) {
                    // each round moves one participant out of the slot, along a chain
                }
            }
            for (Placement placement : placements) {
                if (placement.isAssigned() && !placement.isPinned() && elsewhere(placement, placement.getHost())
                        && !isTerminated.getAsBoolean()) {
                    relocate(placement);
                }
            }
            for (boolean trainees : new boolean[] {true, false}) {
                for (Placement placement : placements) {
                    if (isTerminated.getAsBoolean()) {
                        return;
                    }
                    if (!placement.isAssigned() && !placement.isPinned()
                            && placement.getParticipant().isTrainee() == trainees) {
                        place(placement);
                    }
                }
            }
        }

        /**
         * Finds a chain that starts with a placement not counted in any slot (unplaced, or taken out of its
         * slot to move it); applies it when there is one.
         */
        private boolean place(Placement unplaced) {
            Map<CapacityDeclaration, Link> reached = new IdentityHashMap<>();
            Deque<CapacityDeclaration> queue = new ArrayDeque<>();
            for (Map.Entry<Organisation, CapacityDeclaration> option : options(unplaced)) {
                CapacityDeclaration slot = option.getValue();
                if (!reached.containsKey(slot)) {
                    reached.put(slot, new Link(null, unplaced, slot));
                    if (hasRoom(slot)) {
                        apply(reached, slot);
                        return true;
                    }
                    queue.add(slot);
                }
            }
            return search(reached, queue);
        }

        /** Moves a participant who has the same host in another period, when a chain allows it. */
        private void relocate(Placement placement) {
            CapacityDeclaration slot = slotOf(placement);
            if (slot != null) {
                occupants.get(slot).remove(placement);
            }
            if (!place(placement) && slot != null) {
                occupants.get(slot).add(placement);
            }
        }

        /** Finds a chain that moves one participant out of a full slot; applies it when there is one. */
        private boolean moveOneOut(CapacityDeclaration full) {
            Map<CapacityDeclaration, Link> reached = new IdentityHashMap<>();
            reached.put(full, new Link(null, null, full));
            Deque<CapacityDeclaration> queue = new ArrayDeque<>(List.of(full));
            return search(reached, queue);
        }

        private boolean search(Map<CapacityDeclaration, Link> reached, Deque<CapacityDeclaration> queue) {
            while (!queue.isEmpty()) {
                CapacityDeclaration slot = queue.poll();
                for (Placement occupant : occupants.getOrDefault(slot, List.of())) {
                    if (occupant.isPinned()) {
                        continue;
                    }
                    for (Map.Entry<Organisation, CapacityDeclaration> option : options(occupant)) {
                        CapacityDeclaration next = option.getValue();
                        if (reached.containsKey(next)) {
                            continue;
                        }
                        reached.put(next, new Link(slot, occupant, next));
                        if (hasRoom(next)) {
                            apply(reached, next);
                            return true;
                        }
                        queue.add(next);
                    }
                }
            }
            return false;
        }

        /** Moves everyone along the chain that ends in {@code last}, from the end back to its start. */
        private void apply(Map<CapacityDeclaration, Link> reached, CapacityDeclaration last) {
            Link link = reached.get(last);
            while (link.moved() != null) {
                Placement moved = link.moved();
                if (link.from() != null) {
                    occupants.get(link.from()).remove(moved);
                }
                occupants.computeIfAbsent(link.to(), s -> new ArrayList<>()).add(moved);
                scoreDirector.beforeVariableChanged(moved, HOST);
                moved.setHost(link.to().getHost());
                scoreDirector.afterVariableChanged(moved, HOST);
                if (link.from() == null) {
                    return;
                }
                link = reached.get(link.from());
            }
        }

        /** Possible hosts other than the current one that the participant has in no other period. */
        private List<Map.Entry<Organisation, CapacityDeclaration>> options(Placement placement) {
            List<Map.Entry<Organisation, CapacityDeclaration>> options = new ArrayList<>();
            for (Map.Entry<Organisation, CapacityDeclaration> option
                    : hosts.possible(placement.getParticipant(), period).entrySet()) {
                if (!option.getKey().equals(placement.getHost()) && !elsewhere(placement, option.getKey())) {
                    options.add(option);
                }
            }
            return options;
        }

        private boolean elsewhere(Placement placement, Organisation host) {
            for (Placement other : byParticipant.get(placement.getParticipant())) {
                if (other != placement && host.equals(other.getHost())) {
                    return true;
                }
            }
            return false;
        }

        private CapacityDeclaration slotOf(Placement placement) {
            return hosts.slotFor(placement.getParticipant(), period, placement.getHost());
        }

        private int count(CapacityDeclaration slot) {
            return occupants.getOrDefault(slot, List.of()).size();
        }

        private boolean hasRoom(CapacityDeclaration slot) {
            return count(slot) < slot.getMax();
        }
    }
}
