package nl.doorstroom.solver.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import nl.doorstroom.solver.constraints.Reason;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.planning.SolverSettings;

/**
 * The seam between the solver's score analysis and everything that explains a plan: only this class
 * asks Timefold for the analysis; the rest of Doorstroom reads {@link PlanExplanation}.
 */
public final class PlanExplainer {

    private final SolutionManager<Plan, HardMediumSoftLongScore> solutionManager;

    /** Building a solution manager compiles the constraints; one shared instance serves every caller. */
    private static final class Shared {
        static final SolutionManager<Plan, HardMediumSoftLongScore> SOLUTION_MANAGER =
                SolutionManager.create(SolverFactory.create(SolverSettings.baseConfig()));
    }

    public PlanExplainer() {
        this(Shared.SOLUTION_MANAGER);
    }

    public PlanExplainer(SolutionManager<Plan, HardMediumSoftLongScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    /** Also sets the plan's score. */
    public PlanExplanation explain(Plan plan) {
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(plan);
        plan.setScore(analysis.score());
        List<RuleResult> rules = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintAnalyses()) {
            RuleLevel level = RuleLevel.of(constraint.weight());
            List<Breach> breaches = new ArrayList<>();
            for (MatchAnalysis<HardMediumSoftLongScore> match : constraint.matches()) {
                if (match.justification() instanceof Reason reason) {
                    breaches.add(new Breach(reason, level.penaltyIn(match.score())));
                }
            }
            breaches.sort(Comparator.comparingLong(Breach::penalty).reversed().thenComparing(Breach::reason));
            rules.add(new RuleResult(constraint.constraintName(), level, level.penaltyIn(constraint.score()),
                    List.copyOf(breaches)));
        }
        rules.sort(Comparator.comparing(RuleResult::level).thenComparing(RuleResult::penalty, Comparator.reverseOrder())
                .thenComparing(RuleResult::rule));
        return new PlanExplanation(analysis.score(), List.copyOf(rules));
    }
}
