package nl.doorstroom.solver.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Compatibility;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Programme;

/**
 * For each placement, the hosts that do not break a hard rule on their own: declared capacity in the
 * period, a slot that takes the participant's discipline and salary scale, a compatible sector, within
 * the commute limit, not in the participant's history. The greedy baseline and the CP-SAT model only
 * look at these; the remaining hard rules (capacity, never twice, trainees placed) involve several
 * placements and are checked by each of them.
 */
final class Candidates {

    /** A host a placement may go to, and the slot it would count against there. */
    record Option(Organisation host, CapacityDeclaration slot, long commuteKm, Compatibility compatibility) {
    }

    private Candidates() {
    }

    static Map<Placement, List<Option>> of(Plan plan) {
        Programme programme = plan.getProgramme();
        Map<String, List<CapacityDeclaration>> slotsByHostPeriod = new HashMap<>();
        for (CapacityDeclaration slot : plan.getCapacityDeclarations()) {
            slotsByHostPeriod.computeIfAbsent(slot.getHost().getCode() + "@" + slot.getPeriod().getId(),
                    k -> new ArrayList<>()).add(slot);
        }
        Map<Placement, List<Option>> options = new HashMap<>();
        for (Placement placement : plan.getPlacements()) {
            List<Option> list = new ArrayList<>();
            var participant = placement.getParticipant();
            int limit = programme.maxCommuteKmFor(participant);
            for (Organisation host : placement.getPossibleHosts()) {
                Compatibility compatibility = programme.compatibility(participant, host);
                if (compatibility == Compatibility.NOT_ALLOWED || participant.hasWorkedAt(host)) {
                    continue;
                }
                long km = participant.commuteTo(host).km();
                if (km > limit) {
                    continue;
                }
                CapacityDeclaration slot = null;
                for (CapacityDeclaration s : slotsByHostPeriod.getOrDefault(
                        host.getCode() + "@" + placement.getPeriod().getId(), List.of())) {
                    if (s.isSlotFor(participant.getDiscipline())) {
                        slot = s;
                    }
                }
                if (slot == null || !slot.acceptsSalaryScale(participant.getSalaryScale())) {
                    continue;
                }
                list.add(new Option(host, slot, km, compatibility));
            }
            options.put(placement, list);
        }
        return options;
    }
}
