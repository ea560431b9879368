package nl.doorstroom.solver.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a participant could go in a period without that choice alone breaking a hard rule: the host
 * declared a slot for the period that takes the participant's discipline and salary scale, the sectors
 * are compatible, the commute is within the limit and the host is not in the participant's history.
 * The rules that depend on other placements (capacity, never the same host twice, trainees placed) are
 * left to the score. These are the values the solver chooses from ({@link Placement#getPossibleHosts()}):
 * a host that breaks a rule on its own is never a better choice than leaving a placement open, which costs
 * the same or less, so the solver does not spend time on it; a coordinator can still put someone there by
 * hand. Answers are kept per participant and period: the facts they depend on do not change while solving.
 */
public final class PossibleHosts {

    private final Programme programme;
    /** Per period, per host with capacity (in code order), its slots. */
    private final Map<Period, Map<Organisation, List<CapacityDeclaration>>> slots = new HashMap<>();
    /** Shared by a plan and its solver clones, which may ask from other threads. */
    private final Map<Participant, Map<Period, Map<Organisation, CapacityDeclaration>>> possible =
            new ConcurrentHashMap<>();

    public PossibleHosts(Plan plan) {
        this(plan.getProgramme(), plan.getCapacityDeclarations());
    }

    public PossibleHosts(Programme programme, List<CapacityDeclaration> capacity) {
        this.programme = programme;
        List<CapacityDeclaration> declarations = new ArrayList<>(capacity);
        declarations.sort(Comparator.comparing(d -> d.getHost().getCode()));
        for (CapacityDeclaration slot : declarations) {
            slots.computeIfAbsent(slot.getPeriod(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(slot.getHost(), h -> new ArrayList<>()).add(slot);
        }
    }

    /** The possible hosts, nearest first, each with the slot the participant would count against. */
    public Map<Organisation, CapacityDeclaration> possible(Participant participant, Period period) {
        return possible.computeIfAbsent(participant, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(period, p -> find(participant, period));
    }

    /** The slot a participant placed at this host counts against, whether or not it is a possible host. */
    public CapacityDeclaration slotFor(Participant participant, Period period, Organisation host) {
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
        List<Map.Entry<Organisation, CapacityDeclaration>> options = new ArrayList<>();
        for (Organisation host : slots.getOrDefault(period, Map.of()).keySet()) {
            CapacityDeclaration slot = slotFor(participant, period, host);
            if (slot != null && slot.acceptsSalaryScale(participant.getSalaryScale()) && reachable(participant, host)) {
                options.add(Map.entry(host, slot));
            }
        }
        options.sort(Comparator.comparingLong(option -> participant.commuteTo(option.getKey()).km()));
        Map<Organisation, CapacityDeclaration> found = new LinkedHashMap<>();
        options.forEach(option -> found.put(option.getKey(), option.getValue()));
        return found;
    }

    private boolean reachable(Participant participant, Organisation host) {
        return programme.compatibility(participant, host) != Compatibility.NOT_ALLOWED && !participant.hasWorkedAt(host)
                && participant.commuteTo(host).km() <= programme.maxCommuteKmFor(participant);
    }
}
