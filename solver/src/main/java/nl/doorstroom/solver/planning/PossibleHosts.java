package nl.doorstroom.solver.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Compatibility;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Programme;

/**
 * Where a participant could go in a period without that choice alone breaking a hard rule: the host
 * declared a slot for the period that takes the participant's discipline and salary scale, the sectors
 * are compatible, the commute is within the limit and the host is not in the participant's history.
 * The rules that depend on other placements (capacity, never the same host twice, trainees placed) are
 * left to the score. Answers are kept per participant and period: the facts they depend on do not
 * change while solving.
 */
final class PossibleHosts {

    private final Programme programme;
    /** Per period, per host with capacity (in code order), its slots. */
    private final Map<Period, Map<Organisation, List<CapacityDeclaration>>> slots = new HashMap<>();
    private final Map<Participant, Map<Period, Map<Organisation, CapacityDeclaration>>> possible =
            new IdentityHashMap<>();

    PossibleHosts(Plan plan) {
        this.programme = plan.getProgramme();
        List<CapacityDeclaration> declarations = new ArrayList<>(plan.getCapacityDeclarations());
        declarations.sort(Comparator.comparing(d -> d.getHost().getCode()));
        for (CapacityDeclaration slot : declarations) {
            slots.computeIfAbsent(slot.getPeriod(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(slot.getHost(), h -> new ArrayList<>()).add(slot);
        }
    }

    boolean allows(Participant participant, Period period, Organisation host) {
        return host == null // unassigned is always a choice; its cost is in the score
                || possible(participant, period).containsKey(host);
    }

    /** The possible hosts, nearest first, each with the slot the participant would count against. */
    Map<Organisation, CapacityDeclaration> possible(Participant participant, Period period) {
        return possible.computeIfAbsent(participant, p -> new HashMap<>())
                .computeIfAbsent(period, p -> find(participant, period));
    }

    /** The slot a participant placed at this host counts against, whether or not it is a possible host. */
    CapacityDeclaration slotFor(Participant participant, Period period, Organisation host) {
        if (host == null) {
            return null;
        }
        for (CapacityDeclaration slot : slots.getOrDefault(period, Map.of()).getOrDefault(host, List.of())) {
            if (slot.isSlotFor(participant.getDiscipline())) {
                return slot;
            }
        }
        return null;
    }

    private Map<Organisation, CapacityDeclaration> find(Participant participant, Period period) {
        List<Organisation> hosts = new ArrayList<>();
        for (Organisation host : slots.getOrDefault(period, Map.of()).keySet()) {
            CapacityDeclaration slot = slotFor(participant, period, host);
            if (slot != null && slot.acceptsSalaryScale(participant.getSalaryScale()) && reachable(participant, host)) {
                hosts.add(host);
            }
        }
        hosts.sort(Comparator.comparingLong(host -> participant.commuteTo(host).km()));
        Map<Organisation, CapacityDeclaration> found = new LinkedHashMap<>();
        hosts.forEach(host -> found.put(host, slotFor(participant, period, host)));
        return found;
    }

    private boolean reachable(Participant participant, Organisation host) {
        return programme.compatibility(participant, host) != Compatibility.NOT_ALLOWED && !participant.hasWorkedAt(host)
                && participant.commuteTo(host).km() <= programme.maxCommuteKmFor(participant);
    }
}
