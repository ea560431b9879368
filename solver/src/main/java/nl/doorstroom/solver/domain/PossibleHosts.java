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
    /** Per participant and period; shared by a plan and its solver clones, which may ask from other threads. */
    private final Map<Participant, Map<Period, Map<Organisation, CapacityDeclaration>>> possible =
            new ConcurrentHashMap<>();
    /** Every host with capacity in some period, in code order. */
    private final List<Organisation> hosts;
    /** A degree of latitude, on the sphere the estimate uses (a lower bound of any great-circle distance). */
    private static final double KM_PER_DEGREE_LATITUDE = 6371.0088 * Math.PI / 180;

    public PossibleHosts(Plan plan) {
        this(plan.getProgramme(), plan.getCapacityDeclarations());
    }

    public PossibleHosts(Programme programme, List<CapacityDeclaration> capacity) {
        this.programme = programme;
        List<CapacityDeclaration> declarations = new ArrayList<>(capacity);
        declarations.sort(Comparator.comparing(d -> d.getHost().getCode()));
        java.util.Set<Organisation> allHosts = new java.util.LinkedHashSet<>();
        for (CapacityDeclaration slot : declarations) {
            slots.computeIfAbsent(slot.getPeriod(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(slot.getHost(), h -> new ArrayList<>()).add(slot);
            allHosts.add(slot.getHost());
        }
        this.hosts = List.copyOf(allHosts);
    }

    /** The possible hosts, nearest first, each with the slot the participant would count against. */
    public Map<Organisation, CapacityDeclaration> possible(Participant participant, Period period) {
        return possible.computeIfAbsent(participant, this::findInEveryPeriod).getOrDefault(period, Map.of());
    }

    /** The slot a participant placed at this host counts against, whether or not it is a possible host. */
    public CapacityDeclaration slotFor(Participant participant, Period period, Organisation host) {
        if (host == null) {
            return null;
        }
        for (CapacityDeclaration slot : slots.getOrDefault(period, Map.of()).getOrDefault(host, List.of())) {
            if (slot.isSlotFor(participant)) {
                return slot;
            }
        }
        return null;
    }

    /**
     * A participant's possible hosts in every period at once: whether a host is within reach, allowed and new to
     * them does not depend on the period, and with a hundred thousand placements the distances are most of the
     * work (the solver asks for every placement's hosts before its first step).
     */
    private Map<Period, Map<Organisation, CapacityDeclaration>> findInEveryPeriod(Participant participant) {
        List<Option> reachable = reachable(participant);
        Map<Period, Map<Organisation, CapacityDeclaration>> byPeriod = new HashMap<>();
        for (Period period : slots.keySet()) {
            Map<Organisation, CapacityDeclaration> found = new LinkedHashMap<>();
            for (Option option : reachable) {
                CapacityDeclaration slot = slotFor(participant, period, option.host());
                if (slot != null && slot.acceptsSalaryScale(participant.getSalaryScale())) {
                    found.put(option.host(), slot);
                }
            }
            byPeriod.put(period, found);
        }
        return byPeriod;
    }

    /** The hosts the participant may work at and can reach, nearest first (by code where equally near). */
    private List<Option> reachable(Participant participant) {
        int maxKm = programme.maxCommuteKmFor(participant);
        List<Option> options = new ArrayList<>();
        for (Organisation host : hosts) {
            if (programme.compatibility(participant, host) == Compatibility.NOT_ALLOWED
                    || participant.hasWorkedAt(host) || surelyBeyond(participant, host, maxKm)) {
                continue;
            }
            int km = participant.commuteTo(host).km();
            if (km <= maxKm) {
                options.add(new Option(host, km));
            }
        }
        options.sort(Comparator.comparingInt(Option::km));
        return options;
    }

    /**
     * True when the estimated commute is sure to exceed the limit without working it out: the difference in
     * latitude alone is a lower bound of the great-circle distance. A known road distance is always looked up.
     */
    private static boolean surelyBeyond(Participant participant, Organisation host, int maxKm) {
        if (participant.getKnownCommutes().containsKey(host.getCode())) {
            return false;
        }
        double latitudeKm = Math.abs(participant.getHome().latitude() - host.getLocation().latitude())
                * KM_PER_DEGREE_LATITUDE;
        return latitudeKm * Commute.ROAD_FACTOR > maxKm + 1;
    }

    private record Option(Organisation host, int km) {
    }
}
