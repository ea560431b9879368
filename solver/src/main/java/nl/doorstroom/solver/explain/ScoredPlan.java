package nl.doorstroom.solver.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.constraint.ConstraintMatch;
import ai.timefold.solver.core.api.score.constraint.ConstraintMatchTotal;
import ai.timefold.solver.core.api.score.director.ScoreDirector;

import nl.doorstroom.solver.constraints.Reason;
import nl.doorstroom.solver.constraints.TimefoldInternals;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/**
 * A plan whose score and rule matches are kept up to date as single placements change: a move, a pin, "why here"
 * or "where else" costs what it changes, not the whole plan. The seam between Timefold's score calculation and
 * everything that explains a plan; not safe for use by several threads at once.
 */
public final class ScoredPlan implements AutoCloseable {

    private static final String HOST = "host";

    /** A breach with the rule it belongs to. */
    public record RuleBreach(RuleResult rule, Breach breach) {
    }

    /** A host for a placement with the plan's score there; {@code difference} is positive when that is better. */
    public record Recommendation(Organisation host, HardMediumSoftLongScore scoreAfter,
            HardMediumSoftLongScore difference) {
    }

    private final Plan plan;
    private final ScoreDirector<Plan> scoreDirector;
    private final Map<String, Placement> byId = new HashMap<>();
    private HardMediumSoftLongScore score;
    private PlanExplanation explanation;
    private Map<Placement, List<RuleBreach>> breachesByPlacement;

    private ScoredPlan(Plan plan) {
        this.plan = plan;
        this.scoreDirector = TimefoldInternals.scoreDirectorWithMatches(plan);
        plan.getPlacements().forEach(p -> byId.put(p.getId(), p));
        this.score = TimefoldInternals.score(scoreDirector);
        plan.setScore(score);
    }

    /** Scores the plan once in full; later changes through this object are scored incrementally. */
    public static ScoredPlan of(Plan plan) {
        return new ScoredPlan(plan);
    }

    public Plan plan() {
        return plan;
    }

    public HardMediumSoftLongScore score() {
        return score;
    }

    /** The placement of a participant in a period; null when there is none. */
    public Placement placement(String participantId, String periodId) {
        return byId.get(participantId + "@" + periodId);
    }

    /** Moves a placement to {@code host} (null: none) and sets its pin; returns the new score. */
    public HardMediumSoftLongScore change(Placement placement, Organisation host, boolean pinned) {
        placement.setPinned(pinned);
        if (!Objects.equals(placement.getHost(), host)) {
            setHost(placement, host);
            explanation = null;
            breachesByPlacement = null;
        }
        return score;
    }

    private void setHost(Placement placement, Organisation host) {
        scoreDirector.beforeVariableChanged(placement, HOST);
        placement.setHost(host);
        scoreDirector.afterVariableChanged(placement, HOST);
        scoreDirector.triggerVariableListeners();
        score = TimefoldInternals.score(scoreDirector);
        plan.setScore(score);
    }

    /**
     * The best {@code limit} hosts other than the current one among the placement's possible hosts, best first,
     * each tried in turn; the plan is left as it was.
     */
    public List<Recommendation> recommend(Placement placement, int limit) {
        Organisation current = placement.getHost();
        HardMediumSoftLongScore before = score;
        List<Recommendation> tried = new ArrayList<>();
        try {
            for (Organisation host : placement.getPossibleHosts()) {
                if (!host.equals(current)) {
                    setHost(placement, host);
                    tried.add(new Recommendation(host, score, score.subtract(before)));
                }
            }
        } finally {
            setHost(placement, current);
        }
        tried.sort(Comparator.comparing(Recommendation::scoreAfter).reversed()
                .thenComparing(r -> r.host().getCode()));
        return List.copyOf(tried.subList(0, Math.min(limit, tried.size())));
    }

    /** Every rule with its matches, hard first; worked out once per state of the plan. */
    public PlanExplanation explanation() {
        if (explanation == null) {
            explanation = explain();
        }
        return explanation;
    }

    private PlanExplanation explain() {
        List<RuleResult> rules = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : TimefoldInternals.matches(scoreDirector)) {
            RuleLevel level = RuleLevel.of(total.getConstraintWeight());
            List<Breach> breaches = new ArrayList<>(total.getConstraintMatchCount());
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                if (match.getJustification() instanceof Reason reason) {
                    breaches.add(new Breach(reason, level.penaltyIn(match.getScore())));
                }
            }
            breaches.sort(Comparator.comparingLong(Breach::penalty).reversed().thenComparing(Breach::reason));
            rules.add(new RuleResult(total.getConstraintRef().constraintName(), level,
                    level.penaltyIn(total.getScore()), List.copyOf(breaches)));
        }
        rules.sort(Comparator.comparing(RuleResult::level).thenComparing(RuleResult::penalty, Comparator.reverseOrder())
                .thenComparing(RuleResult::rule));
        return new PlanExplanation(score, List.copyOf(rules));
    }

    /**
     * The breaches about this placement, most serious first: those about its participant in its period (or across
     * periods), and those about the slot it takes (its host in its period).
     */
    public List<RuleBreach> breachesOf(Placement placement) {
        if (breachesByPlacement == null) {
            breachesByPlacement = index();
        }
        return breachesByPlacement.getOrDefault(placement, List.of());
    }

    /** HARD or MEDIUM when the placement is part of such a breach, else null. */
    public RuleLevel brokenLevel(Placement placement) {
        return breachesOf(placement).stream().map(b -> b.rule().level()).filter(l -> l != RuleLevel.SOFT)
                .min(Enum::compareTo).orElse(null);
    }

    private Map<Placement, List<RuleBreach>> index() {
        Map<String, List<Placement>> byParticipant = new HashMap<>();
        Map<String, List<Placement>> bySlot = new HashMap<>();
        for (Placement p : plan.getPlacements()) {
            byParticipant.computeIfAbsent(p.getParticipant().getId(), k -> new ArrayList<>()).add(p);
            if (p.getHost() != null) {
                bySlot.computeIfAbsent(p.getHost().getCode() + '\u0000' + p.getPeriod().getId(),
                        k -> new ArrayList<>()).add(p);
            }
        }
        Map<Placement, List<RuleBreach>> index = new HashMap<>();
        for (RuleResult rule : explanation().rules()) {
            for (Breach breach : rule.breaches()) {
                Reason reason = breach.reason();
                List<Placement> concerned;
                if (reason.participantId() != null) {
                    concerned = byParticipant.getOrDefault(reason.participantId(), List.of()).stream()
                            .filter(p -> reason.periodId() == null || p.getPeriod().getId().equals(reason.periodId()))
                            .toList();
                } else {
                    concerned = bySlot.getOrDefault(reason.hostCode() + '\u0000' + reason.periodId(), List.of());
                }
                RuleBreach ruleBreach = new RuleBreach(rule, breach);
                concerned.forEach(p -> index.computeIfAbsent(p, k -> new ArrayList<>()).add(ruleBreach));
            }
        }
        return index;
    }

    @Override
    public void close() {
        TimefoldInternals.close(scoreDirector);
    }
}
