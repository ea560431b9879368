package nl.doorstroom.solver.input;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorstroom.solver.constraints.Reason;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.explain.Breach;
import nl.doorstroom.solver.explain.PlanExplainer;
import nl.doorstroom.solver.explain.RuleLevel;

/**
 * A pinned placement is a promise the planner cannot break, so one that breaks a hard rule makes the programme
 * unplannable: it is refused at its record. The rules themselves decide what is broken, by scoring the plan with
 * only the pinned placements in it.
 */
public final class PinnedPlacementCheck {

    private PinnedPlacementCheck() {
    }

    static void check(Plan plan, Map<String, PlacementRecord> records, Problems problems) {
        List<Placement> pinned = plan.getPlacements().stream().filter(Placement::isPinned).toList();
        if (pinned.isEmpty()) {
            return;
        }
        for (Breach breach : hardBreachesWithOnlyPinned(plan)) {
            for (Placement placement : pinnedConcerned(breach.reason(), pinned)) {
                PlacementRecord record = records.get(placement.getId());
                problems.at(record.origin(), "host", "placement.pinnedBreaks", placement.getParticipant().getId(),
                        placement.getPeriod().getId(), breach.reason());
            }
        }
    }

    /**
     * The hard rules a pinned placement breaks together with the other pinned placements it shares a participant
     * or a slot with, scored on those alone: what a coordinator's pin may not do.
     */
    public static List<Reason> breaches(Plan plan, Placement pinned) {
        List<Placement> together = plan.getPlacements().stream().filter(Placement::isPinned)
                .filter(p -> p == pinned || p.getParticipant().equals(pinned.getParticipant())
                        || pinned.getHost() != null && pinned.getHost().equals(p.getHost())
                                && pinned.getPeriod().equals(p.getPeriod()))
                .toList();
        List<nl.doorstroom.solver.domain.Participant> participants = together.stream().map(Placement::getParticipant)
                .distinct().toList();
        Plan only = new Plan(plan.getProgramme(), plan.getOrganisations(), participants,
                plan.getCapacityDeclarations(), List.of(), together);
        return new PlanExplainer().explain(only).breachesAt(RuleLevel.HARD).stream().map(Breach::reason)
                .filter(reason -> pinnedConcerned(reason, List.of(pinned)).contains(pinned)).toList();
    }

    /** Scores the plan as if nothing but the pinned placements were placed, and puts the hosts back after. */
    private static List<Breach> hardBreachesWithOnlyPinned(Plan plan) {
        Map<Placement, Organisation> unpinnedHosts = new HashMap<>();
        for (Placement placement : plan.getPlacements()) {
            if (!placement.isPinned()) {
                unpinnedHosts.put(placement, placement.getHost());
                placement.setHost(null);
            }
        }
        try {
            return new PlanExplainer().explain(plan).breachesAt(RuleLevel.HARD);
        } finally {
            unpinnedHosts.forEach(Placement::setHost);
            plan.setScore(null);
        }
    }

    /** The pinned placements a reason is about: its participant in its period, or everyone pinned in that slot. */
    private static Set<Placement> pinnedConcerned(Reason reason, List<Placement> pinned) {
        Set<Placement> concerned = new LinkedHashSet<>();
        for (Placement placement : pinned) {
            boolean samePeriod = placement.getPeriod().getId().equals(reason.periodId());
            boolean aboutIt = reason.participantId() != null
                    ? reason.concernsParticipant(placement.getParticipant().getId())
                            && (reason.periodId() == null || samePeriod)
                    : samePeriod && placement.getHost() != null
                            && placement.getHost().getCode().equals(reason.hostCode());
            if (aboutIt) {
                concerned.add(placement);
            }
        }
        return concerned;
    }
}
