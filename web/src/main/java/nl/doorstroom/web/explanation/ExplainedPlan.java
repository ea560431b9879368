package nl.doorstroom.web.explanation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.explain.Breach;
import nl.doorstroom.solver.explain.PlanExplanation;
import nl.doorstroom.solver.explain.RuleLevel;
import nl.doorstroom.solver.explain.RuleResult;

/** A stored plan with its explanation, and which breaches concern one placement. */
public record ExplainedPlan(Plan plan, PlanExplanation explanation) {

    /** A breach with the rule it belongs to. */
    public record RuleBreach(RuleResult rule, Breach breach) {
    }

    /**
     * The breaches about this participant in this period (or across periods), and those about the slot the
     * placement takes (its host in its period), most serious first.
     */
    public List<RuleBreach> breachesOf(Placement placement) {
        String participant = placement.getParticipant().getId();
        String period = placement.getPeriod().getId();
        String host = placement.getHost() == null ? null : placement.getHost().getCode();
        List<RuleBreach> found = new ArrayList<>();
        for (RuleResult rule : explanation.rules()) {
            for (Breach breach : rule.breaches()) {
                var reason = breach.reason();
                boolean aboutParticipant = reason.concernsParticipant(participant)
                        && (reason.periodId() == null || reason.periodId().equals(period));
                boolean aboutSlot = reason.participantId() == null && host != null
                        && host.equals(reason.hostCode()) && period.equals(reason.periodId());
                if (aboutParticipant || aboutSlot) {
                    found.add(new RuleBreach(rule, breach));
                }
            }
        }
        return found;
    }

    /** HARD or MEDIUM when the placement is part of such a breach, else null. */
    public RuleLevel brokenLevel(Placement placement) {
        return breachesOf(placement).stream().map(b -> b.rule().level()).filter(l -> l != RuleLevel.SOFT)
                .min(Enum::compareTo).orElse(null);
    }

    public Placement placement(String participantId, String periodId) {
        return plan.getPlacements().stream()
                .filter(p -> p.getParticipant().getId().equals(participantId)
                        && p.getPeriod().getId().equals(periodId))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }
}
