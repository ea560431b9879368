package nl.doorstroom.web.variant;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.explain.RuleResult;
import nl.doorstroom.solver.explain.ScoredPlan;

/**
 * One side of a comparison: what a comparison needs of a plan, copied out of it, so the plan (a working plan
 * others change) is read once and let go of.
 *
 * @param name the variant's name; null for the draft and a published version
 * @param revision the draft's or variant's revision when it was read; null for a published version
 */
record PlanSide(Kind kind, Long variantId, Integer version, String name, Long revision,
        HardMediumSoftLongScore score, Map<String, RuleResult> rules, Map<String, Hosted> placements,
        Map<String, Slot> capacity, Map<String, HardMediumSoftLongScore> weights, CommuteFairness.Figures fairness) {

    enum Kind {
        DRAFT, VARIANT, VERSION
    }

    /** A placement: the participant in a period and their host there (null: none). */
    record Hosted(String participantId, String participantName, String periodId, int periodIndex, String hostCode,
            String hostName) {
    }

    /** A capacity declaration: host × period × discipline → min, max, salary-scale ceiling. */
    record Slot(String hostCode, String hostName, String periodId, int periodIndex, String discipline, int min,
            int max, Integer maxSalaryScale) {

        String key() {
            return hostCode + '\u0000' + periodId + '\u0000' + discipline;
        }

        boolean sameNumbers(Slot other) {
            return min == other.min && max == other.max && java.util.Objects.equals(maxSalaryScale,
                    other.maxSalaryScale);
        }
    }

    static PlanSide of(Kind kind, Long variantId, Integer version, String name, Long revision, ScoredPlan scored) {
        Plan plan = scored.plan();
        Map<String, RuleResult> rules = new LinkedHashMap<>();
        scored.explanation().rules().forEach(rule -> rules.put(rule.rule(), rule));
        Map<String, Hosted> placements = new LinkedHashMap<>();
        for (Placement p : plan.getPlacements()) {
            placements.put(p.getId(), new Hosted(p.getParticipant().getId(), p.getParticipant().getName(),
                    p.getPeriod().getId(), p.getPeriod().getIndex(), p.getHost() == null ? null : p.getHost().getCode(),
                    p.getHost() == null ? null : p.getHost().getName()));
        }
        Map<String, Slot> capacity = new LinkedHashMap<>();
        for (CapacityDeclaration c : plan.getCapacityDeclarations()) {
            Slot slot = new Slot(c.getHost().getCode(), c.getHost().getName(), c.getPeriod().getId(),
                    c.getPeriod().getIndex(), c.getDiscipline(), c.getMin(), c.getMax(), c.getMaxSalaryScale());
            capacity.put(slot.key(), slot);
        }
        return new PlanSide(kind, variantId, version, name, revision, scored.score(), rules, placements, capacity,
                new TreeMap<>(plan.getProgramme().getWeightOverrides()), CommuteFairness.of(plan));
    }
}
