package nl.doorstroom.solver.explain;

import nl.doorstroom.solver.domain.Plan;

/** Explains a plan once: its score per rule with every match in words. See {@link ScoredPlan} for a plan that changes. */
public final class PlanExplainer {

    /** Also sets the plan's score. */
    public PlanExplanation explain(Plan plan) {
        try (ScoredPlan scored = ScoredPlan.of(plan)) {
            return scored.explanation();
        }
    }
}
