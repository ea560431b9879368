package nl.doorstroom.solver.constraints;

import java.util.Collection;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.constraint.ConstraintMatchTotal;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.score.constraint.ConstraintMatchPolicy;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;

import nl.doorstroom.solver.domain.Plan;

/**
 * The one place Doorstroom uses Timefold's internal API, for what its public API does not offer in 1.32: the score
 * a running score director holds, and a score director of our own that keeps a plan's score and rule matches up
 * to date as single placements change. A Timefold upgrade that moves these changes this class only.
 */
public final class TimefoldInternals {

    private TimefoldInternals() {
    }

    /** The working plan's score, calculated incrementally from the changes since the last calculation. */
    public static HardMediumSoftLongScore score(ScoreDirector<Plan> scoreDirector) {
        return inner(scoreDirector).calculateScore().raw();
    }

    /** A score director for {@code plan} that keeps every rule's matches with their justifications. */
    public static ScoreDirector<Plan> scoreDirectorWithMatches(Plan plan) {
        DefaultSolverFactory<Plan> factory = (DefaultSolverFactory<Plan>) Scoring.factory();
        InnerScoreDirector<Plan, HardMediumSoftLongScore> director = factory.<HardMediumSoftLongScore>getScoreDirectorFactory()
                .createScoreDirectorBuilder().withConstraintMatchPolicy(ConstraintMatchPolicy.ENABLED).build();
        director.setWorkingSolution(plan);
        return director;
    }

    /** Every rule's matches as of the last score calculation. */
    public static Collection<ConstraintMatchTotal<HardMediumSoftLongScore>> matches(ScoreDirector<Plan> scoreDirector) {
        return inner(scoreDirector).getConstraintMatchTotalMap().values();
    }

    public static void close(ScoreDirector<Plan> scoreDirector) {
        inner(scoreDirector).close();
    }

    @SuppressWarnings("unchecked")
    private static InnerScoreDirector<Plan, HardMediumSoftLongScore> inner(ScoreDirector<Plan> scoreDirector) {
        return (InnerScoreDirector<Plan, HardMediumSoftLongScore>) scoreDirector;
    }
}
