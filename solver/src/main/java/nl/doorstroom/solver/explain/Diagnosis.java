package nl.doorstroom.solver.explain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.doorstroom.solver.constraints.Reason;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/**
 * Why a plan is not usable, and what no plan can avoid: per period the participants to place against the places
 * declared; per participant left without a usable placement the hosts that remain after each hard rule and the
 * smallest change that would give them one; the soft rules whose penalty the programme's hosts make unavoidable.
 * Built from a plan and its explanation; words come from the diagnosis bundles, through {@link ReasonTexts}.
 *
 * @param funnels one per participant and period with a broken hard rule, at most {@link #FUNNELS_SHOWN}
 * @param funnelsLeftOut how many more participants and periods have a broken hard rule of their own
 */
public record Diagnosis(List<PeriodDemand> periods, List<HostFunnel> funnels, int funnelsLeftOut,
        List<UnavoidablePenalty> unavoidable) {

    /** Enough to see the pattern; the rest are counted. */
    public static final int FUNNELS_SHOWN = 50;

    public Diagnosis {
        periods = List.copyOf(periods);
        funnels = List.copyOf(funnels);
        unavoidable = List.copyOf(unavoidable);
    }

    public static Diagnosis of(Plan plan, PlanExplanation explanation) {
        HostFunnels.Slots slots = HostFunnels.Slots.of(plan);
        List<HostFunnel> funnels = new ArrayList<>();
        int leftOut = 0;
        if (!explanation.isUsable()) {
            HostFunnels hostFunnels = new HostFunnels(plan, slots);
            Map<String, Participant> participants = plan.getParticipants().stream()
                    .collect(Collectors.toMap(Participant::getId, Function.identity()));
            Map<String, Period> periods = plan.getPeriods().stream()
                    .collect(Collectors.toMap(Period::getId, Function.identity()));
            Set<String> seen = new LinkedHashSet<>();
            for (Breach breach : explanation.breachesAt(RuleLevel.HARD)) {
                if (funnels.size() < FUNNELS_SHOWN) {
                    funnels.addAll(funnels(breach.reason(), plan, hostFunnels, participants, periods, seen));
                } else if (breach.reason().participantId() != null
                        && seen.add(breach.reason().participantId() + "@" + breach.reason().periodId())) {
                    leftOut++; // counted, not worked out: a plan without placements has a breach per placement
                }
            }
            if (funnels.size() > FUNNELS_SHOWN) {
                leftOut += funnels.size() - FUNNELS_SHOWN;
                funnels = new ArrayList<>(funnels.subList(0, FUNNELS_SHOWN));
            }
        }
        return new Diagnosis(PeriodDemands.of(plan, slots), funnels, leftOut, UnavoidablePenalties.of(plan));
    }

    /**
     * The funnels a hard breach asks for: its participant's in its period; for an overfilled slot, those of the
     * participants placed there who have nowhere else to go.
     */
    private static List<HostFunnel> funnels(Reason reason, Plan plan, HostFunnels hostFunnels,
            Map<String, Participant> participants, Map<String, Period> periods, Set<String> seen) {
        Period period = reason.periodId() == null ? null : periods.get(reason.periodId());
        if (period == null) {
            return List.of();
        }
        if (reason.participantId() != null) {
            Participant participant = participants.get(reason.participantId());
            return participant != null && seen.add(participant.getId() + "@" + period.getId())
                    ? List.of(hostFunnels.of(participant, period)) : List.of();
        }
        List<HostFunnel> found = new ArrayList<>();
        for (Placement placement : plan.getPlacements()) {
            if (placement.getPeriod().equals(period) && placement.getHost() != null
                    && placement.getHost().getCode().equals(reason.hostCode())
                    && !seen.contains(placement.getId())) {
                HostFunnel funnel = hostFunnels.of(placement.getParticipant(), period);
                if (funnel.cause().equals(HostFunnel.FULL)) {
                    seen.add(placement.getId());
                    found.add(funnel);
                }
            }
        }
        return found;
    }

    /** Whether there is anything beyond the periods to say. */
    public boolean hasFindings() {
        return !funnels.isEmpty() || !unavoidable.isEmpty() || periods.stream().anyMatch(
                p -> p.isShort() || !p.shortDisciplines().isEmpty());
    }
}
