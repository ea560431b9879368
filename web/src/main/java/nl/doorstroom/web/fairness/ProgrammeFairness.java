package nl.doorstroom.web.fairness;

import org.springframework.stereotype.Service;

import nl.doorstroom.solver.fairness.FairnessReport;
import nl.doorstroom.web.plan.WorkingPlans;

/**
 * The fairness report of a programme's working plan (its draft, or a variant's plan), worked out from the plan
 * this instance already holds: a pass over the placements, kept with the plan until it changes, so the tab and
 * the API share it.
 */
@Service
public class ProgrammeFairness {

    private final WorkingPlans plans;

    ProgrammeFairness(WorkingPlans plans) {
        this.plans = plans;
    }

    public FairnessReport of(long programmeId) {
        return plans.of(programmeId).readOnce("fairness", scored -> FairnessReport.of(scored.plan()));
    }
}
