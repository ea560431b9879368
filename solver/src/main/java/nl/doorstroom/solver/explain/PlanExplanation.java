package nl.doorstroom.solver.explain;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Why a plan scores as it does: every rule, hard first, each with its breaches. */
public record PlanExplanation(HardMediumSoftLongScore score, List<RuleResult> rules) {

    public boolean isUsable() {
        return score.hardScore() == 0;
    }

    public List<RuleResult> rulesAt(RuleLevel level) {
        return rules.stream().filter(rule -> rule.level() == level).toList();
    }

    public List<Breach> breachesAt(RuleLevel level) {
        return rulesAt(level).stream().flatMap(rule -> rule.breaches().stream()).toList();
    }

    /** Every breach that concerns one participant in one period: "why here". */
    public List<Breach> breachesFor(String participantId, String periodId) {
        return rules.stream().flatMap(rule -> rule.breaches().stream())
                .filter(breach -> breach.reason().concernsParticipant(participantId)
                        && (breach.reason().periodId() == null || breach.reason().periodId().equals(periodId)))
                .toList();
    }
}
