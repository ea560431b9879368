package nl.doorstroom.solver.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * Whether a host could take a participant in a period without that choice alone breaking a hard rule:
 * the host declared a slot for the period that takes the participant's discipline and salary scale, the
 * sectors are compatible, the commute is within the limit and the host is not in the participant's
 * history. The rules that depend on other placements (capacity, never the same host twice, trainees
 * placed) are left to the score. Answers are cached per participant, period and host: the facts they
 * depend on do not change while solving.
 */
final class PossibleHosts {

    private final Programme programme;
    private final Map<String, List<CapacityDeclaration>> slotsByHostPeriod = new HashMap<>();
    private final Map<Participant, Map<Period, Map<Organisation, Boolean>>> cache = new IdentityHashMap<>();

    PossibleHosts(Plan plan) {
        this.programme = plan.getProgramme();
        for (CapacityDeclaration slot : plan.getCapacityDeclarations()) {
            slotsByHostPeriod.computeIfAbsent(key(slot.getHost(), slot.getPeriod()), k -> new ArrayList<>()).add(slot);
        }
    }

    boolean allows(Participant participant, Period period, Organisation host) {
        if (host == null) {
            return true; // unassigned is always a choice; its cost is in the score
        }
        return cache.computeIfAbsent(participant, p -> new HashMap<>())
                .computeIfAbsent(period, p -> new HashMap<>())
                .computeIfAbsent(host, h -> check(participant, period, h));
    }

    private boolean check(Participant participant, Period period, Organisation host) {
        if (programme.compatibility(participant, host) == Compatibility.NOT_ALLOWED || participant.hasWorkedAt(host)
                || participant.commuteTo(host).km() > programme.maxCommuteKmFor(participant)) {
            return false;
        }
        for (CapacityDeclaration slot : slotsByHostPeriod.getOrDefault(key(host, period), List.of())) {
            if (slot.isSlotFor(participant.getDiscipline())) {
                return slot.acceptsSalaryScale(participant.getSalaryScale());
            }
        }
        return false;
    }

    private static String key(Organisation host, Period period) {
        return host.getCode() + '\u0000' + period.getId();
    }
}
