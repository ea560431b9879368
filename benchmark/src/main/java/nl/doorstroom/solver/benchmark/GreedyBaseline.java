package nl.doorstroom.solver.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.HistoryEntry;
import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/**
 * The plan a coordinator makes by hand in a spreadsheet: period by period, participant by participant in
 * list order, the first host that still has room and breaks no rule, looking first at layers the
 * participant has not seen yet, then at a layer other than last period's, then at the shortest commute.
 * Nothing is ever revisited.
 */
public final class GreedyBaseline {

    private GreedyBaseline() {
    }

    /** Assigns a host to every unpinned placement it can; leaves the rest unassigned. */
    public static void plan(Plan plan) {
        Map<Placement, List<Candidates.Option>> options = Candidates.of(plan);
        Map<CapacityDeclaration, Integer> used = new HashMap<>();
        Map<Participant, Set<Organisation>> visited = new HashMap<>();
        Map<Participant, Set<Layer>> layersSeen = new HashMap<>();
        Map<Participant, Layer> lastLayer = new HashMap<>();
        for (Participant participant : plan.getParticipants()) {
            Set<Layer> seen = EnumSet.noneOf(Layer.class);
            participant.getHistory().stream().map(HistoryEntry::host).map(Organisation::getLayer).forEach(seen::add);
            layersSeen.put(participant, seen);
            visited.put(participant, new HashSet<>());
        }
        List<Placement> order = new ArrayList<>(plan.getPlacements());
        order.sort(Comparator.comparingInt((Placement p) -> p.getPeriod().getIndex())
                .thenComparing(p -> p.getParticipant().getId()));
        for (Placement placement : order) {
            Participant participant = placement.getParticipant();
            if (placement.isPinned()) {
                continue;
            }
            Set<Layer> seen = layersSeen.get(participant);
            Layer previous = lastLayer.get(participant);
            Candidates.Option chosen = options.get(placement).stream()
                    .filter(o -> used.getOrDefault(o.slot(), 0) < o.slot().getMax())
                    .filter(o -> !visited.get(participant).contains(o.host()))
                    .min(Comparator.comparing((Candidates.Option o) -> seen.contains(o.host().getLayer()))
                            .thenComparing(o -> o.host().getLayer() == previous)
                            .thenComparingLong(Candidates.Option::commuteKm)
                            .thenComparing(o -> o.host().getCode()))
                    .orElse(null);
            placement.setHost(chosen == null ? null : chosen.host());
            if (chosen != null) {
                used.merge(chosen.slot(), 1, Integer::sum);
                visited.get(participant).add(chosen.host());
                seen.add(chosen.host().getLayer());
                lastLayer.put(participant, chosen.host().getLayer());
            } else {
                lastLayer.remove(participant);
            }
        }
    }
}
