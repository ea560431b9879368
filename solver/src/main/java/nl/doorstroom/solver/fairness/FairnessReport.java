package nl.doorstroom.solver.fairness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.Compatibility;
import nl.doorstroom.solver.domain.HistoryEntry;
import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Occupancy;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Wish;

/**
 * How evenly a plan treats people over the whole programme rather than in total: per participant their commute,
 * layers of government, wishes and secondments; how the participants' total commutes are spread, and who is
 * worst off; per host what it gets against what it declared. A plan can have the smallest total commute while
 * one participant travels an hour each way for two years; this is where a coordinator sees that.
 *
 * @param participants every participant with a placement in the plan, worst off (longest total commute) first
 */
public record FairnessReport(List<ParticipantFairness> participants, Spread spread, Histogram histogram,
        List<HostFairness> hosts) {

    /** How many of the worst off a summary names. */
    public static final int WORST_OFF = 10;

    /** Worst off first: the longest total commute, then the longest single commute, then by name and id. */
    static final Comparator<ParticipantFairness> WORST_OFF_FIRST = Comparator
            .comparingLong(ParticipantFairness::totalKm).reversed()
            .thenComparing(Comparator.comparingInt(ParticipantFairness::longestKm).reversed())
            .thenComparing(ParticipantFairness::name).thenComparing(ParticipantFairness::id);

    public static FairnessReport of(Plan plan) {
        Map<Participant, List<Placement>> byParticipant = new LinkedHashMap<>();
        for (Placement placement : plan.getPlacements()) {
            byParticipant.computeIfAbsent(placement.getParticipant(), p -> new ArrayList<>()).add(placement);
        }
        Map<Participant, List<Wish>> wishes = new LinkedHashMap<>();
        plan.getWishes().forEach(wish -> wishes.computeIfAbsent(wish.participant(), p -> new ArrayList<>()).add(wish));
        List<ParticipantFairness> participants = new ArrayList<>();
        byParticipant.forEach((participant, placements) -> participants.add(
                participant(plan, participant, placements, wishes.getOrDefault(participant, List.of()))));
        participants.sort(WORST_OFF_FIRST);
        List<Long> totals = participants.stream().filter(p -> p.placed() > 0).map(ParticipantFairness::totalKm)
                .sorted().toList();
        return new FairnessReport(List.copyOf(participants), Spread.of(totals), Histogram.of(totals), hosts(plan));
    }

    /** The {@link #WORST_OFF} participants with the longest total commute. */
    public List<ParticipantFairness> worstOff() {
        return participants.subList(0, Math.min(WORST_OFF, participants.size()));
    }

    private static ParticipantFairness participant(Plan plan, Participant participant, List<Placement> placements,
            List<Wish> wishes) {
        long totalKm = 0;
        long totalMinutes = 0;
        int longestKm = 0;
        int longestMinutes = 0;
        int placed = 0;
        int secondments = 0;
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        for (Placement placement : placements) {
            if (!placement.isAssigned()) {
                continue;
            }
            placed++;
            Commute commute = placement.getCommute();
            totalKm += commute.km();
            totalMinutes += commute.minutes();
            if (commute.km() > longestKm || commute.km() == longestKm && commute.minutes() > longestMinutes) {
                longestKm = commute.km();
                longestMinutes = commute.minutes();
            }
            layers.add(placement.getLayer());
            if (plan.getProgramme().compatibility(participant, placement.getHost()) == Compatibility.SECONDMENT) {
                secondments++;
            }
        }
        for (HistoryEntry entry : participant.getHistory()) {
            layers.add(entry.host().getLayer());
        }
        // As the layer rule asks: never more layers than the participant has placements, history included.
        int target = Math.min(plan.getProgramme().getLayerVarietyTarget(),
                placements.size() + participant.getHistory().size());
        int honoured = (int) wishes.stream().filter(wish -> placements.stream().anyMatch(wish::isFulfilledBy)).count();
        return new ParticipantFairness(participant.getId(), participant.getName(), placements.size(), placed, totalKm,
                totalMinutes, longestKm, longestMinutes, layers.size(), target, wishes.size(), honoured, secondments);
    }

    /** Hosts in the order of the occupancy page: by layer, then name. */
    private static List<HostFairness> hosts(Plan plan) {
        Occupancy occupancy = Occupancy.of(plan);
        List<HostFairness> hosts = new ArrayList<>();
        for (Organisation host : occupancy.hosts()) {
            int placed = 0;
            int min = 0;
            int max = 0;
            int below = 0;
            int above = 0;
            for (Period period : plan.getPeriods()) {
                Occupancy.Cell cell = occupancy.at(host, period);
                placed += cell.placed();
                for (Occupancy.Slot slot : cell.slots()) {
                    min += slot.declaration().getMin();
                    max += slot.declaration().getMax();
                }
                below += cell.belowMin() ? 1 : 0;
                above += cell.aboveMax() ? 1 : 0;
            }
            hosts.add(new HostFairness(host.getCode(), host.getName(), host.getLayer().name(), placed, min, max, below,
                    above));
        }
        hosts.sort(Comparator.comparing((HostFairness h) -> Layer.valueOf(h.layer()))
                .thenComparing(HostFairness::name));
        return List.copyOf(hosts);
    }
}
