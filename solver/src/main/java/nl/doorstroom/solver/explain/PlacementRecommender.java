package nl.doorstroom.solver.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.planning.SolverSettings;

/**
 * "Where else could this placement go": the other hosts, best first, each with the plan's score if the
 * placement went there. Like {@link PlanExplainer}, the only place that asks the solver for this.
 */
public final class PlacementRecommender {

    /**
     * @param scoreAfter the plan's score with the placement at {@code host}
     * @param difference {@code scoreAfter} minus the plan's current score: positive is better
     */
    public record Recommendation(Organisation host, HardMediumSoftLongScore scoreAfter,
            HardMediumSoftLongScore difference) {
    }

    private final SolutionManager<Plan, HardMediumSoftLongScore> solutionManager;

    public PlacementRecommender() {
        this(SolutionManager.create(SolverFactory.create(SolverSettings.baseConfig())));
    }

    public PlacementRecommender(SolutionManager<Plan, HardMediumSoftLongScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    /**
     * The best {@code limit} hosts other than the current one. The plan is left as it was.
     *
     * @throws IllegalArgumentException when the plan has no placement with that id
     */
    public List<Recommendation> recommend(Plan plan, String placementId, int limit) {
        Placement placement = plan.getPlacements().stream().filter(p -> p.getId().equals(placementId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no placement " + placementId));
        Organisation current = placement.getHost();
        boolean pinned = placement.isPinned();
        HardMediumSoftLongScore currentScore = solutionManager.update(plan);
        // The solver proposes values only for an unassigned, movable placement.
        placement.setHost(null);
        placement.setPinned(false);
        try {
            HardMediumSoftLongScore withoutPlacement = solutionManager.update(plan);
            List<RecommendedAssignment<Organisation, HardMediumSoftLongScore>> assignments = solutionManager
                    .recommendAssignment(plan, placement, Placement::getHost, ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
            List<Recommendation> recommendations = new ArrayList<>();
            for (RecommendedAssignment<Organisation, HardMediumSoftLongScore> assignment : assignments) {
                Organisation host = assignment.proposition();
                if (host == null || Objects.equals(host, current)) {
                    continue;
                }
                HardMediumSoftLongScore after = withoutPlacement.add(assignment.scoreAnalysisDiff().score());
                recommendations.add(new Recommendation(host, after, after.subtract(currentScore)));
                if (recommendations.size() == limit) {
                    break;
                }
            }
            return List.copyOf(recommendations);
        } finally {
            placement.setHost(current);
            placement.setPinned(pinned);
            solutionManager.update(plan);
        }
    }
}
