package nl.doorstroom.solver.explain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorstroom.solver.constraints.Reason;
import nl.doorstroom.solver.constraints.RuleNames;
import nl.doorstroom.solver.domain.Compatibility;
import nl.doorstroom.solver.domain.HistoryEntry;
import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.PossibleHosts;

/**
 * Soft rules whose penalty no plan can avoid with the programme's hosts: a coordinator should not chase them by
 * hand. Worked out from the hosts each participant can go to at all ({@link PossibleHosts}).
 */
final class UnavoidablePenalties {

    private UnavoidablePenalties() {
    }

    static List<UnavoidablePenalty> of(Plan plan) {
        PossibleHosts possible = plan.possibleHosts();
        int target = plan.getProgramme().getLayerVarietyTarget();
        Set<Layer> offered = EnumSet.noneOf(Layer.class);
        plan.getCapacityDeclarations().forEach(c -> offered.add(c.getHost().getLayer()));
        List<UnavoidablePenalty> said = new ArrayList<>();
        if (plan.getParticipants().isEmpty() || offered.isEmpty()) {
            return said;
        }
        String layers = offered.stream().map(Layer::name).collect(Collectors.joining(", "));
        List<String> tooFewLayers = new ArrayList<>();
        List<String> sameLayerInARow = new ArrayList<>();
        List<String> onlySecondment = new ArrayList<>();
        for (Participant participant : plan.getParticipants()) {
            List<Period> planned = plan.getPeriods().stream().filter(participant::isPlannedIn).toList();
            Set<Layer> reachable = EnumSet.noneOf(Layer.class);
            participant.getHistory().stream().map(HistoryEntry::host).map(Organisation::getLayer)
                    .forEach(reachable::add);
            Set<Layer> previous = null;
            Period previousPeriod = null;
            boolean sameLayerForced = false;
            boolean secondmentForced = false;
            for (Period period : planned) {
                Set<Organisation> hosts = possible.possible(participant, period).keySet();
                Set<Layer> here = EnumSet.noneOf(Layer.class);
                hosts.forEach(h -> here.add(h.getLayer()));
                reachable.addAll(here);
                sameLayerForced |= previousPeriod != null && previousPeriod.isDirectlyBefore(period)
                        && here.size() == 1 && here.equals(previous);
                secondmentForced |= !hosts.isEmpty() && hosts.stream().allMatch(h ->
                        plan.getProgramme().compatibility(participant, h) == Compatibility.SECONDMENT);
                previous = here;
                previousPeriod = period;
            }
            int asked = Math.min(target, planned.size() + participant.getHistory().size());
            if (reachable.size() < asked) {
                tooFewLayers.add(participant.getId());
            }
            if (sameLayerForced) {
                sameLayerInARow.add(participant.getId());
            }
            if (secondmentForced) {
                onlySecondment.add(participant.getId());
            }
        }
        if (offered.size() < target) {
            said.add(penalty(RuleNames.TOO_FEW_LAYERS, "diagnosis.unavoidable.layersOffered",
                    offered.size(), layers, target));
        } else if (!tooFewLayers.isEmpty()) {
            said.add(penalty(RuleNames.TOO_FEW_LAYERS, "diagnosis.unavoidable.layersInReach",
                    tooFewLayers.size(), examples(tooFewLayers)));
        }
        if (offered.size() == 1) {
            said.add(penalty(RuleNames.SAME_LAYER_TWICE_IN_A_ROW, "diagnosis.unavoidable.oneLayer", layers));
        } else if (!sameLayerInARow.isEmpty()) {
            said.add(penalty(RuleNames.SAME_LAYER_TWICE_IN_A_ROW, "diagnosis.unavoidable.sameLayerInReach",
                    sameLayerInARow.size(), examples(sameLayerInARow)));
        }
        if (!onlySecondment.isEmpty()) {
            said.add(penalty(RuleNames.SECONDMENT_NEEDED, "diagnosis.unavoidable.secondment",
                    onlySecondment.size(), examples(onlySecondment)));
        }
        return said;
    }

    private static UnavoidablePenalty penalty(String rule, String key, Object... args) {
        return new UnavoidablePenalty(rule, Reason.of(key, null, null, null, args));
    }

    /** The first few ids, so a long list stays a line. */
    private static String examples(List<String> ids) {
        return ids.size() <= 5 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + ", …";
    }
}
